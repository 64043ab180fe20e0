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
    private static final Card LEARNED = new Card(2, 1.96, 6, DUE, 1, T0);

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
                () -> assertEquals(Set.of("due", "interval", "ease", "reps", "lapses"), map.keySet()));
    }

    @Test
    void card_isStoredAsTheDotfilesScalars() {
        Map<String, Object> actual = CardState.toMap(LEARNED);

        assertAll(
                () -> assertEquals(List.of("due", "interval", "ease", "reps", "lapses", "last"),
                        List.copyOf(actual.keySet())),
                () -> assertEquals(DUE, assertInstanceOf(Instant.class, actual.get("due"))),
                () -> assertEquals(6, assertInstanceOf(Integer.class, actual.get("interval"))),
                () -> assertEquals(1.96, assertInstanceOf(Double.class, actual.get("ease"))),
                () -> assertEquals(2, assertInstanceOf(Integer.class, actual.get("reps"))),
                () -> assertEquals(1, assertInstanceOf(Integer.class, actual.get("lapses"))),
                () -> assertEquals(T0, assertInstanceOf(Instant.class, actual.get("last"))));
    }

    @Test
    void cardSavedByTheStore_readsBackTheSame() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        Card expected = Scheduler.review(Scheduler.review(Card.NEW, Grade.WRONG, T0), Grade.HINTED, T0);
        new ProgressStore(tmp, clock).update(p -> p.with("tea",
                r -> r.withReview("water/temp", CardState.toMap(expected))));

        PathProgress saved = new ProgressStore(tmp, clock).load().path("tea");
        Card actual = CardState.fromMaps(saved.review()).get("water/temp");

        assertEquals(expected, actual);
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

    static Stream<Arguments> oneFieldReplaced() {
        Card n = LEARNED;
        return Stream.of(
                Arguments.of("reps", null, new Card(0, n.ease(), n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("reps", "two", new Card(0, n.ease(), n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("reps", -3, new Card(0, n.ease(), n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("reps", 4L, new Card(4, n.ease(), n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("reps", 3.7, new Card(3, n.ease(), n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("reps", 1e30, new Card(Integer.MAX_VALUE, n.ease(), n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("ease", "easy", new Card(n.repetitions(), 2.5, n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("ease", Double.NaN, new Card(n.repetitions(), 2.5, n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("ease", Double.POSITIVE_INFINITY, new Card(n.repetitions(), 2.5, n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("ease", 0.4, new Card(n.repetitions(), 1.3, n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("ease", 3, new Card(n.repetitions(), 3.0, n.interval(), n.due(), n.lapses(), n.last())),
                Arguments.of("interval", -6, new Card(n.repetitions(), n.ease(), 0, n.due(), n.lapses(), n.last())),
                Arguments.of("interval", Long.MAX_VALUE, new Card(n.repetitions(), n.ease(), Scheduler.MAX_INTERVAL_DAYS, n.due(), n.lapses(), n.last())),
                Arguments.of("interval", List.of(6), new Card(n.repetitions(), n.ease(), 0, n.due(), n.lapses(), n.last())),
                Arguments.of("due", "tomorrow", new Card(n.repetitions(), n.ease(), n.interval(), Instant.EPOCH, n.lapses(), n.last())),
                Arguments.of("due", 42, new Card(n.repetitions(), n.ease(), n.interval(), Instant.EPOCH, n.lapses(), n.last())),
                Arguments.of("due", "2026-12-03T09:12:03Z", n),
                Arguments.of("due", Date.from(DUE), n),
                Arguments.of("lapses", false, new Card(n.repetitions(), n.ease(), n.interval(), n.due(), 0, n.last())),
                Arguments.of("last", "yesterday", new Card(n.repetitions(), n.ease(), n.interval(), n.due(), n.lapses(), null)),
                Arguments.of("last", Map.of("at", T0), new Card(n.repetitions(), n.ease(), n.interval(), n.due(), n.lapses(), null)));
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
        garbage.put("ease", "");
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
