package almanac.cli;

import almanac.content.LearningPath;
import almanac.plain.PlainTutor;
import almanac.prompt.JLineInput;
import almanac.prompt.LineInput;
import almanac.prompt.Printer;
import almanac.prompt.StreamInput;
import almanac.render.SanitizingWriter;
import almanac.tui.FullScreen;
import almanac.tutor.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "learn", description = "Learn a path; resumes where you left off.")
final class LearnCommand extends AlmanacCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "A path id (see 'almanac list'), or a path file.")
    String ref;

    @Option(names = "--step", paramLabel = "N", description = "Start at step N.")
    Integer step;

    @Option(names = "--restart", description = "Start again from the intro (answers and notes are kept).")
    boolean restart;

    LearnCommand(Almanac root) {
        super(root);
    }

    @Override
    public Integer call() throws IOException {
        LearningPath path = root.catalog().find(ref);
        if (step != null && (step < 1 || step > path.steps().size())) {
            throw new almanac.UserException("there is no step " + step + "; " + path.id() + " has steps 1 to "
                    + path.steps().size());
        }
        Session session = new Session(path, root.store(), root.env().clock());
        Env env = root.env();
        String plainReason = TerminalMode.plainReason(env, root.plainRequested());
        if (plainReason == null) {
            com.googlecode.lanterna.terminal.Terminal fullScreen = openFullScreen();
            if (fullScreen != null) {
                return FullScreen.run(fullScreen, session, root.colour(), env.zone(), step, restart);
            }
        }
        if (env.interactive() && usableTerm(env.var("TERM"))) {
            try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
                LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                        .option(LineReader.Option.AUTO_FRESH_LINE, true)
                        .build();
                PrintWriter out = new PrintWriter(new SanitizingWriter(terminal.writer()), true);
                int width = terminal.getWidth() > 0 ? terminal.getWidth() : 80;
                plain(session, new JLineInput(reader), new Printer(out, Math.min(width, 100)));
            }
        } else {
            BufferedReader in = new BufferedReader(new InputStreamReader(env.in(), StandardCharsets.UTF_8));
            plain(session, new StreamInput(in, out()), new Printer(out(), Math.min(env.columns(), 100)));
        }
        return 0;
    }

    /** Lanterna's terminal, or null (plain mode then) when it cannot start here. */
    private com.googlecode.lanterna.terminal.Terminal openFullScreen() {
        try {
            return FullScreen.openTerminal();
        } catch (IOException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    private void plain(Session session, LineInput input, Printer printer) {
        new PlainTutor(session, input, printer, root.env().zone()).run(step, restart);
    }

    static boolean usableTerm(String term) {
        return term != null && !term.isEmpty() && !term.equals("dumb") && !term.equals("unknown");
    }
}
