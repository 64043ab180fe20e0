package almanac.review;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Card} as the dotfile keeps it: one flow map of scalars per question under
 * {@code review}, as in {@code { due: 2026-11-29T09:18:10Z, last: 2026-11-27T09:18:10Z,
 * stability: 2.3065, difficulty: 2.1181, reps: 1, lapses: 0, state: "review" }}.
 *
 * <p>Times are {@link Instant}s (the store writes them to the second), counts are
 * {@link Integer}s, stability and difficulty {@link Double}s rounded to four decimals so the
 * file stays readable. Reading never throws: the file is the learner's and may have been edited
 * by hand, so a missing or unreadable field takes a default and a number out of range is pulled
 * back into it. With no readable {@code due}, the card is due at once, so a damaged card is simply
 * asked again.
 *
 * <p>A card written by an earlier Almanac, which scheduled with SM-2 ({@code interval} and
 * {@code ease}, no {@code stability}), is carried over by {@link Scheduler#fromSm2} with its due
 * date kept, and written in the FSRS form at its next answer.
 */
public final class CardState {

    static final String DUE = "due";
    static final String LAST = "last";
    static final String STABILITY = "stability";
    static final String DIFFICULTY = "difficulty";
    static final String REPS = "reps";
    static final String LAPSES = "lapses";
    static final String STATE = "state";
    static final String SM2_INTERVAL = "interval";
    static final String SM2_EASE = "ease";
    private static final double SM2_START_EASE = 2.5;
    private static final double SM2_MIN_EASE = 1.3;

    private CardState() {
    }

    /** The card as a map for {@code PathProgress.withReview}; {@code last} is left out until there is one. */
    public static Map<String, Object> toMap(Card card) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(DUE, card.due());
        if (card.last() != null) {
            map.put(LAST, card.last());
        }
        map.put(STABILITY, rounded(card.stability()));
        map.put(DIFFICULTY, rounded(card.difficulty()));
        map.put(REPS, card.reps());
        map.put(LAPSES, card.lapses());
        map.put(STATE, card.stage().word());
        return Collections.unmodifiableMap(map);
    }

    /** The card a stored map describes, with defaults for whatever is missing or unreadable. */
    public static Card fromMap(Map<String, Object> map) {
        if (map == null) {
            return Card.NEW;
        }
        Instant stored = instant(map.get(DUE));
        Instant due = stored == null ? Card.NEW.due() : stored;
        Instant last = instant(map.get(LAST));
        int reps = count(map.get(REPS), 0, Integer.MAX_VALUE);
        int lapses = count(map.get(LAPSES), 0, Integer.MAX_VALUE);
        if (!map.containsKey(STABILITY) && (map.containsKey(SM2_INTERVAL) || map.containsKey(SM2_EASE))) {
            return Scheduler.fromSm2(ease(map.get(SM2_EASE)),
                    count(map.get(SM2_INTERVAL), 0, Scheduler.MAX_INTERVAL_DAYS), due, last, reps, lapses);
        }
        double stability = number(map.get(STABILITY), 0, Scheduler.MAX_INTERVAL_DAYS * 10.0);
        double difficulty = number(map.get(DIFFICULTY), 0, Scheduler.MAX_DIFFICULTY);
        Stage stage = Stage.of(map.get(STATE));
        if (stage == null || stage == Stage.NEW) {
            stage = stability > 0 ? Stage.REVIEW : Stage.NEW;
        }
        if (stage == Stage.NEW) {
            return new Card(Stage.NEW, 0, 0, due, last, reps, lapses);
        }
        return new Card(stage, Math.max(Scheduler.MIN_STABILITY, stability),
                Math.max(Scheduler.MIN_DIFFICULTY, difficulty), due, last, reps, lapses);
    }

    /** Every stored card in {@code review} (as {@code PathProgress.review()} holds them), in the same order. */
    public static Map<String, Card> fromMaps(Map<String, Map<String, Object>> review) {
        Map<String, Card> cards = new LinkedHashMap<>();
        if (review != null) {
            review.forEach((key, state) -> cards.put(key, fromMap(state)));
        }
        return Collections.unmodifiableMap(cards);
    }

    private static double rounded(double value) {
        return Math.round(value * 10_000) / 10_000.0;
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

    /** A finite number from 0 to {@code max}; anything else is {@code fallback}. */
    private static double number(Object value, double fallback, double max) {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return fallback;
        }
        return Math.max(0, Math.min(max, n.doubleValue()));
    }

    /** SM-2's ease: a finite number, raised to SM-2's floor of 1.3; anything else is its start, 2.5. */
    private static double ease(Object value) {
        if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue())) {
            return SM2_START_EASE;
        }
        return Math.max(SM2_MIN_EASE, n.doubleValue());
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
