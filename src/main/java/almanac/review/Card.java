package almanac.review;

import java.time.Instant;
import java.util.Objects;

/**
 * The scheduler's state for one question: FSRS's memory state (stability and difficulty), when
 * it was last answered and when it is due again.
 *
 * @param stage      where the card is in its life cycle
 * @param stability  FSRS's S: days until the predicted recall falls to 90%; 0 for a new card
 * @param difficulty FSRS's D, from 1 (easy) to 10 (hard); 0 for a new card
 * @param due        when the question should be asked again; {@link Instant#EPOCH} for a new
 *                   card, so a card never answered is always due
 * @param last       when it was last answered; null for a new card
 * @param reps       answers that counted for the schedule
 * @param lapses     times a remembered card (one in {@link Stage#REVIEW}) was forgotten
 */
public record Card(Stage stage, double stability, double difficulty, Instant due, Instant last, int reps, int lapses) {

    /** A question never answered: due at once. */
    public static final Card NEW = new Card(Stage.NEW, 0, 0, Instant.EPOCH, null, 0, 0);

    public Card {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(due, "due");
        if (reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("counts cannot be negative: reps " + reps + ", lapses " + lapses);
        }
        if (!Double.isFinite(stability) || !Double.isFinite(difficulty) || stability < 0 || difficulty < 0) {
            throw new IllegalArgumentException("stability and difficulty must be finite and not negative: "
                    + stability + ", " + difficulty);
        }
    }

    /** True when the question should be asked at {@code now} (its due time has come). */
    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }
}
