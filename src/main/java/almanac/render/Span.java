package almanac.render;

import java.util.Objects;

/** A run of text in one style; the text is already sanitised. */
public record Span(String text, Style style) {
    public Span {
        Objects.requireNonNull(text);
        Objects.requireNonNull(style);
    }

    public int width() {
        return DisplayWidth.of(text);
    }
}
