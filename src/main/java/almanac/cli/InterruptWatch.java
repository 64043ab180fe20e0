package almanac.cli;

import almanac.prompt.LineInput;

/**
 * Passes lines through and remembers a Ctrl-C: in plain mode Ctrl-C ends the session, and
 * the program then exits with {@link ExitCode#INTERRUPTED}, as shells expect.
 */
final class InterruptWatch implements LineInput {
    private final LineInput in;
    private boolean interrupted;

    InterruptWatch(LineInput in) {
        this.in = in;
    }

    @Override
    public String readLine(String prompt) {
        try {
            return in.readLine(prompt);
        } catch (Cancelled e) {
            interrupted = true;
            throw e;
        }
    }

    boolean interrupted() {
        return interrupted;
    }
}
