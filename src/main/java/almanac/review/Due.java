package almanac.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What is due for review at one moment: the questions to ask now, the longest-waiting first,
 * and when the next of the others falls due.
 *
 * @param keys the keys of the cards due at that moment (due time at or before it), by due time
 *             and then by key, so the order is the same on every run
 * @param next the earliest due time among the cards not yet due; empty when there are none
 */
public record Due(List<String> keys, Optional<Instant> next) {

    public Due {
        keys = List.copyOf(keys);
        Objects.requireNonNull(next, "next");
    }

    /** What is due at {@code now} among {@code cards} (keyed by {@code step/question}); null cards are skipped. */
    public static Due at(Map<String, Card> cards, Instant now) {
        Objects.requireNonNull(now, "now");
        List<Map.Entry<String, Card>> due = new ArrayList<>();
        Instant next = null;
        for (Map.Entry<String, Card> e : cards.entrySet()) {
            Card card = e.getValue();
            if (e.getKey() == null || card == null) {
                continue;
            }
            if (card.isDue(now)) {
                due.add(e);
            } else if (next == null || card.due().isBefore(next)) {
                next = card.due();
            }
        }
        due.sort(Comparator.comparing((Map.Entry<String, Card> e) -> e.getValue().due())
                .thenComparing(Map.Entry::getKey));
        List<String> keys = new ArrayList<>();
        due.forEach(e -> keys.add(e.getKey()));
        return new Due(keys, Optional.ofNullable(next));
    }

    /** True when nothing is due now. */
    public boolean isEmpty() {
        return keys.isEmpty();
    }
}
