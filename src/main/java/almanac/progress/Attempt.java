package almanac.progress;

import java.time.Instant;
import java.util.Objects;

/** One answer given to a question: what was typed (as the question read it) and whether it was right. */
public record Attempt(Instant at, String given, boolean correct) {
    public Attempt {
        Objects.requireNonNull(at);
        Objects.requireNonNull(given);
    }
}
