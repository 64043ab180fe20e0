package almanac.content;

import java.time.LocalDate;
import java.util.Objects;

/** Where a step's facts come from; {@code date} is null when the author gave none. */
public record Source(String title, String url, LocalDate date) {
    public Source {
        Objects.requireNonNull(title);
        Objects.requireNonNull(url);
    }
}
