package almanac.prompt;

import almanac.render.Line;
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

    public Printer(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    public int width() {
        return width;
    }

    public void lines(List<Line> lines) {
        for (Line line : lines) {
            out.println(stripEnd(line.text()));
        }
        out.flush();
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
