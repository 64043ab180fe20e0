package almanac.tui;

/**
 * After Ctrl-Z and {@code fg} the shell has drawn over the screen; SIGCONT tells us to
 * paint it whole again. Uses the JDK's signal API where it is present, and does nothing
 * where it is not.
 */
final class Resume {
    private Resume() {
    }

    @SuppressWarnings("removal")
    static void onContinue(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("CONT"), signal -> action.run());
        } catch (IllegalArgumentException | LinkageError e) {
            // No SIGCONT on this platform: nothing to redraw after.
        }
    }
}
