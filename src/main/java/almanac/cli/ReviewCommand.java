package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.plain.PlainReview;
import almanac.tutor.Review;
import almanac.render.Pages;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ReviewCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "review";

    String ref;
    boolean json;

    ReviewCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME, "Spaced-repetition review (FSRS-6) of the questions that are due.",
                List.of("almanac review", "almanac review inference-economics"),
                CommandModel.path("0..1", v -> ref = v, "Only this path (default: all).").build(),
                CommandModel.flag("--json", v -> json = v,
                        "Print the due questions and their predicted recall as JSON, and ask nothing.").build());
    }

    @Override
    public Integer call() throws IOException {
        Review review = review(root, ref);
        Env env = root.env();
        Review.Agenda agenda = review.agenda();
        if (json) {
            out().println(Json.write(dueRows(agenda, review.now())));
            return ExitCode.OK;
        }
        if (agenda.due().isEmpty()) {
            // One line where the learner is, whatever the terminal: there is nothing to show a screen for.
            out().println(Pages.nothingDue(agenda.next(), review.now(), env.zone()));
            return ExitCode.OK;
        }
        almanac.terminal.SessionTerminal terminal = TerminalMode.fullScreen(env, root.plainRequested());
        if (terminal != null) {
            try (terminal) {
                almanac.tui.FullScreen.review(terminal, review, root.colour(), env::zone, env.clock().instant());
            }
            return endOfSession(review.unsavedWarning(), ExitCode.OK);
        }
        int code = LineSession.run(env, root.medium(),
                (input, printer) -> new PlainReview(review, input, printer, env.zone()).run(env.clock().instant()));
        return endOfSession(review.unsavedWarning(), code);
    }

    /** The due questions, longest overdue first, each with its predicted recall now. */
    private static List<Map<String, Object>> dueRows(Review.Agenda agenda, Instant now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Review.Item item : agenda.due()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", item.path().id());
            row.put("step", item.step().id());
            row.put("step_number", item.stepNumber());
            row.put("question", item.question().id());
            row.put("prompt", item.question().prompt());
            row.put("due", item.due().toString());
            row.put("recall", item.recallPredicted(now) ? Math.round(item.recall(now) * 1000) / 1000.0 : null);
            rows.add(row);
        }
        return rows;
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
