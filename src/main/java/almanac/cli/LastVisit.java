package almanac.cli;

import almanac.progress.Attempt;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import almanac.progress.StepRecord;
import java.time.Instant;
import java.util.List;

/** The latest moment anything was recorded on a path. */
final class LastVisit {
    private LastVisit() {
    }

    static Instant of(PathProgress p) {
        Instant latest = max(p.started(), p.finished());
        for (StepRecord s : p.steps().values()) {
            latest = max(latest, s.done());
        }
        for (List<Attempt> attempts : p.answers().values()) {
            for (Attempt a : attempts) {
                latest = max(latest, a.at());
            }
        }
        for (List<Note> notes : p.notes().values()) {
            for (Note n : notes) {
                latest = max(latest, n.at());
            }
        }
        return latest;
    }

    private static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
