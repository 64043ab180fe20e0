package almanac.review;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import almanac.progress.PathProgress;
import almanac.progress.ProgressStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CardStateTest {

    private static final Instant T0 = Instant.parse("2026-11-27T09:12:03Z");
    private static final Instant DUE = Instant.parse("2026-12-03T09:12:03Z");

    /** A card with every field set to something other than its default. */
    private static final Card LEARNED = new Card(Stage.REVIEW, 13.8269, 2.1112, DUE, T0, 2, 1);

    @TempDir
    Path tmp;

    @Test
    void learnedCard_roundTripsThroughTheMap() {
        Card expected = LEARNED;

        Card actual = CardState.fromMap(CardState.toMap(expected));

        assertEquals(expected, actual);
    }

    @Test
    void newCard_roundTripsWithoutALastReview() {
        Map<String, Object> map = CardState.toMap(Card.NEW);

        Card actual = CardState.fromMap(map);

        assertAll(
                () -> assertEquals(Card.NEW, actual),
                () -> assertEquals(Set.of("due", "stability", "difficulty", "reps", "lapses", "state"), map.keySet()));
    }

    @Test
    void card_isStoredAsTheDotfilesScalars() {
        Map<String, Object> actual = CardState.toMap(LEARNED);

        assertAll(
                () -> assertEquals(List.of("due", "last", "stability", "difficulty", "reps", "lapses", "state"),
                        List.copyOf(actual.keySet())),
                () -> assertEquals(DUE, assertInstanceOf(Instant.class, actual.get("due"))),
                () -> assertEquals(T0, assertInstanceOf(Instant.class, actual.get("last"))),
                () -> assertEquals(13.8269, assertInstanceOf(Double.class, actual.get("stability"))),
                () -> assertEquals(2.1112, assertInstanceOf(Double.class, actual.get("difficulty"))),
                () -> assertEquals(2, assertInstanceOf(Integer.class, actual.get("reps"))),
                () -> assertEquals(1, assertInstanceOf(Integer.class, actual.get("lapses"))),
                () -> assertEquals("review", actual.get("state")));
    }

    @Test
    void stabilityAndDifficulty_areWrittenToFourDecimals() {
        Card precise = new Card(Stage.REVIEW, 13.826903694354568, 2.111214235785395, DUE, T0, 2, 0);

        Map<String, Object> actual = CardState.toMap(precise);

        assertEquals(13.8269, actual.get("stability"));
        assertEquals(2.1112, actual.get("difficulty"));
    }

    @Test
    void cardSavedByTheStore_readsBackTheSame() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        Card expected = CardState.fromMap(CardState.toMap(
                Scheduler.review(Scheduler.review(Card.NEW, Grade.AGAIN, T0, 1), Grade.HARD, T0.plusSeconds(600), 1)));
        new ProgressStore(tmp, clock).update(p -> p.with("tea",
                r -> r.withReview("water/temp", CardState.toMap(expected))));

        PathProgress saved = new ProgressStore(tmp, clock).load().path("tea");
        Card actual = CardState.fromMaps(saved.review()).get("water/temp");

        assertEquals(expected, actual);
        assertEquals(Stage.RELEARNING, actual.stage());
    }

    @Test
    void sm2Card_isCarriedOverKeepingItsDueDate() {
        // As an earlier Almanac wrote it: SM-2's interval and ease, no stability.
        Map<String, Object> sm2 = Map.of("due", DUE, "interval", 6, "ease", 2.5, "reps", 2, "lapses", 0, "last", T0);

        Card actual = CardState.fromMap(sm2);

        assertAll(
                () -> assertEquals(DUE, actual.due()),
                () -> assertEquals(T0, actual.last()),
                () -> assertEquals(Stage.REVIEW, actual.stage()),
                () -> assertEquals(6.0, actual.stability(), 1e-9, "stability from the interval"),
                () -> assertEquals(7.247398138657191, actual.difficulty(), 1e-9, "difficulty from the ease"),
                () -> assertEquals(2, actual.reps()));
    }

    @Test
    void sm2CardJustMissed_isInRelearning_andStillDueAtOnce() {
        Map<String, Object> sm2 = Map.of("due", T0, "interval", 0, "ease", 1.96, "reps", 0, "lapses", 1, "last", T0);

        Card actual = CardState.fromMap(sm2);

        assertEquals(Stage.RELEARNING, actual.stage());
        assertEquals(T0, actual.due());
        assertEquals(1, actual.lapses());
    }

    @Test
    void storedCards_areReadInTheirOrder() {
        Map<String, Map<String, Object>> review = new LinkedHashMap<>();
        review.put("b/two", CardState.toMap(LEARNED));
        review.put("a/one", Map.of());
        Map<String, Card> expected = new LinkedHashMap<>();
        expected.put("b/two", LEARNED);
        expected.put("a/one", Card.NEW);

        Map<String, Card> actual = CardState.fromMaps(review);

        assertAll(
                () -> assertEquals(expected, actual),
                () -> assertEquals(List.of("b/two", "a/one"), List.copyOf(actual.keySet())));
    }

    private static Card with(Stage stage, double s, double d, Instant due, Instant last, int reps, int lapses) {
        return new Card(stage, s, d, due, last, reps, lapses);
    }

    static Stream<Arguments> oneFieldReplaced() {
        Card n = LEARNED;
        return Stream.of(
                Arguments.of("reps", null, with(n.stage(), n.stability(), n.difficulty(), n.due(), n.last(), 0, n.lapses())),
                Arguments.of("reps", "two", with(n.stage(), n.stability(), n.difficulty(), n.due(), n.last(), 0, n.lapses())),
                Arguments.of("reps", -3, with(n.stage(), n.stability(), n.difficulty(), n.due(), n.last(), 0, n.lapses())),
                Arguments.of("reps", 4L, with(n.stage(), n.stability(), n.difficulty(), n.due(), n.last(), 4, n.lapses())),
                Arguments.of("reps", 3.7, with(n.stage(), n.stability(), n.difficulty(), n.due(), n.last(), 3, n.lapses())),
                Arguments.of("reps", 1e30, with(n.stage(), n.stability(), n.difficulty(), n.due(), n.last(), Integer.MAX_VALUE, n.lapses())),
                Arguments.of("stability", "firm", with(Stage.REVIEW, Scheduler.MIN_STABILITY, n.difficulty(), n.due(), n.last(), n.reps(), n.lapses())),
                Arguments.of("stability", Double.NaN, with(Stage.REVIEW, Scheduler.MIN_STABILITY, n.difficulty(), n.due(), n.last(), n.reps(), n.lapses())),
                Arguments.of("stability", -4, with(Stage.REVIEW, Scheduler.MIN_STABILITY, n.difficulty(), n.due(), n.last(), n.reps(), n.lapses())),
                Arguments.of("stability", 1e300, with(Stage.REVIEW, Scheduler.MAX_INTERVAL_DAYS * 10.0, n.difficulty(), n.due(), n.last(), n.reps(), n.lapses())),
                Arguments.of("difficulty", 99, with(n.stage(), n.stability(), 10, n.due(), n.last(), n.reps(), n.lapses())),
                Arguments.of("difficulty", Double.POSITIVE_INFINITY, with(n.stage(), n.stability(), 1, n.due(), n.last(), n.reps(), n.lapses())),
                Arguments.of("state", "dreaming", n),
                Arguments.of("state", "relearning", with(Stage.RELEARNING, n.stability(), n.difficulty(), n.due(), n.last(), n.reps(), n.lapses())),
                Arguments.of("due", "tomorrow", with(n.stage(), n.stability(), n.difficulty(), Instant.EPOCH, n.last(), n.reps(), n.lapses())),
                Arguments.of("due", 42, with(n.stage(), n.stability(), n.difficulty(), Instant.EPOCH, n.last(), n.reps(), n.lapses())),
                Arguments.of("due", "2026-12-03T09:12:03Z", n),
                Arguments.of("due", Date.from(DUE), n),
                Arguments.of("lapses", false, with(n.stage(), n.stability(), n.difficulty(), n.due(), n.last(), n.reps(), 0)),
                Arguments.of("last", "yesterday", with(n.stage(), n.stability(), n.difficulty(), n.due(), null, n.reps(), n.lapses())),
                Arguments.of("last", Map.of("at", T0), with(n.stage(), n.stability(), n.difficulty(), n.due(), null, n.reps(), n.lapses())));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("oneFieldReplaced")
    void oddField_fallsBackOrIsPulledIntoRange(String key, Object stored, Card expected) {
        Map<String, Object> map = new HashMap<>(CardState.toMap(LEARNED));
        map.put(key, stored);

        Card actual = CardState.fromMap(map);

        assertEquals(expected, actual);
    }

    @Test
    void garbageMap_isANewCard() {
        Map<String, Object> garbage = new HashMap<>();
        garbage.put("due", List.of());
        garbage.put("stability", "");
        garbage.put("reps", Map.of());
        garbage.put("colour", "blue");
        garbage.put(null, 7);

        Card actual = CardState.fromMap(garbage);

        assertEquals(Card.NEW, actual);
    }

    @Test
    void noMap_isANewCard() {
        Card actual = CardState.fromMap(null);

        assertEquals(Card.NEW, actual);
    }
}
