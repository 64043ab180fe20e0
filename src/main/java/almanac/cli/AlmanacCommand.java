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
}
