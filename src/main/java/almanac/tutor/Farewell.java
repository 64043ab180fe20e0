package almanac.tutor;

/**
 * The line a session ends with: what is saved ("Saved at step 2/9 · 1 of 9 done.") and the
 * command to come back ("Resume: almanac learn inference-economics"), kept apart so the
 * command is never broken across lines: a learner pastes it.
 */
public record Farewell(String saved, String command) {

    /** Both on one line. */
    public String line() {
        return saved + " Resume: " + command;
    }
}
