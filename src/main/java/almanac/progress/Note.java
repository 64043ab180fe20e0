package almanac.progress;

import java.time.Instant;
import java.util.Objects;

/** A note the learner attached to a step. */
public record Note(Instant at, String text) {
    public Note {
        Objects.requireNonNull(at);
        Objects.requireNonNull(text);
    }
}
