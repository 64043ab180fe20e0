package almanac.content;

import java.util.Objects;

/** One term of a path's glossary and what it means. */
public record GlossaryEntry(String term, String means) {
    public GlossaryEntry {
        Objects.requireNonNull(term);
        Objects.requireNonNull(means);
    }
}
