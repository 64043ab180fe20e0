package almanac.content;

/** How much the reader is expected to know already. */
public enum Level {
    BEGINNER, INTERMEDIATE, ADVANCED, MIXED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
