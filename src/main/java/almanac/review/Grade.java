package almanac.review;

/**
 * How well the learner answered, as one of FSRS's ratings (1 Again, 2 Hard, 3 Good, 4 Easy).
 *
 * <p>Almanac only knows whether an answer was right and whether the learner asked for the
 * question's hint first, so it uses three of the four:
 * <ul>
 *   <li>{@link #AGAIN}: wrong. The right answer is shown straight after, and the card comes
 *       back after a short relearning step the same day.</li>
 *   <li>{@link #HARD}: right, but only after the hint.</li>
 *   <li>{@link #GOOD}: right without help. Almanac cannot tell an effortless answer (Easy) from
 *       a hesitant one, and Good is the rating FSRS's parameters take as the ordinary pass.</li>
 * </ul>
 */
public enum Grade {
    AGAIN(1),
    HARD(2),
    GOOD(3);

    private final int rating;

    Grade(int rating) {
        this.rating = rating;
    }

    /** The grade for an answer: wrong, right after the hint, or right. */
    public static Grade of(boolean right, boolean hinted) {
        if (!right) {
            return AGAIN;
        }
        return hinted ? HARD : GOOD;
    }

    /** FSRS's rating {@code G}, from 1 (Again) to 4 (Easy). */
    public int rating() {
        return rating;
    }

    /** True for a pass (Hard or better); false for a lapse. */
    public boolean passed() {
        return this != AGAIN;
    }
}
