package almanac.cli;

import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommands of {@code almanac}, and which of them a run needs modelled. Even built in
 * code (see {@link CommandModel}) a model costs something on a cold JVM, so a run that names a
 * subcommand gets the model of that one only; a run that names none, or an unknown one
 * (picocli then suggests the nearest names), or a command that lists the others (help,
 * completion) gets every one.
 */
final class Subcommands {
    /** A subcommand's name, and how to make it for a run. */
    private record Entry(String name, Function<Almanac, AlmanacCommand> make) {
    }

    /** In the order help lists them. */
    private static final List<Entry> ALL = List.of(
            new Entry(ListCommand.NAME, ListCommand::new), new Entry(LearnCommand.NAME, LearnCommand::new),
            new Entry(ShowCommand.NAME, ShowCommand::new), new Entry(ProgressCommand.NAME, ProgressCommand::new),
            new Entry(ReviewCommand.NAME, ReviewCommand::new), new Entry(NotesCommand.NAME, NotesCommand::new),
            new Entry(ResetCommand.NAME, ResetCommand::new), new Entry(LintCommand.NAME, LintCommand::new),
            new Entry(NewCommand.NAME, NewCommand::new), new Entry(CompletionCommand.NAME, CompletionCommand::new),
            new Entry(InstallCommand.NAME, InstallCommand::new), new Entry(HelpCommand.NAME, HelpCommand::new),
            new Entry(WarmUpCommand.NAME, WarmUpCommand::new));

    /** A subcommand that reads its siblings' models (to print them) and so needs them all. */
    interface SeesEveryCommand {
    }

    private Subcommands() {
    }

    /**
     * Registers on {@code cl} what {@code args} need: the subcommand they name; none when they
     * name none and ask for no help ({@code --version}, or the status); all otherwise.
     */
    static void register(CommandLine cl, String[] args) {
        CommandSpec root = cl.getCommandSpec();
        int word = firstWord(root, args);
        if (word < 0) {
            if (onlyRootOptions(root, args)) {
                return;
            }
        } else {
            Entry named = named(args[word]);
            if (named != null) {
                AlmanacCommand command = named.make().apply(cl.getCommand());
                if (!(command instanceof SeesEveryCommand)) {
                    cl.addSubcommand(command.spec());
                    return;
                }
            }
        }
        registerAll(cl);
    }

    /** Registers every subcommand, as help and completion scripts see them. */
    static void registerAll(CommandLine cl) {
        Almanac root = cl.getCommand();
        for (Entry entry : ALL) {
            cl.addSubcommand(entry.make().apply(root).spec());
        }
    }

    /** The index of the first argument that is neither a root option nor its value, or -1. */
    static int firstWord(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return i + 1 < args.length ? i + 1 : -1;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                return i;
            }
            OptionSpec option = arg.contains("=") ? null : root.findOption(arg);
            if (option != null && option.arity().max() > 0) {
                i++;  // its value
            }
        }
        return -1;
    }

    /** The subcommand called {@code name}, or null. */
    private static Entry named(String name) {
        for (Entry entry : ALL) {
            if (entry.name().equals(name)) {
                return entry;
            }
        }
        return null;
    }

    /**
     * True when every argument is a root option other than usage help, or its value: such a run
     * ({@code --version}, the status) shows nothing of the subcommands. Help lists them, and an
     * unknown option's usage message does too.
     */
    private static boolean onlyRootOptions(CommandSpec root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            OptionSpec option = root.findOption(arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg);
            if (option == null || option.usageHelp()) {
                return false;
            }
            if (!arg.contains("=") && option.arity().max() > 0) {
                i++;
            }
        }
        return true;
    }
}
