package almanac.cli;

import almanac.prompt.JLineInput;
import almanac.prompt.LineInput;
import almanac.prompt.Printer;
import almanac.prompt.StreamInput;
import almanac.render.Medium;
import almanac.terminal.SessionTerminal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

/**
 * Line-mode input and output for a command: a JLine prompt (editing, history) on the
 * session's terminal, plain lines from a pipe or file otherwise, and text no wider than 100
 * columns. For a screen reader, even on a terminal, lines are read in the terminal's own line
 * mode, so nothing is redrawn while typing.
 */
final class LineSession {
    private LineSession() {
    }

    /** Runs {@code body}; returns {@link ExitCode#INTERRUPTED} when it ended on Ctrl-C, else OK. */
    static int run(Env env, Medium medium, BiConsumer<LineInput, Printer> body) throws IOException {
        SessionTerminal terminal = medium == Medium.SCREEN ? lineTerminal(env) : null;
        if (terminal != null) {
            try (terminal) {
                int width = terminal.size().getColumns() > 0 ? terminal.size().getColumns() : 80;
                InterruptWatch in = new InterruptWatch(new JLineInput(terminal.reader()));
                body.accept(in, new Printer(terminal.printWriter(), Math.min(width, 100), medium));
                return in.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
            }
        }
        // On a terminal (TERM=dumb, a screen reader) the terminal echoes what is typed; from a pipe, echo it.
        BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        body.accept(new StreamInput(in, env.out(), !env.interactive()),
                new Printer(env.out(), Math.min(env.columns(), 100), medium));
        return ExitCode.OK;
    }

    /** The session's terminal for line editing, or null where lines come from a pipe or a file. */
    private static SessionTerminal lineTerminal(Env env) {
        if (!env.interactive() || !LearnCommand.usableTerm(env.var("TERM"))) {
            return null;
        }
        try {
            return SessionTerminal.open(env.var("TERM"), env.encoding());
        } catch (IOException e) {
            return null;
        }
    }
}
