package almanac.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** A subcommand: it reads its own options and reaches shared wiring through the root command. */
abstract class AlmanacCommand {
    protected final Almanac root;

    protected AlmanacCommand(Almanac root) {
        this.root = root;
    }

    /**
     * The command's model: its name, help and options, each bound to a field of this object
     * (see {@link CommandModel}). Built only for a run that needs it (see {@link Subcommands}).
     */
    abstract CommandSpec spec();

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
