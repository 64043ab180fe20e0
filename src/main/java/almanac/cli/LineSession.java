package almanac.cli;

import almanac.prompt.JLineInput;
import almanac.prompt.LineInput;
import almanac.prompt.Printer;
import almanac.prompt.StreamInput;
import almanac.render.Medium;
import almanac.render.SanitizingWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Line-mode input and output for a command: a JLine prompt (editing, history) on a
 * terminal, plain lines from a pipe or file otherwise, and text no wider than 100 columns.
 * For a screen reader, even on a terminal, lines are read in the terminal's own line mode,
 * so nothing is redrawn while typing.
 */
final class LineSession {
    private LineSession() {
    }

    /** Runs {@code body}; returns {@link ExitCode#INTERRUPTED} when it ended on Ctrl-C, else OK. */
    static int run(Env env, Medium medium, BiConsumer<LineInput, Printer> body) throws IOException {
        if (medium == Medium.SCREEN && env.interactive() && LearnCommand.usableTerm(env.var("TERM"))) {
            try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
                LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                        .option(LineReader.Option.AUTO_FRESH_LINE, true)
                        .build();
                PrintWriter out = new PrintWriter(new SanitizingWriter(terminal.writer()), true);
                int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
                InterruptWatch in = new InterruptWatch(new JLineInput(reader));
                body.accept(in, new Printer(out, Math.min(width, 100), medium));
                return in.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
            }
        }
        // On a terminal (TERM=dumb, a screen reader) the terminal echoes what is typed; from a pipe, echo it.
        BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
        body.accept(new StreamInput(in, env.out(), !env.interactive()),
                new Printer(env.out(), Math.min(env.columns(), 100), medium));
        return ExitCode.OK;
    }
}
