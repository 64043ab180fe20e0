package almanac.content;

import java.time.LocalDate;
import java.util.Objects;

/** Where a step's facts come from; {@code date} is null when the author gave none. */
public record Source(String title, String url, LocalDate date) {
    public Source {
        Objects.requireNonNull(title);
        Objects.requireNonNull(url);
    }

    /** " (2026-12-01)" to follow the title, or nothing: no date, or the title gives it already ("checked 2026-12-01"). */
    public String dateAfterTitle() {
        return date == null || title.contains(date.toString()) ? "" : " (" + date + ")";
    }
}
