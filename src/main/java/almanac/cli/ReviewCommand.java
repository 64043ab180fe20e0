package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.plain.PlainReview;
import almanac.tutor.Review;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "review", description = "Spaced-repetition review (SM-2) of the questions that are due.",
        footer = {"", "Examples:", "  almanac review", "  almanac review inference-economics"})
final class ReviewCommand extends AlmanacCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", completionCandidates = PathIds.class, arity = "0..1", description = "Only this path (default: all).")
    String ref;

    ReviewCommand(Almanac root) {
        super(root);
    }

    @Override
    public Integer call() throws IOException {
        Review review = review(root, ref);
        Env env = root.env();
        com.googlecode.lanterna.terminal.Terminal terminal = TerminalMode.fullScreen(env, root.plainRequested());
        if (terminal != null) {
            almanac.tui.FullScreen.review(terminal, review, root.colour(), env.zone(), env.clock().instant());
            return endOfSession(review.unsavedWarning(), ExitCode.OK);
        }
        int code = LineSession.run(env, root.medium(),
                (input, printer) -> new PlainReview(review, input, printer, env.zone()).run(env.clock().instant()));
        return endOfSession(review.unsavedWarning(), code);
    }

    /** A review of one path, or of every path that loads. */
    static Review review(Almanac root, String ref) {
        List<LearningPath> paths = new ArrayList<>();
        if (ref != null) {
            paths.add(root.catalog().find(ref));
        } else {
            paths.addAll(Catalog.loaded(root.catalog().entries()));
        }
        return new Review(paths, root.store(), root.env().clock());
    }
}
