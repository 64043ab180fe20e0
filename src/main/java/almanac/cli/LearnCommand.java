package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.plain.PlainTutor;
import almanac.terminal.SessionTerminal;
import almanac.prompt.Printer;
import almanac.tui.FullScreen;
import almanac.tutor.Farewell;
import almanac.tutor.Session;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "learn", description = "Learn a path; resumes where you left off.",
        footer = {"", "Examples:", "  almanac learn inference-economics", "  almanac learn ./my-path.yaml --step 3"})
final class LearnCommand extends AlmanacCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", completionCandidates = PathIds.class, description = "A path id (see 'almanac list'), or a path file.")
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
        Env env = root.env();
        // The terminal is opened while the path is parsed.
        CompletableFuture<SessionTerminal> terminal = CompletableFuture.supplyAsync(
                () -> TerminalMode.fullScreen(env, root.plainRequested()));
        LearningPath path;
        try {
            path = root.catalog().find(ref);
            if (step != null) {
                Catalog.step(path, step);
            }
            // A dotfile that cannot be used (newer, too big, not a file) stops here, before the
            // screen opens; the session's own load then finds it already read.
            root.store().load();
        } catch (RuntimeException e) {
            close(terminal.join());
            throw e;
        }
        Session session = new Session(path, root.store(), env.clock());
        SessionTerminal fullScreen = terminal.join();
        int code;
        int columns = env.columns();
        if (fullScreen != null) {
            try (fullScreen) {
                code = FullScreen.run(fullScreen, session, root.colour(), env.zone(), step, restart);
                // The width the window has now (it may have been resized), for the line below.
                columns = fullScreen.size().getColumns() > 0 ? fullScreen.size().getColumns() : columns;
            }
        } else {
            code = LineSession.run(env, root.medium(),
                    (input, printer) -> new PlainTutor(session, input, printer, env.zone()).run(step, restart));
        }
        if (session.unsavedWarning() == null) {
            // One line, in either mode, says what is kept and how to come back; in plain mode
            // a blank line parts it from the transcript above.
            if (fullScreen == null) {
                out().println();
            }
            Farewell farewell = session.farewell(almanac.Program.name() + " learn " + ref);
            new Printer(out(), Math.min(columns, 100)).textThen(farewell.saved(), farewell.resume());
        }
        return endOfSession(session.unsavedWarning(), code);
    }

    /** Gives back a terminal opened for a session that will not run. */
    private static void close(SessionTerminal terminal) {
        if (terminal != null) {
            terminal.close();
        }
    }

    static boolean usableTerm(String term) {
        return term != null && !term.isEmpty() && !term.equals("dumb") && !term.equals("unknown");
    }
}
