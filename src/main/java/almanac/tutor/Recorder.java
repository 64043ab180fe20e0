package almanac.tutor;

import almanac.progress.PathProgress;
import almanac.progress.ProgressException;
import almanac.progress.ProgressStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Saves a learner's changes as they happen, and says honestly when one did not reach the
 * disk. A change that could not be saved (a full disk, an unwritable home, an I/O error) is
 * kept and saved again, before the next one, by every later save: one bad moment does not
 * stop saving, and nothing is lost if the trouble passes. What is still unsaved at the end
 * is told by {@link #unsavedWarning()}.
 */
final class Recorder {
    /** One change to one path's record, not on disk yet. */
    private record Change(String pathId, UnaryOperator<PathProgress> edit) {
    }

    /** What a save gave: the record as saved (null when it failed), and whether it did. */
    record Result(PathProgress record, Saved saved) {
    }

    private final ProgressStore store;
    private final List<String> messages = new ArrayList<>();
    private final List<Change> unsaved = new ArrayList<>();
    private String lastProblem;

    Recorder(ProgressStore store) {
        this.store = store;
    }

    /**
     * The saved record of a path. A dotfile that cannot be read stops the command (the
     * {@link ProgressException} says why), as it does for every other command: a session on
     * an empty record would look like lost progress.
     */
    PathProgress load(String pathId) {
        try {
            return store.load().path(pathId);
        } finally {
            messages.addAll(store.takeNotices());
        }
    }

    /** Applies {@code edit}, after any earlier changes that could not be saved, and saves them. */
    Result save(String pathId, UnaryOperator<PathProgress> edit) {
        unsaved.add(new Change(pathId, edit));
        return saveUnsaved(pathId, unsaved.size() - 1);
    }

    /** Tries once more to save the changes that could not be saved; the record of {@code pathId} as saved. */
    Result retry(String pathId) {
        return unsaved.isEmpty() ? new Result(null, Saved.ON_DISK) : saveUnsaved(pathId, unsaved.size());
    }

    private Result saveUnsaved(String pathId, int before) {
        try {
            List<Change> pending = List.copyOf(unsaved);
            PathProgress saved = store.update(all -> {
                for (Change c : pending) {
                    all = all.with(c.pathId(), c.edit());
                }
                return all;
            }).path(pathId);
            unsaved.clear();
            if (before > 0) {
                messages.add("Saved now, with the " + (before == 1 ? "change" : before + " changes")
                        + " that could not be saved before.");
            }
            return new Result(saved, Saved.ON_DISK);
        } catch (ProgressException e) {
            lastProblem = e.getMessage();
            return new Result(null, new Saved(lastProblem));
        } finally {
            messages.addAll(store.takeNotices());
        }
    }

    /** Keeps {@code message} for the learner, to be shown with the next batch. */
    void tell(String message) {
        messages.add(message);
    }

    /** How many changes are not on disk now (each failed save, until one succeeds). */
    int unsavedCount() {
        return unsaved.size();
    }

    /** A line for the end of a session when something is not on disk; null when all is saved. */
    String unsavedWarning() {
        if (unsaved.isEmpty()) {
            return null;
        }
        int n = unsaved.size();
        return (n == 1 ? "1 change was" : n + " changes were") + " NOT saved (" + lastProblem + "); "
                + store.file() + " is as it was before " + (n == 1 ? "it." : "them.");
    }

    List<String> takeMessages() {
        List<String> out = List.copyOf(messages);
        messages.clear();
        return out;
    }
}
