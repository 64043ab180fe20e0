package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.progress.PathProgress;
import almanac.progress.Progress;
import almanac.render.Pages;
import almanac.render.Sanitizer;
import almanac.tutor.Retention;
import almanac.tutor.Summaries;
import almanac.tutor.Summary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ProgressCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "progress";

    String ref;
    boolean json;

    /** Each path's predicted recall, for the text (the rows hold what JSON shows of it). */
    private final Map<Object, Retention> recall = new LinkedHashMap<>();

    ProgressCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME, "Done steps, quiz score, time spent and last visit, per path.",
                List.of("almanac progress", "almanac progress inference-economics --json"),
                CommandModel.path("0..1", v -> ref = v, "Only this path.").build(),
                CommandModel.flag("--json", v -> json = v, "Print JSON for scripts.").build());
    }

    @Override
    public Integer call() {
        Progress progress = root.store().load();
        List<LearningPath> paths = new ArrayList<>();
        if (ref != null) {
            paths.add(root.catalog().find(ref));
        } else {
            for (Catalog.Entry e : root.catalog().entries()) {
                if (e.result().ok() && progress.path(e.id()).isStarted()) {
                    paths.add(e.result().path());
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LearningPath path : paths) {
            rows.add(row(path, progress.path(path.id())));
        }
        if (json) {
            out().println(Json.write(rows));
            return ExitCode.OK;
        }
        if (rows.isEmpty()) {
            out().println("No progress yet. Start with: " + root.env().command() + " learn PATH (see '"
                    + root.env().command() + " list').");
            return ExitCode.OK;
        }
        for (Map<String, Object> r : rows) {
            out().println(Sanitizer.oneLine((String) r.get("title")) + " (" + r.get("id") + ")");
            out().println("  steps done:  " + r.get("steps_done") + "/" + r.get("steps"));
            out().println("  quiz:        " + r.get("right") + " right of " + r.get("answered") + " answered");
            out().println("  time:        " + Pages.duration(java.time.Duration.ofSeconds((Long) r.get("seconds"))));
            out().println("  notes:       " + r.get("notes"));
            if (!recall.get(r.get("id")).isEmpty()) {
                out().println("  recall now:  " + recall.get(r.get("id")).describe());
            }
            out().println("  last visit:  " + (r.get("last_visit") == null ? "—" : r.get("last_visit")));
            out().println("  status:      " + r.get("status"));
        }
        return ExitCode.OK;
    }

    private Map<String, Object> row(LearningPath path, PathProgress record) {
        Summary s = Summaries.of(path, record);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", path.id());
        r.put("title", path.title());
        r.put("steps", s.steps());
        r.put("steps_done", s.stepsDone());
        r.put("current", record.current());
        r.put("questions", s.questions());
        r.put("answered", s.answered());
        r.put("right", s.right());
        r.put("seconds", s.time().toSeconds());
        r.put("notes", s.notes());
        r.put("started", record.started() == null ? null : record.started().toString());
        r.put("finished", record.finished() == null ? null : record.finished().toString());
        r.put("last_visit", LastVisit.of(record) == null ? null : LastVisit.of(record).toString());
        r.put("status", Standing.of(path, record));
        Retention retention = Retention.of(path, record, root.env().clock().instant());
        recall.put(path.id(), retention);
        r.put("retention", retention.recall().isPresent() ? Math.round(retention.recall().getAsDouble() * 1000) / 1000.0 : null);
        r.put("retention_of", retention.predicted());
        r.put("answered_within_a_day", retention.recent());
        return r;
    }
}
