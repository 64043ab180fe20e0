package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.render.Pages;
import almanac.tui.FullScreen;
import almanac.tutor.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Exercises the start-up path once (catalog, YAML, Markdown, a frame on a virtual
 * terminal) so the launcher can record the classes it loads in a class-data-sharing
 * archive. Hidden: it is for bin/almanac, which points --home at a scratch folder.
 */
@Command(name = "__warm-up", hidden = true)
final class WarmUpCommand extends AlmanacCommand implements Callable<Integer> {

    WarmUpCommand(Almanac root) {
        super(root);
    }

    @Override
    public Integer call() throws Exception {
        Catalog catalog = root.catalog();
        for (Catalog.Entry entry : catalog.entries()) {
            if (entry.result().ok()) {
                LearningPath path = entry.result().path();
                Pages.step(path.steps().get(0), 80);
                Session session = new Session(path, root.store(), root.env().clock());
                FullScreen.warmUp(session);
            }
        }
        warmUpPrompt();
        return ExitCode.OK;
    }

    /** A JLine reader on in-memory streams: the classes of the first quiz or note prompt. */
    private static void warmUpPrompt() throws java.io.IOException {
        var in = new java.io.ByteArrayInputStream("2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var out = new java.io.ByteArrayOutputStream();
        try (org.jline.terminal.Terminal terminal = org.jline.terminal.TerminalBuilder.builder()
                .system(false).dumb(true).streams(in, out).build()) {
            org.jline.reader.LineReader reader = org.jline.reader.LineReaderBuilder.builder().terminal(terminal).build();
            new almanac.prompt.JLineInput(reader).readLine("answer> ");
        }
    }
}
