package almanac.tutor;

/**
 * Whether a change reached the disk. When it did not, {@code problem} says why, and the
 * change is kept in the session and tried again with the next one.
 */
public record Saved(String problem) {
    static final Saved ON_DISK = new Saved(null);

    public boolean onDisk() {
        return problem == null;
    }

    /** What to tell the learner about {@code what} (say "Note") when it was not saved. */
    public String notSaved(String what) {
        return what + " NOT saved: " + problem;
    }
}
