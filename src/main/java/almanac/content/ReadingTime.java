package almanac.content;

import java.util.Locale;

/**
 * The honest time of a step: reading its words plus answering its questions. An author's
 * {@code minutes} promise the reader a time, so lint checks them against this estimate.
 *
 * <p>estimate = words(body, why, every key point) / 230 + 1.5 per number question + 0.5 per
 * other question, in minutes. A word is a whitespace-separated token of the string as the
 * file holds it, Markdown syntax included (a table's {@code |} counts when spaced).
 *
 * <p>Arithmetic is kept in whole units of 1/460 minute so the 25% boundary is exact: a
 * step exactly 25% off its estimate passes, anything further warns (unless it is the
 * estimate rounded, which is what authors are told to write).
 */
public record ReadingTime(int words, int numberQuestions, int otherQuestions) {
    public static final int WORDS_PER_MINUTE = 230;

    // 1/460 minute: a word is 2 units, a number question (1.5 min) 690, any other (0.5 min) 230.
    private static final int UNITS_PER_MINUTE = 2 * WORDS_PER_MINUTE;
    private static final int UNITS_PER_WORD = 2;
    private static final int UNITS_PER_NUMBER_QUESTION = 3 * WORDS_PER_MINUTE;
    private static final int UNITS_PER_OTHER_QUESTION = WORDS_PER_MINUTE;

    public ReadingTime {
        if (words < 0 || numberQuestions < 0 || otherQuestions < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static ReadingTime of(Step step) {
        int words = words(step.body()) + words(step.why())
                + step.keyPoints().stream().mapToInt(ReadingTime::words).sum();
        int numbers = (int) step.quiz().stream().filter(Numeric.class::isInstance).count();
        return new ReadingTime(words, numbers, step.quiz().size() - numbers);
    }

    /** Whitespace-separated tokens; an empty or blank text has none. */
    public static int words(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The estimate in minutes, unrounded. */
    public double minutes() {
        return units() / (double) UNITS_PER_MINUTE;
    }

    /** The estimate rounded to whole minutes (at least 1), the value an author should write. */
    public int rounded() {
        return (int) Math.max(1, Math.round(minutes()));
    }

    /**
     * True when {@code minutes} is within 25% of the estimate, the boundary included, or is
     * the estimate rounded: an author who writes what {@link #rounded} says is never warned,
     * even where rounding (or the floor of 1 minute) moves it further than that.
     */
    public boolean fits(int minutes) {
        long off = Math.abs((long) minutes * UNITS_PER_MINUTE - units());
        boolean withinAQuarter = 4 * off <= units();
        return withinAQuarter || minutes == rounded();
    }

    private long units() {
        return (long) words * UNITS_PER_WORD + (long) numberQuestions * UNITS_PER_NUMBER_QUESTION
                + (long) otherQuestions * UNITS_PER_OTHER_QUESTION;
    }

    /** "6.4 (1,012 words at 230 a minute, 1 number question, 2 others)": the estimate and how it was reached. */
    public String describe() {
        return String.format(Locale.ROOT, "%.1f (%,d %s at %d a minute, %d number %s, %d %s)", minutes(),
                words, words == 1 ? "word" : "words", WORDS_PER_MINUTE,
                numberQuestions, numberQuestions == 1 ? "question" : "questions",
                otherQuestions, otherQuestions == 1 ? "other" : "others");
    }
}
