package almanac.review;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    private static Card dueAt(Instant due) {
        return new Card(Stage.REVIEW, 1, 5, due, due.minus(Duration.ofDays(1)), 1, 0);
    }

    @Test
    void mixedCards_dueKeysComeOldestFirstAndNextIsTheEarliestOfTheRest() {
        Map<String, Card> cards = new LinkedHashMap<>();
        cards.put("aws/egress", dueAt(NOW.plus(Duration.ofDays(3))));
        cards.put("nvidia/margin", dueAt(NOW.minus(Duration.ofHours(1))));
        cards.put("hugging-face/hub", dueAt(NOW.plus(Duration.ofHours(2))));
        cards.put("nvidia/cost-floor", dueAt(NOW.minus(Duration.ofDays(2))));
        cards.put("aws/spot", Card.NEW);
        cards.put("aws/reserved", dueAt(NOW));
        List<String> expectedKeys = List.of("aws/spot", "nvidia/cost-floor", "nvidia/margin", "aws/reserved");
        Optional<Instant> expectedNext = Optional.of(NOW.plus(Duration.ofHours(2)));

        Due actual = Due.at(cards, NOW);

        assertAll(
                () -> assertEquals(expectedKeys, actual.keys()),
                () -> assertEquals(expectedNext, actual.next()));
    }

    @Test
    void cardsDueAtTheSameTime_areOrderedByKey() {
        Map<String, Card> cards = new LinkedHashMap<>();
        cards.put("b/two", dueAt(NOW));
        cards.put("a/one", dueAt(NOW));
        cards.put("b/one", dueAt(NOW));

        Due actual = Due.at(cards, NOW);

        assertEquals(List.of("a/one", "b/one", "b/two"), actual.keys());
    }

    @Test
    void everythingDue_hasNoNextTime() {
        Map<String, Card> cards = Map.of("nvidia/cost-floor", dueAt(NOW.minusSeconds(1)));

        Due actual = Due.at(cards, NOW);

        assertAll(
                () -> assertEquals(List.of("nvidia/cost-floor"), actual.keys()),
                () -> assertEquals(Optional.empty(), actual.next()));
    }

    @Test
    void nothingDue_hasNoKeysAndTheNextTime() {
        Map<String, Card> cards = Map.of(
                "nvidia/cost-floor", dueAt(NOW.plusSeconds(1)),
                "aws/egress", dueAt(NOW.plus(Duration.ofDays(6))));

        Due actual = Due.at(cards, NOW);

        assertAll(
                () -> assertTrue(actual.isEmpty()),
                () -> assertEquals(Optional.of(NOW.plusSeconds(1)), actual.next()));
    }

    @Test
    void noCards_nothingDueAndNoNextTime() {
        Due actual = Due.at(Map.of(), NOW);

        assertAll(
                () -> assertTrue(actual.isEmpty()),
                () -> assertEquals(Optional.empty(), actual.next()));
    }

    @Test
    void missedThenAnsweredRightTenMinutesLater_leavesTheDueListUntilTomorrow() {
        Card missed = Scheduler.review(Card.NEW, Grade.AGAIN, NOW, 1);
        Instant relearn = NOW.plus(Scheduler.RELEARNING_STEP);
        Card fixed = Scheduler.review(missed, Grade.GOOD, relearn, 1);

        Due justMissed = Due.at(Map.of("nvidia/cost-floor", missed), NOW);
        Due before = Due.at(Map.of("nvidia/cost-floor", missed), relearn);
        Due after = Due.at(Map.of("nvidia/cost-floor", fixed), relearn);

        assertAll(
                () -> assertEquals(List.of(), justMissed.keys()),
                () -> assertEquals(Optional.of(relearn), justMissed.next(), "back in ten minutes"),
                () -> assertEquals(List.of("nvidia/cost-floor"), before.keys()),
                () -> assertEquals(List.of(), after.keys()),
                () -> assertEquals(Optional.of(relearn.plus(Duration.ofDays(1))), after.next()));
    }
}
