package almanac.cli;

import java.io.PrintWriter;

/** A subcommand: it reads its own options and reaches shared wiring through the root command. */
abstract class AlmanacCommand {
    protected final Almanac root;

    protected AlmanacCommand(Almanac root) {
        this.root = root;
    }

    protected PrintWriter out() {
        return root.env().out();
    }

    protected PrintWriter err() {
        return root.env().err();
    }

    /**
     * The exit status of a session or review: one that could not save everything ends with
     * {@code unsavedWarning} on stderr and exit 1, so neither the learner nor a script takes
     * it for a clean run.
     */
    protected int endOfSession(String unsavedWarning, int code) {
        if (unsavedWarning == null) {
            return code;
        }
        err().println("almanac: " + unsavedWarning);
        err().flush();
        return code == ExitCode.OK ? ExitCode.ERROR : code;
    }
}
