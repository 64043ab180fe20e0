package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.render.Pages;
import almanac.tui.FullScreen;
import almanac.tutor.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * Exercises the start-up path once (catalog, YAML, Markdown, a frame and a prompt on an
 * in-memory terminal) so the launcher can record the classes it loads in a class-data-sharing
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
        return ExitCode.OK;
    }
}
