package almanac.prompt;

import almanac.render.DisplayWidth;
import almanac.render.Line;
import almanac.render.Medium;
import almanac.render.Pages;
import almanac.render.Span;
import almanac.render.Style;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * Prints styled lines: as plain text, or with colour and weight when given a writer for the
 * style codes. The text writer must sanitise (see {@code SanitizingWriter}); only the fixed
 * SGR sequences of {@link #sgr} go out unsanitised, and only through {@code codes}.
 */
public final class Printer {
    private static final String RESET = "\u001b[0m";
    private final PrintWriter out;
    /** Where style codes go (the same terminal, unsanitised); null for plain text. */
    private final PrintWriter codes;
    /** Asked at every line, so a prompt open across a resize wraps to the new width. */
    private final IntSupplier width;
    private final Medium medium;
    /**
     * The window's height, asked when a text may not fit; 0 where nothing is lost when a text
     * is taller than the window (a pipe, or a terminal that keeps what scrolls off).
     */
    private final IntSupplier rows;

    public Printer(PrintWriter out, int width) {
        this(out, width, Medium.SCREEN);
    }

    public Printer(PrintWriter out, int width, Medium medium) {
        this(out, null, width, medium);
    }

    /** A printer that styles its lines through {@code codes} (null: plain text). */
    public Printer(PrintWriter out, PrintWriter codes, int width) {
        this(out, codes, width, Medium.SCREEN);
    }

    public Printer(PrintWriter out, PrintWriter codes, int width, Medium medium) {
        this(out, codes, () -> width, medium);
    }

    /** A printer for a window that may be resized while it prints: {@code width} is asked each time. */
    public Printer(PrintWriter out, PrintWriter codes, IntSupplier width, Medium medium) {
        this(out, codes, width, medium, () -> 0);
    }

    private Printer(PrintWriter out, PrintWriter codes, IntSupplier width, Medium medium, IntSupplier rows) {
        this.out = out;
        this.codes = codes;
        this.width = width;
        this.medium = medium;
        this.rows = rows;
    }

    /**
     * This printer on a window of {@code rows} lines whose text scrolls off for good (the
     * alternate screen has no scrollback), so a long question is shown a page at a time.
     */
    public Printer paged(IntSupplier rows) {
        return new Printer(out, codes, width, medium, rows);
    }

    public int width() {
        return width.getAsInt();
    }

    /** The window's height when lines that scroll off it are lost; 0 when they are kept. */
    public int rows() {
        return rows.getAsInt();
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
            if (codes == null) {
                out.println(text);
            } else {
                styled(line);
            }
            boolean lastOfHeading = i + 1 == lines.size() || !isHeading(lines.get(i + 1));
            if (codes == null && isHeading(line) && lastOfHeading && medium == Medium.SCREEN) {
                out.println("─".repeat(Math.min(width(), DisplayWidth.of(text.strip()))));
            }
        }
        out.flush();
    }

    private void styled(Line line) {
        List<Span> spans = line.spans();
        int last = spans.size() - 1;
        while (last >= 0 && spans.get(last).text().isBlank()) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            Span span = spans.get(i);
            String sgr = sgr(span.style());
            String text = i == last ? stripEnd(span.text()) : span.text();
            if (sgr.isEmpty()) {
                out.print(text);
            } else {
                out.flush();
                codes.print(sgr);
                codes.flush();
                out.print(text);
                out.flush();
                codes.print(RESET);
                codes.flush();
            }
        }
        out.println();
    }

    /** The escape sequence that starts a style on a terminal; empty for plain text. */
    static String sgr(Style style) {
        String code = switch (style) {
            case PLAIN, RULE -> "";
            case BOLD -> "1";
            case ITALIC -> "3";
            case CODE -> "32";
            case HEADING -> "1;34";
            case LINK -> "4;36";
            case QUOTE -> "35";
            case DIM -> "90";
            case RIGHT -> "1;32";
            case WRONG -> "1;31";
        };
        return code.isEmpty() ? "" : "\u001b[" + code + "m";
    }

    /** Prints one line of styled spans. */
    public void spans(Span... spans) {
        lines(List.of(new Line(List.of(spans))));
    }

    private static boolean isHeading(Line line) {
        return !line.isBlank() && line.spans().stream().allMatch(s -> s.style() == Style.HEADING || s.text().isBlank());
    }

    public void text(String paragraph) {
        lines(Pages.para(paragraph, Style.PLAIN, width()));
    }

    /**
     * {@code text}, then {@code label} and {@code command} (a command to paste), the command
     * never broken: all on one line when it fits the width, else {@code text} wrapped and the
     * label with the command on a line of their own, or the command alone on its own line
     * when even that does not fit, however long it is.
     */
    public void textThen(String text, String label, String command) {
        String labelled = label + " " + command;
        if (DisplayWidth.of(text + " " + labelled) <= width()) {
            raw(text + " " + labelled);
            return;
        }
        text(text);
        if (DisplayWidth.of(labelled) <= width()) {
            raw(labelled);
        } else {
            raw(label);
            raw(command);
        }
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
