package almanac.progress;

import java.time.Instant;

/**
 * What is known of one step: when it was finished (null if not yet) and how long was spent on it.
 */
public record StepRecord(Instant done, long seconds) {
    public static final StepRecord NEW = new StepRecord(null, 0);

    public StepRecord {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must be >= 0");
        }
    }

    public boolean isDone() {
        return done != null;
    }
}
