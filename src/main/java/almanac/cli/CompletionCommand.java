package almanac.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

final class CompletionCommand extends AlmanacCommand implements Callable<Integer>, Subcommands.SeesEveryCommand {
    static final String NAME = "completion";

    enum Shell { bash, zsh }

    Shell shell = Shell.bash;
    private CommandSpec spec;

    CompletionCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return spec = CommandModel.command(this, NAME,
                "Print a shell completion script for commands, options and path ids.",
                List.of("source <(almanac completion bash)", "source <(almanac completion zsh)"),
                CommandModel.parameter("SHELL", "0..1", Shell.class, v -> shell = v, "bash (default) or zsh.")
                        .build());
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("almanac", spec.root().commandLine());
        if (shell == Shell.zsh) {
            // picocli writes a bash script; zsh runs it through its bash-compatibility layer.
            out().println("autoload -U +X compinit && compinit");
            out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        out().print(script);
        return ExitCode.OK;
    }
}
