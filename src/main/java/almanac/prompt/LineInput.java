package almanac.prompt;

/** Where typed lines come from: a JLine prompt on a terminal, or a pipe. */
public interface LineInput {

    /**
     * Shows {@code prompt} and reads one line.
     *
     * @return the line, or null at the end of input (Ctrl-D, end of a piped script)
     * @throws Cancelled when the learner pressed Ctrl-C
     */
    String readLine(String prompt);

    /** Thrown by {@link #readLine} on Ctrl-C. */
    final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
