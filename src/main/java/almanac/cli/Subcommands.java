package almanac.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The subcommands of {@code almanac}, and which of them a run needs modelled. picocli builds
 * a command's model from its annotations by reflection, about 40 ms for all of them on a cold
 * JVM: most of {@code almanac --version}. So a run that names a subcommand gets the model of
 * that one only; a run that names none, or an unknown one (picocli then suggests the nearest
 * names), or a command that lists the others (help, completion) gets every one.
 */
final class Subcommands {
    /** In the order help lists them. */
    static final List<Class<?>> ALL = List.of(
            ListCommand.class, LearnCommand.class, ShowCommand.class, ProgressCommand.class,
            ReviewCommand.class, NotesCommand.class, ResetCommand.class, LintCommand.class, NewCommand.class,
            CompletionCommand.class, InstallCommand.class, HelpCommand.class, WarmUpCommand.class);

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
            Class<?> named = named(args[word]);
            if (named != null && !seesEveryCommand(named)) {
                add(cl, named);
                return;
            }
        }
        registerAll(cl);
    }

    /** Registers every subcommand, as help and completion scripts see them. */
    static void registerAll(CommandLine cl) {
        for (Class<?> command : ALL) {
            add(cl, command);
        }
    }

    private static void add(CommandLine cl, Class<?> command) {
        try {
            cl.addSubcommand(cl.getFactory().create(command));
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot create " + command.getName() + ": " + e, e);
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

    /** The subcommand called {@code name} (or with that alias), or null. */
    static Class<?> named(String name) {
        for (Class<?> command : ALL) {
            Command c = command.getAnnotation(Command.class);
            if (c.name().equals(name) || List.of(c.aliases()).contains(name)) {
                return command;
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

    private static boolean seesEveryCommand(Class<?> command) {
        return SeesEveryCommand.class.isAssignableFrom(command)
                || CommandLine.IHelpCommandInitializable2.class.isAssignableFrom(command);
    }
}
