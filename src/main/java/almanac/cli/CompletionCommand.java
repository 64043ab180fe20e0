package almanac.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", description = "Print a shell completion script for commands, options and path ids.",
        footer = {"", "Examples:", "  source <(almanac completion bash)", "  source <(almanac completion zsh)"})
final class CompletionCommand extends AlmanacCommand implements Callable<Integer>, Subcommands.SeesEveryCommand {
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", arity = "0..1", description = "bash (default) or zsh.")
    Shell shell = Shell.bash;

    @Spec
    CommandLine.Model.CommandSpec spec;

    CompletionCommand(Almanac root) {
        super(root);
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
