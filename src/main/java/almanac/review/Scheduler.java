package almanac.review;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * When to ask a question again, by FSRS-6 (the Free Spaced Repetition Scheduler, version 6; the
 * scheduler Anki has used since 23.10). Sources, read for the formulas and written anew here:
 * <ul>
 *   <li>the formulas: open-spaced-repetition, "The Algorithm", the fsrs4anki wiki
 *       (https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm), FSRS-6 section;</li>
 *   <li>the 21 default parameters, the bounds, the fuzz ranges and the order of the steps:
 *       py-fsrs, {@code fsrs/scheduler.py} ({@code DEFAULT_PARAMETERS}, {@code FUZZ_RANGES},
 *       {@code Scheduler.review_card}), https://github.com/open-spaced-repetition/py-fsrs;</li>
 *   <li>the carry-over of SM-2 cards: fsrs-rs, {@code memory_state_from_sm2}
 *       (https://github.com/open-spaced-repetition/fsrs-rs).</li>
 * </ul>
 *
 * <p>The model, with {@code w} the parameters, {@code G} the rating (1 Again to 4 Easy),
 * {@code t} the whole days since the last answer:
 * <ul>
 *   <li>recall: {@code R(t, S) = (1 + F * t / S)^-w20} with {@code F = 0.9^(-1/w20) - 1}, so
 *       that {@code R(S, S) = 0.9};</li>
 *   <li>first answer: {@code S0(G) = w[G-1]}, {@code D0(G) = w4 - e^(w5 * (G - 1)) + 1};</li>
 *   <li>difficulty: {@code D' = w7 * D0(4) + (1 - w7) * (D + (10 - D) * (-w6 * (G - 3)) / 9)},
 *       kept within 1 to 10;</li>
 *   <li>a pass a day or more on: {@code S' = S * (1 + e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1)
 *       * (w15 if Hard) * (w16 if Easy))};</li>
 *   <li>a miss a day or more on: {@code S' = min(w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R)),
 *       S / e^(w17 * w18))};</li>
 *   <li>an answer the same day: {@code S' = S * e^(w17 * (G - 3 + w18)) * S^-w19}, not below
 *       {@code S} for Good or Easy;</li>
 *   <li>the interval: {@code I = S / F * (r^(-1/w20) - 1)} for desired retention {@code r}
 *       (so {@code I = S} at 0.9), rounded to whole days, at least 1, at most
 *       {@link #MAX_INTERVAL_DAYS}.</li>
 * </ul>
 *
 * <p>Where FSRS leaves room, Almanac chooses:
 * <ul>
 *   <li><b>No learning steps.</b> The quiz at the end of a step is the first exposure, so a first
 *       answer schedules the card at once: Good is due in round(S0(3)) = round(2.3065) = 2 days,
 *       Hard in round(1.2931) = 1 day; Again goes to relearning (py-fsrs would instead start
 *       learning steps of 1 and 10 minutes).</li>
 *   <li><b>Relearning</b> is one step of {@link #RELEARNING_STEP} (py-fsrs's default), so a card
 *       missed in review comes back the same day and a review session can ask it again. Hard in
 *       relearning repeats the step at 1.5 times its length, as py-fsrs does with one step.</li>
 *   <li><b>Answers before the card is due.</b> A learner re-reading a step may answer the same
 *       question again within minutes; a pass then leaves the card as it is, so re-reading does
 *       not push a card out. A miss always counts: forgetting early is still forgetting.</li>
 *   <li><b>Rounding</b> is half to even, as Python's {@code round} in py-fsrs, so the intervals
 *       agree with it; days are 24 hours from the moment of the answer (no time zone).</li>
 *   <li><b>Fuzz</b> spreads intervals of 2.5 days or more over py-fsrs's ranges (plus or minus
 *       15% of the days between 2.5 and 7, 10% of those between 7 and 20, 5% beyond, plus one
 *       day) so cards learned together do not all fall due on the same day. The random number
 *       comes from a seed the caller gives (one per card and answer), so a schedule can be
 *       reproduced and tested.</li>
 * </ul>
 */
public final class Scheduler {

    /** py-fsrs's {@code DEFAULT_PARAMETERS} for FSRS-6, w0 to w20 (w20 is the decay). */
    static final double[] W = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };

    /** The recall the schedule aims for when a card falls due. */
    public static final double DESIRED_RETENTION = 0.9;

    /** The longest interval, in days (100 years): py-fsrs's and Anki's default maximum. */
    public static final int MAX_INTERVAL_DAYS = 36_500;

    /** How long a missed card waits before it is asked again. */
    public static final Duration RELEARNING_STEP = Duration.ofMinutes(10);

    static final double DECAY = -W[20];
    static final double FACTOR = Math.pow(0.9, 1 / DECAY) - 1;
    static final double MIN_STABILITY = 0.001;
    static final double MIN_DIFFICULTY = 1;
    static final double MAX_DIFFICULTY = 10;
    private static final long DAY_SECONDS = 86_400;

    private Scheduler() {
    }

    /** The card after the learner answered it with {@code grade} at {@code now}; {@code seed} picks the fuzz. */
    public static Card review(Card card, Grade grade, Instant now, long seed) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(now, "now");
        if (card.stage() == Stage.NEW) {
            return schedule(Stage.NEW, initialStability(grade), clampDifficulty(initialDifficulty(grade.rating())),
                    grade, now, card.reps(), card.lapses(), seed);
        }
        if (grade.passed() && !card.isDue(now)) {
            return card;
        }
        double s = Math.max(MIN_STABILITY, card.stability());
        double d = clampDifficulty(card.difficulty());
        long days = elapsedDays(card, now);
        double stability = days < 1 ? shortTermStability(s, grade)
                : grade.passed() ? recallStability(d, s, retrievability(days, s), grade)
                : forgetStability(d, s, retrievability(days, s));
        int lapses = card.stage() == Stage.REVIEW && !grade.passed() ? plusOne(card.lapses()) : card.lapses();
        return schedule(card.stage(), Math.max(MIN_STABILITY, stability), nextDifficulty(d, grade), grade, now,
                card.reps(), lapses, seed);
    }

    /** Where the card goes from {@code from} with its new memory state. */
    private static Card schedule(Stage from, double stability, double difficulty, Grade grade, Instant now,
            int reps, int lapses, long seed) {
        int count = plusOne(reps);
        if (grade == Grade.AGAIN) {
            return new Card(Stage.RELEARNING, stability, difficulty, now.plus(RELEARNING_STEP), now, count, lapses);
        }
        if (from == Stage.RELEARNING && grade == Grade.HARD) {
            Duration step = RELEARNING_STEP.multipliedBy(3).dividedBy(2);
            return new Card(Stage.RELEARNING, stability, difficulty, now.plus(step), now, count, lapses);
        }
        int days = fuzzed(interval(stability), seed);
        return new Card(Stage.REVIEW, stability, difficulty, now.plus(Duration.ofDays(days)), now, count, lapses);
    }

    /** The predicted probability that the learner recalls the card at {@code now}; 0 for a card never answered. */
    public static double retrievability(Card card, Instant now) {
        if (card.stage() == Stage.NEW || card.last() == null) {
            return 0;
        }
        return retrievability(elapsedDays(card, now), Math.max(MIN_STABILITY, card.stability()));
    }

    /**
     * True when {@link #retrievability(Card, Instant)} says something about the learner: a
     * whole day or more has passed since the last answer. FSRS counts whole days, so within
     * a day of any answer, a miss included, it predicts full recall.
     */
    public static boolean predicts(Card card, Instant now) {
        return card.stage() != Stage.NEW && card.last() != null && elapsedDays(card, now) >= 1;
    }

    static double retrievability(long days, double stability) {
        return Math.pow(1 + FACTOR * days / stability, DECAY);
    }

    /** Whole days since the last answer, as py-fsrs counts them (24-hour days, rounded down). */
    private static long elapsedDays(Card card, Instant now) {
        if (card.last() == null) {
            return Long.MAX_VALUE / 2;
        }
        return Math.max(0, Duration.between(card.last(), now).getSeconds() / DAY_SECONDS);
    }

    static double initialStability(Grade grade) {
        return Math.max(MIN_STABILITY, W[grade.rating() - 1]);
    }

    static double initialDifficulty(int rating) {
        return W[4] - Math.exp(W[5] * (rating - 1)) + 1;
    }

    static double nextDifficulty(double d, Grade grade) {
        double delta = -W[6] * (grade.rating() - 3);
        double damped = d + (10 - d) * delta / 9;
        return clampDifficulty(W[7] * initialDifficulty(4) + (1 - W[7]) * damped);
    }

    static double shortTermStability(double s, Grade grade) {
        double increase = Math.exp(W[17] * (grade.rating() - 3 + W[18])) * Math.pow(s, -W[19]);
        if (grade.rating() >= 3) {
            increase = Math.max(1, increase);
        }
        return s * increase;
    }

    static double recallStability(double d, double s, double r, Grade grade) {
        double hardPenalty = grade == Grade.HARD ? W[15] : 1;
        return s * (1 + Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9]) * (Math.exp((1 - r) * W[10]) - 1)
                * hardPenalty);
    }

    static double forgetStability(double d, double s, double r) {
        double longTerm = W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1) * Math.exp((1 - r) * W[14]);
        double shortTerm = s / Math.exp(W[17] * W[18]);
        return Math.min(longTerm, shortTerm);
    }

    /** The whole days until recall is predicted to fall to {@link #DESIRED_RETENTION}. */
    static int interval(double stability) {
        double days = stability / FACTOR * (Math.pow(DESIRED_RETENTION, 1 / DECAY) - 1);
        return (int) Math.max(1, Math.min(MAX_INTERVAL_DAYS, Math.rint(days)));
    }

    /** py-fsrs's fuzz: intervals under 2.5 days are kept; others move within a range picked by {@code seed}. */
    static int fuzzed(int days, long seed) {
        if (days < 2.5) {
            return days;
        }
        int[] range = fuzzRange(days);
        // Each whole day of the range equally likely (py-fsrs rounds a uniform draw over one day
        // more than the range, which can land one day past its top).
        return range[0] + new SplittableRandom(seed).nextInt(range[1] - range[0] + 1);
    }

    /** The lowest and highest interval fuzz may give {@code days}. */
    static int[] fuzzRange(int days) {
        double delta = 1.0 + 0.15 * Math.max(Math.min(days, 7.0) - 2.5, 0)
                + 0.10 * Math.max(Math.min(days, 20.0) - 7.0, 0)
                + 0.05 * Math.max(days - 20.0, 0);
        int min = (int) Math.max(2, Math.rint(days - delta));
        int max = (int) Math.min(Math.rint(days + delta), MAX_INTERVAL_DAYS);
        return new int[] {Math.min(min, max), max};
    }

    /**
     * An SM-2 card of an earlier Almanac, carried over without losing its due date: fsrs-rs's
     * {@code memory_state_from_sm2} with SM-2's retention taken as 0.9, so the stability is the
     * current interval, and the difficulty the one whose stability increase at 90% recall equals
     * the ease: {@code D = 11 - (ease - 1) / (e^w8 * S^-w9 * (e^(0.1 * w10) - 1))}, within 1 to 10.
     * A card SM-2 had just seen missed (interval 0, due at once) is in relearning with the
     * stability of a first miss.
     */
    public static Card fromSm2(double ease, int intervalDays, Instant due, Instant last, int reps, int lapses) {
        if (intervalDays <= 0) {
            double d = clampDifficulty(initialDifficulty(Grade.AGAIN.rating()));
            return new Card(Stage.RELEARNING, initialStability(Grade.AGAIN), d, due, last, reps, lapses);
        }
        double s = Math.max(MIN_STABILITY, Math.min(MAX_INTERVAL_DAYS, intervalDays));
        double d = 11 - (ease - 1) / (Math.exp(W[8]) * Math.pow(s, -W[9]) * Math.expm1((1 - 0.9) * W[10]));
        return new Card(Stage.REVIEW, s, clampDifficulty(d), due, last, reps, lapses);
    }

    /** The fuzz seed for one answer to one card: the same card and answer count always fuzz alike. */
    public static long seed(String key, int reps) {
        return key.hashCode() * 0x9E3779B97F4A7C15L + reps;
    }

    private static double clampDifficulty(double d) {
        return Math.max(MIN_DIFFICULTY, Math.min(MAX_DIFFICULTY, d));
    }

    private static int plusOne(int count) {
        return count == Integer.MAX_VALUE ? count : count + 1;
    }
}
