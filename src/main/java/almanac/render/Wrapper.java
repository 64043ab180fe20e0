package almanac.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrap of styled text to a display width, keeping each word's styles. Words
 * wider than a whole line are cut where they reach the edge.
 */
public final class Wrapper {
    private Wrapper() {
    }

    /**
     * Wraps {@code spans} to lines of at most {@code width} columns; the first line starts
     * with {@code first} and the others with {@code rest} (indents, bullets, quote bars).
     */
    public static List<Line> wrap(List<Span> spans, int width, Span first, Span rest) {
        List<List<Span>> words = words(spans);
        List<Line> lines = new ArrayList<>();
        List<Span> current = new ArrayList<>(List.of(first));
        int used = first.width();
        boolean empty = true;
        for (List<Span> word : words) {
            if (word.isEmpty()) {
                // a hard break
                lines.add(new Line(current));
                current = new ArrayList<>(List.of(rest));
                used = rest.width();
                empty = true;
                continue;
            }
            int w = width(word);
            int room = Math.max(1, width - used);
            if (!empty && 1 + w > room) {
                lines.add(new Line(current));
                current = new ArrayList<>(List.of(rest));
                used = rest.width();
                empty = true;
                room = Math.max(1, width - used);
            }
            if (!empty) {
                current.add(new Span(" ", Style.PLAIN));
                used++;
            }
            if (w <= room) {
                current.addAll(word);
                used += w;
            } else {
                for (Span piece : word) {
                    String text = piece.text();
                    while (!text.isEmpty()) {
                        int left = Math.max(1, width - used);
                        String part = breakable(DisplayWidth.truncate(text, left), text);
                        if (part.isEmpty()) {
                            if (used > rest.width()) {
                                lines.add(new Line(current));
                                current = new ArrayList<>(List.of(rest));
                                used = rest.width();
                                continue;
                            }
                            part = text.substring(0, Character.charCount(text.codePointAt(0)));
                        }
                        current.add(new Span(part, piece.style()));
                        used += DisplayWidth.of(part);
                        text = text.substring(part.length());
                        if (!text.isEmpty()) {
                            lines.add(new Line(current));
                            current = new ArrayList<>(List.of(rest));
                            used = rest.width();
                        }
                    }
                }
            }
            empty = false;
        }
        lines.add(new Line(current));
        return lines;
    }

    /**
     * Where a word too long for a line is cut: after the last '/', '-', '?', '&' or '_' in the
     * part that fits, if that keeps at least half of it, so a long URL breaks between its
     * pieces rather than leaving one letter on the next line.
     */
    static String breakable(String fits, String whole) {
        if (fits.length() == whole.length()) {
            return fits;
        }
        for (int i = fits.length() - 1; i >= fits.length() / 2 && i > 0; i--) {
            if ("/-?&_".indexOf(fits.charAt(i)) >= 0) {
                return fits.substring(0, i + 1);
            }
        }
        return fits;
    }

    /** Splits styled text into words (lists of spans); an empty word marks a newline. */
    static List<List<Span>> words(List<Span> spans) {
        List<List<Span>> words = new ArrayList<>();
        List<Span> word = new ArrayList<>();
        for (Span span : spans) {
            StringBuilder run = new StringBuilder();
            String text = span.text();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == ' ' || ch == '\t' || ch == '\n') {
                    if (run.length() > 0) {
                        word.add(new Span(run.toString(), span.style()));
                        run.setLength(0);
                    }
                    if (!word.isEmpty()) {
                        words.add(word);
                        word = new ArrayList<>();
                    }
                    if (ch == '\n') {
                        words.add(List.of());
                    }
                } else {
                    run.append(ch);
                }
            }
            if (run.length() > 0) {
                word.add(new Span(run.toString(), span.style()));
            }
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private static int width(List<Span> word) {
        int width = 0;
        for (Span span : word) {  // a loop, not a stream: this runs for every word, cold at the first frame
            width += span.width();
        }
        return width;
    }
}
