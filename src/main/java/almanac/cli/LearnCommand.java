package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.plain.PlainTutor;
import almanac.progress.Progress;
import almanac.progress.ProgressStore;
import almanac.terminal.SessionTerminal;
import almanac.prompt.Printer;
import almanac.tui.FullScreen;
import almanac.tutor.Farewell;
import almanac.tutor.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class LearnCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "learn";

    String ref;
    Integer step;
    boolean restart;
    /**
     * The launcher's training run (see {@link WarmUpCommand}): on a terminal the session stops
     * after its first frame, as a learner who leaves at once; without one there is no session.
     */
    boolean firstFrameOnly;

    LearnCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME, "Learn a path; resumes where you left off.",
                List.of("almanac learn inference-economics", "almanac learn ./my-path.yaml --step 3"),
                CommandModel.path("1", v -> ref = v, "A path id (see 'almanac list'), or a path file.").build(),
                CommandModel.option("--step", "N", Integer.class, v -> step = v, "Start at step N.").build(),
                CommandModel.flag("--restart", v -> restart = v,
                        "Start again from the intro (answers and notes are kept).").build());
    }

    @Override
    public Integer call() throws IOException {
        Env env = root.env();
        // The terminal is opened, and the dotfile read, while the path is parsed.
        TerminalOpening terminal = root.terminalOpening();
        ProgressStore store = root.store();
        // A dotfile that cannot be used (newer, too big, not a file) stops here, before the
        // screen opens; the session's own load then finds it already read.
        Started<Progress> dotfile = Started.on("almanac-dotfile", store::load);
        LearningPath path;
        try {
            path = root.catalog().find(ref);
            if (step != null) {
                Catalog.step(path, step);
            }
            dotfile.join();
        } catch (RuntimeException e) {
            terminal.close();
            awaitQuietly(dotfile);  // its notices (a dotfile set aside) are printed with the error
            throw e;
        }
        Session session = new Session(path, store, env.clock());
        SessionTerminal fullScreen = terminal.join(root.plainRequested());
        int code;
        int columns = env.columns();
        if (fullScreen == null && firstFrameOnly) {
            return ExitCode.OK;
        }
        if (fullScreen != null) {
            try (fullScreen) {
                code = FullScreen.run(fullScreen, session, root.colour(), env::zone, step, restart, firstFrameOnly);
                // The width the window has now (it may have been resized), for the line below.
                columns = fullScreen.size().getColumns() > 0 ? fullScreen.size().getColumns() : columns;
            }
        } else {
            int[] width = {columns};
            code = LineSession.run(env, root.medium(), (input, printer) -> {
                new PlainTutor(session, input, printer, env.zone()).run(step, restart);
                width[0] = printer.width();  // the terminal's, when there is one
            });
            columns = width[0];
        }
        if (session.unsavedWarning() == null) {
            // One line, in either mode, says what is kept and how to come back; in plain mode
            // a blank line parts it from the transcript above.
            if (fullScreen == null) {
                out().println();
            }
            // A path file is named so that the command works from any folder.
            String named = Catalog.looksLikeFile(ref) ? ShellWords.quote(Path.of(ref), env.userHome()) : ref;
            Farewell farewell = session.farewell(root.commandFor(NAME, named));
            new Printer(out(), Math.min(columns, 100)).textThen(farewell.saved(), "Resume:", farewell.command());
        }
        return endOfSession(session.unsavedWarning(), code);
    }

    /** Waits for work whose own failure does not matter now (another failure is being reported). */
    private static void awaitQuietly(Started<?> work) {
        try {
            work.join();
        } catch (RuntimeException e) {
            // the first failure is the one to report
        }
    }

    static boolean usableTerm(String term) {
        return term != null && !term.isEmpty() && !term.equals("dumb") && !term.equals("unknown");
    }
}
