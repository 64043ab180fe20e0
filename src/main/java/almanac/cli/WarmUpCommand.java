package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.render.Pages;
import almanac.tui.FullScreen;
import almanac.tutor.Session;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Exercises the start-up path once (catalog, YAML, Markdown, a frame and a prompt on an
 * in-memory terminal) so the launcher can record the classes it loads in a class-data-sharing
 * archive. Hidden: it is for bin/almanac, which points --home at a scratch folder.
 */
final class WarmUpCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "__warm-up";

    WarmUpCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        CommandSpec spec = CommandModel.unexpanded(CommandSpec.wrapWithoutInspection(this)).name(NAME);
        spec.usageMessage().hidden(true);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        // Every command's model, so the archive holds their classes and linked setters (lambdas),
        // which a run that names one command would otherwise load and link on the spot.
        Almanac.commandLine(root.env());
        Catalog catalog = root.catalog();
        // Twice: the first run parses each path file into the home's parse cache, the second
        // reads it back, which is what a learner's later runs do.
        Files.createDirectories(root.homeDir());
        catalog.entries();
        for (Catalog.Entry entry : catalog.entries()) {
            if (entry.result().ok()) {
                LearningPath path = entry.result().path();
                Pages.step(path.steps().get(0), 80);
                Session session = new Session(path, root.store(), root.env().clock());
                FullScreen.warmUp(session);
            }
        }
        // Run by the launcher on a pseudo-terminal when it can: then a real session is opened,
        // through the learn command itself, up to its first frame on the real terminal.
        LearnCommand learn = new LearnCommand(root);
        learn.ref = Catalog.loaded(catalog.entries()).get(0).id();
        learn.firstFrameOnly = true;
        learn.call();
        // The commands run many times a day, run as a user runs them with their output thrown
        // away, so that their own code (formatting, string joins, lambdas) is linked in the
        // archive too, not only their classes.
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Env quiet = root.env().withOutput(nowhere, nowhere);
        String home = root.homeDir().toString();
        for (List<String> args : List.of(List.of("--version"), List.<String>of(), List.of("list"), List.of("progress"),
                List.of("help"), List.of("learn", "--help"))) {
            List<String> withHome = new ArrayList<>(List.of("--home", home));
            withHome.addAll(args);
            Almanac.run(quiet, withHome.toArray(new String[0]));
        }
        return ExitCode.OK;
    }
}
