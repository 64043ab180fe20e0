package almanac.render;

import java.util.List;

/** One screen line of styled text, no wider than the width it was made for. */
public record Line(List<Span> spans) {
    public static final Line EMPTY = new Line(List.of());

    public Line {
        spans = List.copyOf(spans);
    }

    public static Line of(String text, Style style) {
        return new Line(List.of(new Span(text, style)));
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }

    public int width() {
        return spans.stream().mapToInt(Span::width).sum();
    }

    public boolean isBlank() {
        return text().isBlank();
    }
}
