package almanac.review;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduler's state for one question: SM-2's repetition count, ease factor and interval,
 * and when the question is due again.
 *
 * @param repetitions SM-2's {@code n}: passing answers in a row since the card was new or last
 *                    lapsed; it picks the next interval (1 day, then 6, then the last times the ease)
 * @param ease        SM-2's E-Factor: how fast the interval grows; starts at {@link #START_EASE}
 *                    and never goes below {@link #MIN_EASE}
 * @param interval    days from the last review to {@code due}; 0 for a new card or after a lapse
 * @param due         when the question should be asked again; {@link Instant#EPOCH} for a new
 *                    card, so a card never reviewed is always due
 * @param lapses      how many times the learner got it wrong (never reset; a measure of how hard
 *                    the card is for them)
 * @param last        when it was last reviewed; null for a card never reviewed
 */
public record Card(int repetitions, double ease, int interval, Instant due, int lapses, Instant last) {

    /** SM-2's starting E-Factor for every new item. */
    public static final double START_EASE = 2.5;

    /** SM-2's floor for the E-Factor: "If EF is less than 1.3 then let EF be 1.3". */
    public static final double MIN_EASE = 1.3;

    /** A question never reviewed: due at once, with SM-2's starting ease. */
    public static final Card NEW = new Card(0, START_EASE, 0, Instant.EPOCH, 0, null);

    public Card {
        Objects.requireNonNull(due, "due");
        if (repetitions < 0 || interval < 0 || lapses < 0) {
            throw new IllegalArgumentException("counts cannot be negative: repetitions " + repetitions
                    + ", interval " + interval + ", lapses " + lapses);
        }
        if (!(ease >= MIN_EASE) || Double.isInfinite(ease)) {
            throw new IllegalArgumentException("ease must be a number of at least " + MIN_EASE + ": " + ease);
        }
    }

    /** True when the question should be asked at {@code now} (its due time has come). */
    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }
}
