package almanac.review;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FSRS-6 against values worked out by hand from the published formulas and py-fsrs's default
 * parameters (the arithmetic is in each test's comment), at a fixed clock.
 */
class SchedulerTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:12:03Z");
    private static final double EPS = 1e-9;
    private static final long SEED = 42;

    private static Instant days(long days) {
        return T0.plus(Duration.ofDays(days));
    }

    static Stream<Arguments> firstAnswers() {
        // S0 = w[G-1]; D0 = w4 - e^(w5 (G-1)) + 1 = 6.4133 - e^(0.8334 (G-1)) + 1.
        return Stream.of(
                Arguments.of(Grade.GOOD, 2.3065, 2.118103970459016, days(2)),
                Arguments.of(Grade.HARD, 1.2931, 5.112170705601056, days(1)),
                Arguments.of(Grade.AGAIN, 0.212, 6.4133, T0.plus(Duration.ofMinutes(10))));
    }

    @ParameterizedTest(name = "first answer {0}: S = {1}, D = {2}, due {3}")
    @MethodSource("firstAnswers")
    void firstAnswer_takesTheInitialStabilityAndDifficulty(Grade grade, double stability, double difficulty, Instant due) {
        Card actual = Scheduler.review(Card.NEW, grade, T0, SEED);

        assertAll(
                () -> assertEquals(stability, actual.stability(), EPS),
                () -> assertEquals(difficulty, actual.difficulty(), EPS),
                () -> assertEquals(due, actual.due()),
                () -> assertEquals(T0, actual.last()),
                () -> assertEquals(1, actual.reps()),
                () -> assertEquals(0, actual.lapses(), "a first miss is not a lapse: nothing was learned yet"),
                () -> assertEquals(grade == Grade.AGAIN ? Stage.RELEARNING : Stage.REVIEW, actual.stage()));
    }

    @Test
    void goodThenGoodThreeDaysLater_growsStabilityToAboutFourteenDays() {
        // R(3, 2.3065) = (1 + F * 3 / 2.3065)^-0.1542 = 0.880948, F = 0.9^(-1/0.1542) - 1 = 0.980346.
        // S' = S (1 + e^1.8722 (11 - 2.118104) S^-0.1666 (e^(0.796 (1 - R)) - 1)) = 13.826904.
        // D' = 0.001 D0(4) + 0.999 (D + 0) = 2.111214; the interval is round(S') = 14 days.
        Card first = Scheduler.review(Card.NEW, Grade.GOOD, T0, SEED);

        Card second = Scheduler.review(first, Grade.GOOD, days(3), SEED);

        assertAll(
                () -> assertEquals(0.8809479557659419, Scheduler.retrievability(first, days(3)), EPS),
                () -> assertEquals(13.826903694354568, second.stability(), 1e-9),
                () -> assertEquals(2.111214235785395, second.difficulty(), 1e-9),
                () -> assertEquals(14, Scheduler.interval(second.stability())),
                () -> assertEquals(2, second.reps()));
        long interval = Duration.between(days(3), second.due()).toDays();
        assertTrue(interval >= 12 && interval <= 16, "14 days fuzzed by at most 2.375: " + interval);
    }

    @Test
    void hardThreeDaysLater_growsLessAndRaisesDifficulty() {
        // The same as Good, times the hard penalty w15 = 0.6014 inside: S' = 9.234871, and
        // D' = 0.001 D0(4) + 0.999 (D + (10 - D) 3.0194 / 9) = 4.752858; interval 9 days.
        Card first = Scheduler.review(Card.NEW, Grade.GOOD, T0, SEED);

        Card second = Scheduler.review(first, Grade.HARD, days(3), SEED);

        assertAll(
                () -> assertEquals(9.234870781784839, second.stability(), 1e-9),
                () -> assertEquals(4.752858488532557, second.difficulty(), 1e-9),
                () -> assertEquals(9, Scheduler.interval(second.stability())));
    }

    @Test
    void missWhenDue_isALapse_andComesBackInTenMinutes() {
        // R(2, 2.3065) = 0.909493. S' = min(w11 D^-w12 ((S+1)^w13 - 1) e^(w14 (1-R)), S / e^(w17 w18))
        // = min(0.607580, 2.2025) = 0.607580; D' = 0.001 D0(4) + 0.999 (D + (10 - D) 6.0388 / 9) = 7.394503.
        Card first = Scheduler.review(Card.NEW, Grade.GOOD, T0, SEED);

        Card missed = Scheduler.review(first, Grade.AGAIN, days(2), SEED);

        assertAll(
                () -> assertEquals(0.6075801062519337, missed.stability(), 1e-9),
                () -> assertEquals(7.394502741279718, missed.difficulty(), 1e-9),
                () -> assertEquals(Stage.RELEARNING, missed.stage()),
                () -> assertEquals(days(2).plus(Duration.ofMinutes(10)), missed.due()),
                () -> assertEquals(1, missed.lapses()));
    }

    @Test
    void rightAfterRelearning_theSameDay_usesShortTermStability_andGoesBackToReview() {
        // Same day: S' = S e^(w17 (G - 3 + w18)) S^-w19 = 0.607580 * e^(0.5425 * 0.0912) * 0.607580^-0.0658
        // = 0.659674 (at least S for Good); interval round(0.66) raised to 1 day.
        Card missed = Scheduler.review(Scheduler.review(Card.NEW, Grade.GOOD, T0, SEED), Grade.AGAIN, days(2), SEED);
        Instant later = missed.due();

        Card relearned = Scheduler.review(missed, Grade.GOOD, later, SEED);

        assertAll(
                () -> assertEquals(0.6596743320386499, relearned.stability(), 1e-9),
                () -> assertEquals(7.382336607835277, relearned.difficulty(), 1e-9),
                () -> assertEquals(Stage.REVIEW, relearned.stage()),
                () -> assertEquals(later.plus(Duration.ofDays(1)), relearned.due()),
                () -> assertEquals(1, relearned.lapses()));
    }

    @Test
    void hardInRelearning_repeatsTheStepAtOneAndAHalfTimes() {
        Card missed = Scheduler.review(Card.NEW, Grade.AGAIN, T0, SEED);
        Instant later = missed.due();

        Card actual = Scheduler.review(missed, Grade.HARD, later, SEED);

        assertEquals(Stage.RELEARNING, actual.stage());
        assertEquals(later.plus(Duration.ofMinutes(15)), actual.due());
    }

    @Test
    void passBeforeTheCardIsDue_leavesItAsItIs() {
        Card first = Scheduler.review(Card.NEW, Grade.GOOD, T0, SEED);

        Card actual = Scheduler.review(first, Grade.GOOD, T0.plus(Duration.ofMinutes(5)), SEED);

        assertSame(first, actual, "re-reading a step does not push its questions out");
    }

    @Test
    void missBeforeTheCardIsDue_stillCounts() {
        Card first = Scheduler.review(Card.NEW, Grade.GOOD, T0, SEED);

        Card actual = Scheduler.review(first, Grade.AGAIN, T0.plus(Duration.ofHours(1)), SEED);

        assertEquals(Stage.RELEARNING, actual.stage());
        assertEquals(1, actual.lapses());
    }

    @Test
    void hugeStability_isCappedAtTheMaximumInterval() {
        Card old = new Card(Stage.REVIEW, 200_000, 1, days(0), days(-200_000), 30, 0);

        Card actual = Scheduler.review(old, Grade.GOOD, days(0), SEED);

        assertEquals(Scheduler.MAX_INTERVAL_DAYS, Scheduler.interval(actual.stability()));
        assertTrue(Duration.between(days(0), actual.due()).toDays() <= Scheduler.MAX_INTERVAL_DAYS,
                actual.due().toString());
    }

    @ParameterizedTest(name = "{0} days fuzz to {1}..{2}")
    @CsvSource({
        // delta = 1 + 0.15 * (min(I, 7) - 2.5) + 0.10 * (min(I, 20) - 7) + 0.05 * (I - 20), each part >= 0
        "3, 2, 4",
        "10, 8, 12",
        "100, 93, 107",
        "36500, 34673, 36500",
    })
    void fuzz_staysInPyFsrsRange_andReachesBothEnds(int days, int min, int max) {
        Set<Integer> seen = new TreeSet<>();

        for (long seed = 0; seed < 2000; seed++) {
            seen.add(Scheduler.fuzzed(days, seed));
        }

        TreeSet<Integer> sorted = new TreeSet<>(seen);
        assertEquals(List.of(min, max), List.of(Scheduler.fuzzRange(days)[0], Scheduler.fuzzRange(days)[1]));
        assertTrue(sorted.first() >= min && sorted.last() <= max, sorted.first() + ".." + sorted.last());
        if (max - min < 50) {
            assertEquals(min, sorted.first(), "2,000 seeds reach the lowest");
            assertEquals(max, sorted.last(), "and the highest");
        }
    }

    @ParameterizedTest(name = "{0} days are not fuzzed")
    @CsvSource({"1", "2"})
    void intervalsUnderTwoAndAHalfDays_areNotFuzzed(int days) {
        for (long seed = 0; seed < 200; seed++) {
            assertEquals(days, Scheduler.fuzzed(days, seed));
        }
    }

    @Test
    void fuzz_isTheSameForTheSameSeed() {
        assertEquals(Scheduler.fuzzed(100, SEED), Scheduler.fuzzed(100, SEED));
    }

    @Test
    void desiredRetention_isMetAtTheInterval() {
        // With r = 0.9 the interval is the stability itself: R(S, S) = 0.9 by the choice of F.
        assertEquals(0.9, Scheduler.retrievability(10, 10.0), 1e-12);
    }

    @ParameterizedTest(name = "SM-2 ease {0}, interval {1} -> S {1}, D {2}")
    @CsvSource({
        // D = 11 - (ease - 1) / (e^w8 * S^-w9 * (e^(0.1 w10) - 1)), within 1..10 (fsrs-rs memory_state_from_sm2)
        "2.5, 6, 7.247398138657191",
        "1.3, 6, 10.0",
        "2.8, 38, 4.875569867465291",
    })
    void sm2Card_carriesOverWithItsIntervalAsStability(double ease, int interval, double difficulty) {
        Card actual = Scheduler.fromSm2(ease, interval, days(interval), T0, 3, 0);

        assertAll(
                () -> assertEquals(interval, actual.stability(), EPS),
                () -> assertEquals(difficulty, actual.difficulty(), 1e-9),
                () -> assertEquals(days(interval), actual.due()),
                () -> assertEquals(Stage.REVIEW, actual.stage()));
    }
}
