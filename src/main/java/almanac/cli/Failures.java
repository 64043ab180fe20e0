package almanac.cli;

import almanac.UserException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * The one place that turns what went wrong into a line on stderr and an {@link ExitCode}:
 * a mistyped command or option (usage, 2), a problem the user can fix (1), a bug (1, with
 * its stack trace only under --debug), the heap running out (1, with what to do).
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    private final Almanac root;
    private final CommandLine.IParameterExceptionHandler usageDefault;

    Failures(Almanac root, CommandLine.IParameterExceptionHandler usageDefault) {
        this.root = root;
        this.usageDefault = usageDefault;
    }

    /** The exit code for an exception that escaped a command. */
    static int exitCode(Throwable e) {
        return e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (root.debug()) {
            e.printStackTrace(err);
        }
        if (e instanceof UserException) {
            err.println("almanac: " + e.getMessage());
        } else if (ranOutOfMemory(e)) {
            err.println(Almanac.OUT_OF_MEMORY);
        } else {
            err.println("almanac: internal error: " + e + (root.debug() ? "" : " (run with --debug for details)"));
        }
        err.flush();
        return exitCode(e);
    }

    /** An OutOfMemoryError, perhaps wrapped (a CompletionException from another thread). */
    private static boolean ranOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that names no command gets one line with the nearest command; anything else
     * goes to picocli's handler (the message and the command's usage).
     */
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) throws Exception {
        String word = unknownCommand(e);
        if (word == null) {
            return usageDefault.handleParseException(e, args);
        }
        PrintWriter err = e.getCommandLine().getErr();
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        if (spec.subcommands().containsKey(word)) {
            // A command's own name comes here only after "--", which ends the options and makes
            // every word after it an argument.
            err.println("almanac: '" + word + "' after '--' is an argument, not a command; leave out the '--'");
            err.flush();
            return ExitCode.USAGE;
        }
        List<String> near = ((CommandLine.UnmatchedArgumentException) e).getSuggestions().stream()
                .filter(name -> spec.subcommands().containsKey(name)
                        && !spec.subcommands().get(name).getCommandSpec().usageMessage().hidden())
                .toList();
        String command = root.env().command();
        err.println("almanac: unknown command '" + word + "'; "
                + (near.isEmpty() ? "see '" + command + " help'" : "did you mean '" + near.get(0) + "'?"));
        err.flush();
        return ExitCode.USAGE;
    }

    /** The mistyped word when {@code e} is a first argument that names no subcommand, else null. */
    private static String unknownCommand(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)) {
            return null;
        }
        CommandLine cl = e.getCommandLine();
        if (cl.getSubcommands().isEmpty() || !cl.getCommandSpec().positionalParameters().isEmpty()
                || unmatched.getUnmatched().isEmpty()) {
            return null;
        }
        String word = unmatched.getUnmatched().get(0);
        return word.startsWith("-") ? null : word;
    }
}
