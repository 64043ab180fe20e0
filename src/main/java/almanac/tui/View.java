package almanac.tui;

/** What fills the screen between the title bar and the status line. */
enum View {
    /** The path's intro, on a first visit. */
    INTRO(false),
    /** The current step. */
    READER(false),
    /** A step was finished: its key points, before the next step. */
    DONE(false),
    OUTLINE(true),
    HELP(true),
    GLOSSARY(true),
    SOURCES(true),
    NOTES(true),
    /** The end of the path. */
    SUMMARY(false);

    private final boolean panel;

    View(boolean panel) {
        this.panel = panel;
    }

    /** A panel opens over a page and closes back onto it. */
    boolean isPanel() {
        return panel;
    }
}
