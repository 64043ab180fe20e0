package almanac.prompt;

import almanac.render.DisplayWidth;
import almanac.render.Line;
import almanac.render.Medium;
import almanac.render.Pages;
import almanac.render.Style;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints styled lines as plain text. The writer it is given must sanitise (see
 * {@code SanitizingWriter}); nothing here emits escape sequences.
 */
public final class Printer {
    private final PrintWriter out;
    private final int width;
    private final Medium medium;

    public Printer(PrintWriter out, int width) {
        this(out, width, Medium.SCREEN);
    }

    public Printer(PrintWriter out, int width, Medium medium) {
        this.out = out;
        this.width = width;
        this.medium = medium;
    }

    public int width() {
        return width;
    }

    /** Who reads what is printed; texts laid out for it take it from here. */
    public Medium medium() {
        return medium;
    }

    /**
     * Prints the lines; a heading, with no colour to set it apart, gets a rule under it (not
     * for a screen reader, which would speak the rule).
     */
    public void lines(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = stripEnd(line.text());
            out.println(text);
            boolean lastOfHeading = i + 1 == lines.size() || !isHeading(lines.get(i + 1));
            if (isHeading(line) && lastOfHeading && medium == Medium.SCREEN) {
                out.println("─".repeat(Math.min(width, DisplayWidth.of(text.strip()))));
            }
        }
        out.flush();
    }

    private static boolean isHeading(Line line) {
        return !line.isBlank() && line.spans().stream().allMatch(s -> s.style() == Style.HEADING || s.text().isBlank());
    }

    public void text(String paragraph) {
        lines(Pages.para(paragraph, Style.PLAIN, width));
    }

    public void blank() {
        out.println();
        out.flush();
    }

    public void raw(String line) {
        out.println(line);
        out.flush();
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
