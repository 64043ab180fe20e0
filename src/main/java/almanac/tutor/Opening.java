package almanac.tutor;

import java.time.Instant;

/**
 * How a session began: a first visit shows the path's intro; a later one says where it
 * resumes.
 *
 * @param finishedAt when the path was finished before, or null
 */
public record Opening(Kind kind, int stepNumber, Instant finishedAt) {
    public enum Kind {
        /** First visit (or a restart): show the intro, then step 1. */
        INTRO,
        /** A later visit: "Resuming at step i/n". */
        RESUMED,
        /** The learner asked for a step by number. */
        JUMPED
    }
}
