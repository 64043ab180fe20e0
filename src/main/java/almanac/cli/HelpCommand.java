package almanac.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code almanac help [COMMAND]}: the same help as {@code almanac [COMMAND] --help}. */
final class HelpCommand extends AlmanacCommand implements Callable<Integer>, Subcommands.SeesEveryCommand {
    static final String NAME = "help";

    String command;
    private CommandSpec spec;

    HelpCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return spec = CommandModel.command(this, NAME, "Show the help of almanac, or of one command.",
                List.of("almanac help", "almanac help learn"),
                CommandModel.parameter("COMMAND", "0..1", String.class, v -> command = v, "A command, e.g. learn.")
                        .build());
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
