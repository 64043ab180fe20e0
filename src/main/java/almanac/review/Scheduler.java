package almanac.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When to ask a question again, by SM-2: P. A. Wozniak, <i>Optimization of learning</i>
 * (master's thesis, University of Technology in Poznan, 1990), the algorithm of SuperMemo 2,
 * published at https://www.supermemo.com/archives1990-2015/english/ol/sm2 and, with small
 * changes, the scheduler Anki used for years. In short:
 * <ol>
 *   <li>every item starts with an E-Factor (ease) of 2.5;</li>
 *   <li>it is repeated after I(1) = 1 day, I(2) = 6 days, and then I(n) = I(n-1) * EF,
 *       a fraction rounded up to whole days;</li>
 *   <li>after each repetition the E-Factor becomes
 *       {@code EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02))}, but never less than 1.3;</li>
 *   <li>an answer graded below 3 starts the repetitions from the beginning "without changing
 *       the E-Factor", that is, without resetting it to 2.5;</li>
 *   <li>items graded below 4 are repeated again the same day.</li>
 * </ol>
 *
 * <p>Where SM-2 leaves room, Almanac chooses:
 * <ul>
 *   <li><b>Grades.</b> Almanac knows right, right after the hint, and wrong; {@link Grade} maps
 *       them to q = 4, 3 and 1 and says why.</li>
 *   <li><b>A miss is due at once.</b> After a miss the card has 0 repetitions and an interval of
 *       0 days and is due at the moment of the miss, so it is asked again the same day (the last
 *       step above). The next right answer then schedules it 1 day out and the
 *       sequence restarts (1, 6, ...), so a card missed after a long interval shrinks back to
 *       1 day. The lapse still lowers the ease (the usual reading of SM-2, as in its published
 *       pseudo-code), so the card grows more slowly the second time round.</li>
 *   <li><b>A hinted answer passes.</b> q = 3 is a pass in SM-2, so the interval grows; it is not
 *       repeated the same day (the last step above) because its lower ease is already the record of
 *       the difficulty, and repeating a pass at once would count it twice.</li>
 *   <li><b>Interval arithmetic.</b> I(n) = round(I(n-1) * EF), half up, with the ease from before
 *       this answer (the order of the common pseudo-code, and of Anki's first scheduler).
 *       Wozniak rounds up; the two differ by at most a day. Intervals are whole days of 24 hours
 *       from the moment of the answer: the scheduler has no time zone, so "tomorrow" is "in 24
 *       hours", not "after midnight". An interval is at least 1 day after a pass and at most
 *       {@link #MAX_INTERVAL_DAYS} (Anki's default maximum), so a damaged card cannot overflow.</li>
 *   <li><b>The ease</b> is rounded to hundredths after each change. Every step of SM-2's formula
 *       for whole grades is a whole number of hundredths, so this only removes floating-point
 *       noise and keeps the dotfile readable ({@code 1.96}, not {@code 1.9600000000000002}).</li>
 *   <li><b>Answers before the card is due.</b> SM-2 assumes each repetition happens when it is
 *       due. A learner re-reading a step may answer the same question again within minutes; if
 *       that counted, two right answers in a row would already schedule it 6 days out. So a pass
 *       before the card is due changes nothing but {@code last}. A miss always counts: forgetting
 *       early is still forgetting.</li>
 * </ul>
 */
public final class Scheduler {

    /** The longest interval, in days (100 years): Anki's default maximum. */
    public static final int MAX_INTERVAL_DAYS = 36_500;

    /** SM-2's first interval, I(1), in days. */
    static final int FIRST_INTERVAL_DAYS = 1;

    /** SM-2's second interval, I(2), in days. */
    static final int SECOND_INTERVAL_DAYS = 6;

    private Scheduler() {
    }

    /** The card after the learner answered it with {@code grade} at {@code now}. */
    public static Card review(Card card, Grade grade, Instant now) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(now, "now");
        if (grade.passed() && !card.isDue(now)) {
            return new Card(card.repetitions(), card.ease(), card.interval(), card.due(), card.lapses(), now);
        }
        double ease = nextEase(card.ease(), grade.quality());
        if (!grade.passed()) {
            return new Card(0, ease, 0, now, plusOne(card.lapses()), now);
        }
        int interval = nextInterval(card);
        return new Card(plusOne(card.repetitions()), ease, interval, now.plus(Duration.ofDays(interval)),
                card.lapses(), now);
    }

    /** SM-2's E-Factor update for quality {@code q}, floored at 1.3 and rounded to hundredths. */
    static double nextEase(double ease, int q) {
        int miss = 5 - q;
        double next = ease + (0.1 - miss * (0.08 + miss * 0.02));
        double rounded = Math.round(next * 100) / 100.0;
        return Math.max(Card.MIN_EASE, rounded);
    }

    /** SM-2's I(n) for a pass: 1 day, then 6, then the last interval times the ease. */
    private static int nextInterval(Card card) {
        if (card.repetitions() == 0) {
            return FIRST_INTERVAL_DAYS;
        }
        if (card.repetitions() == 1) {
            return SECOND_INTERVAL_DAYS;
        }
        long grown = Math.round(card.interval() * card.ease());
        return (int) Math.max(FIRST_INTERVAL_DAYS, Math.min(MAX_INTERVAL_DAYS, grown));
    }

    private static int plusOne(int count) {
        return count == Integer.MAX_VALUE ? count : count + 1;
    }
}
