package almanac.tutor;

import almanac.progress.PathProgress;
import almanac.progress.ProgressException;
import almanac.progress.ProgressStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Saves a learner's changes as they happen. When a save fails (a full disk, an unwritable
 * home) it stops trying and says so once; the session or review goes on unsaved.
 */
final class Recorder {
    private final ProgressStore store;
    private final List<String> messages = new ArrayList<>();
    private boolean saving = true;

    Recorder(ProgressStore store) {
        this.store = store;
    }

    /** The saved record of a path; empty (and not saving from now on) when it cannot be read. */
    PathProgress load(String pathId) {
        try {
            return store.load().path(pathId);
        } catch (ProgressException e) {
            stop(e);
            return PathProgress.EMPTY;
        } finally {
            messages.addAll(store.takeNotices());
        }
    }

    /** Applies {@code edit} to the saved record; the record as saved, or null when not saving. */
    PathProgress save(String pathId, UnaryOperator<PathProgress> edit) {
        if (!saving) {
            return null;
        }
        try {
            return store.update(all -> all.with(pathId, edit)).path(pathId);
        } catch (ProgressException e) {
            stop(e);
            return null;
        } finally {
            messages.addAll(store.takeNotices());
        }
    }

    boolean saving() {
        return saving;
    }

    List<String> takeMessages() {
        List<String> out = List.copyOf(messages);
        messages.clear();
        return out;
    }

    private void stop(ProgressException e) {
        saving = false;
        messages.add("Progress is not being saved: " + e.getMessage());
    }
}
