package almanac.review;

/**
 * How well the learner answered, as one of SM-2's response qualities {@code q} (0 to 5).
 *
 * <p>SM-2 asks the learner to grade themselves on six levels. Almanac only knows whether an
 * answer was right and whether the learner asked for the question's hint first, so it uses
 * three of them, taking Wozniak's own wording for each:
 * <ul>
 *   <li>{@link #WRONG} is q=1, "incorrect response; the correct one remembered": Almanac shows
 *       the right answer straight after a miss. Any q below 3 is a lapse; the choice of 1 over
 *       0 or 2 only sets how far the ease factor falls (by 0.54).</li>
 *   <li>{@link #HINTED} is q=3, "correct response recalled with serious difficulty": right, but
 *       only after the hint. A pass, so the interval still grows, but the ease factor falls by
 *       0.14, so it grows more slowly from then on.</li>
 *   <li>{@link #RIGHT} is q=4, "correct response after a hesitation". Almanac cannot tell an
 *       effortless answer (q=5) from a hesitant one, and q=4 is the grade that leaves the ease
 *       factor as it is, so a card answered right every time keeps its ease and only misses
 *       and hints make it harder.</li>
 * </ul>
 */
public enum Grade {
    WRONG(1),
    HINTED(3),
    RIGHT(4);

    private final int quality;

    Grade(int quality) {
        this.quality = quality;
    }

    /** The grade for an answer: wrong, right after the hint, or right. */
    public static Grade of(boolean right, boolean hinted) {
        if (!right) {
            return WRONG;
        }
        return hinted ? HINTED : RIGHT;
    }

    /** SM-2's response quality {@code q}, from 0 (blackout) to 5 (perfect). */
    public int quality() {
        return quality;
    }

    /** True for SM-2's passing grades (q of 3 or more); false for a lapse. */
    public boolean passed() {
        return quality >= 3;
    }
}
