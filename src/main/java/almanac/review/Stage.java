package almanac.review;

/**
 * Where a card is in FSRS's life cycle. Almanac has no learning steps (the quiz at the end of a
 * step is the first exposure), so a card goes from {@link #NEW} straight to {@link #REVIEW}, or to
 * {@link #RELEARNING} when that first answer, or any later one, is wrong.
 */
public enum Stage {
    /** Never answered: due at once, no memory state yet. */
    NEW,
    /** Remembered: due again after a whole number of days. */
    REVIEW,
    /** Just missed: due again the same day, after a short relearning step. */
    RELEARNING;

    /** The word the dotfile keeps ({@code review}, {@code relearning}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The stage a stored word names; null for anything else. */
    static Stage of(Object word) {
        for (Stage s : values()) {
            if (s.word().equals(word)) {
                return s;
            }
        }
        return null;
    }
}
