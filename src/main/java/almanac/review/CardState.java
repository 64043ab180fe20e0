package almanac.review;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Card} as the dotfile keeps it: one flow map of scalars per question under
 * {@code review}, as in {@code { due: 2026-11-30T09:18:10Z, interval: 6, ease: 2.5, reps: 2,
 * lapses: 0, last: 2026-11-24T09:18:10Z }}.
 *
 * <p>Times are {@link Instant}s (the store writes them to the second), counts and the interval
 * are {@link Integer}s, and the ease is a {@link Double}. Reading never throws: the file is the
 * learner's and may have been edited by hand, so a missing or unreadable field takes its value
 * from {@link Card#NEW} instead, and a number out of range is pulled back into it. With no
 * readable {@code due}, the card is due at once, so a damaged card is simply asked again.
 */
public final class CardState {

    static final String DUE = "due";
    static final String INTERVAL = "interval";
    static final String EASE = "ease";
    static final String REPS = "reps";
    static final String LAPSES = "lapses";
    static final String LAST = "last";

    private CardState() {
    }

    /** The card as a map for {@code PathProgress.withReview}; {@code last} is left out until there is one. */
    public static Map<String, Object> toMap(Card card) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(DUE, card.due());
        map.put(INTERVAL, card.interval());
        map.put(EASE, card.ease());
        map.put(REPS, card.repetitions());
        map.put(LAPSES, card.lapses());
        if (card.last() != null) {
            map.put(LAST, card.last());
        }
        return Collections.unmodifiableMap(map);
    }

    /** The card a stored map describes, with defaults for whatever is missing or unreadable. */
    public static Card fromMap(Map<String, Object> map) {
        if (map == null) {
            return Card.NEW;
        }
        Card start = Card.NEW;
        Instant due = instant(map.get(DUE));
        return new Card(
                count(map.get(REPS), start.repetitions(), Integer.MAX_VALUE),
                ease(map.get(EASE)),
                count(map.get(INTERVAL), start.interval(), Scheduler.MAX_INTERVAL_DAYS),
                due == null ? start.due() : due,
                count(map.get(LAPSES), start.lapses(), Integer.MAX_VALUE),
                instant(map.get(LAST)));
    }

    /** Every stored card in {@code review} (as {@code PathProgress.review()} holds them), in the same order. */
    public static Map<String, Card> fromMaps(Map<String, Map<String, Object>> review) {
        Map<String, Card> cards = new LinkedHashMap<>();
        if (review != null) {
            review.forEach((key, state) -> cards.put(key, fromMap(state)));
        }
        return Collections.unmodifiableMap(cards);
    }

    /** A whole number from 0 to {@code max}; fractions are cut, anything else is {@code fallback}. */
    private static int count(Object value, int fallback, int max) {
        if (!(value instanceof Number n)) {
            return fallback;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = n.doubleValue();
            return Double.isNaN(d) ? fallback : (int) Math.max(0, Math.min(max, d));
        }
        return (int) Math.max(0, Math.min(max, n.longValue()));
    }

    /** A finite number, raised to SM-2's floor if below it; anything else is the starting ease. */
    private static double ease(Object value) {
        if (!(value instanceof Number n)) {
            return Card.START_EASE;
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Card.START_EASE;
        }
        return Math.max(Card.MIN_EASE, d);
    }

    /** An instant, a date, or an ISO-8601 instant in a string; anything else is null. */
    private static Instant instant(Object value) {
        if (value instanceof Instant at) {
            return at;
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof String s) {
            try {
                return Instant.parse(s.strip());
            } catch (DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
