package almanac.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code almanac help [COMMAND]}: the same help as {@code almanac [COMMAND] --help}. */
@Command(name = "help", description = "Show the help of almanac, or of one command.",
        footer = {"", "Examples:", "  almanac help", "  almanac help learn"})
final class HelpCommand extends AlmanacCommand implements Callable<Integer>, Subcommands.SeesEveryCommand {

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "A command, e.g. learn.")
    String command;

    @Spec
    CommandLine.Model.CommandSpec spec;

    HelpCommand(Almanac root) {
        super(root);
    }

    @Override
    public Integer call() {
        CommandLine top = spec.root().commandLine();
        if (command == null) {
            top.usage(out());
            return ExitCode.OK;
        }
        CommandLine sub = top.getSubcommands().get(command);
        if (sub == null) {
            // The same one line as a mistyped command: picocli's unmatched-argument check finds the nearest.
            throw new CommandLine.UnmatchedArgumentException(top, java.util.List.of(command));
        }
        sub.usage(out());
        return ExitCode.OK;
    }
}
