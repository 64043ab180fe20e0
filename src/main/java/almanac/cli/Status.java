package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.progress.PathProgress;
import almanac.progress.Progress;
import almanac.render.Pages;
import almanac.render.Sanitizer;
import java.util.List;

/** What {@code almanac} alone prints: each path, where you are, and what to run next. */
final class Status {
    /** The path that teaches Almanac itself, suggested on a first run. */
    static final String TOUR = "almanac-tour";
    private final Almanac root;

    Status(Almanac root) {
        this.root = root;
    }

    int print() {
        var out = root.env().out();
        String almanac = root.env().command();
        List<Catalog.Entry> entries = root.catalog().entries();
        Progress progress = root.store().load();
        out.println("Almanac — learning paths in your terminal.");
        out.println();
        LearningPath suggestion = null;
        int good = 0;
        for (Catalog.Entry e : entries) {
            if (!e.result().ok()) {
                out.println("  " + e.id() + ": cannot be loaded (run '" + almanac + " lint' on it)");
                continue;
            }
            good++;
            LearningPath path = e.result().path();
            PathProgress record = progress.path(path.id());
            out.printf("  %-22s %s%n", path.id(), Standing.of(path, record));
            out.printf("  %-22s %s%n", "", Sanitizer.oneLine(path.title()));
            if (suggestion == null && record.isStarted() && record.finished() == null) {
                suggestion = path;
            }
        }
        if (good == 0) {
            out.println("  No paths found. Add path files to " + root.homeDir().resolve("paths") + " or use --paths DIR.");
            return ExitCode.OK;
        }
        if (suggestion == null) {
            suggestion = Catalog.loaded(entries).stream()
                    .filter(p -> !progress.path(p.id()).isStarted()).findFirst().orElse(null);
        }
        out.println();
        int due = dueCount(entries);
        if (due > 0) {
            out.println("Review: " + Pages.questionsDue(due) + ": " + almanac + " review");
        }
        boolean firstRun = progress.paths().isEmpty();
        LearningPath tour = entries.stream().filter(e -> e.id().equals(TOUR) && e.result().ok())
                .map(e -> e.result().path()).findFirst().orElse(null);
        if (firstRun && tour != null) {
            out.println("New here? Take the tour (" + tour.totalMinutes() + " minutes): " + almanac + " learn " + TOUR);
        } else if (suggestion != null) {
            String verb = progress.path(suggestion.id()).isStarted() ? "Continue" : "Start";
            out.println(verb + ": " + almanac + " learn " + suggestion.id());
        }
        out.println("More: " + almanac + " list, " + almanac + " help");
        return ExitCode.OK;
    }

    private int dueCount(List<Catalog.Entry> entries) {
        return new almanac.tutor.Review(Catalog.loaded(entries), root.store(), root.env().clock()).due().size();
    }
}
