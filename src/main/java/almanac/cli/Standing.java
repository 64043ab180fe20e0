package almanac.cli;

import almanac.content.LearningPath;
import almanac.progress.PathProgress;

/** The learner's standing on a path in a few words, for tables and the status. */
final class Standing {
    private Standing() {
    }

    static String of(LearningPath path, PathProgress record) {
        if (!record.isStarted()) {
            return "not started";
        }
        long done = path.steps().stream().filter(s -> record.step(s.id()).isDone()).count();
        if (record.finished() != null) {
            return "finished (" + done + "/" + path.steps().size() + ")";
        }
        int at = record.current() == null ? -1 : path.indexOf(record.current());
        return (at < 0 ? "" : "at step " + (at + 1) + ", ") + done + "/" + path.steps().size() + " done";
    }
}
