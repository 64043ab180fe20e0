package almanac.tui;

import almanac.render.DisplayWidth;
import almanac.render.Line;
import almanac.render.Sanitizer;
import almanac.render.Span;
import almanac.render.Style;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import java.text.Normalizer;

/**
 * The one place text reaches the Lanterna screen. Every string is sanitised here and
 * placed code point by code point at its display width, so wide characters and emoji
 * never push a line past its box.
 */
final class Canvas {
    private final Screen screen;
    private final Palette palette;
    private final TerminalSize size;

    Canvas(Screen screen, Palette palette, TerminalSize size) {
        this.screen = screen;
        this.palette = palette;
        this.size = size;
    }

    int columns() {
        return size.getColumns();
    }

    int rows() {
        return size.getRows();
    }

    Palette palette() {
        return palette;
    }

    void clear() {
        screen.clear();
    }

    /** Writes {@code text} at (col, row), clipped to {@code maxWidth} columns; returns the columns used. */
    int put(int col, int row, String text, Palette.Look look, int maxWidth) {
        if (row < 0 || row >= size.getRows() || col >= size.getColumns()) {
            return 0;
        }
        String clean = composed(Sanitizer.oneLine(text));
        int limit = Math.min(col + maxWidth, size.getColumns());
        int x = col;
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            i += Character.charCount(cp);
            int w = DisplayWidth.of(cp);
            if (w == 0) {
                continue;
            }
            if (x + w > limit) {
                break;
            }
            screen.setCharacter(x, row, palette.character(cp, look));
            x += w;
        }
        return x - col;
    }

    /**
     * Letters and their accents as one code point where Unicode has one (e + U+0301 is é), so
     * the accent is drawn on its letter: a cell holds one code point, and a lone combining
     * mark has no cell of its own.
     */
    private static String composed(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    int put(int col, int row, String text, Style style, int maxWidth) {
        return put(col, row, text, palette.of(style), maxWidth);
    }

    /** Draws a styled line; returns the columns used. */
    int line(int col, int row, Line line, int maxWidth) {
        int used = 0;
        for (Span span : line.spans()) {
            if (used >= maxWidth) {
                break;
            }
            used += put(col + used, row, span.text(), span.style(), maxWidth - used);
        }
        return used;
    }

    /** Fills a row with spaces in a look (for bars). */
    void fill(int row, Palette.Look look) {
        put(0, row, " ".repeat(size.getColumns()), look, size.getColumns());
    }

    static int width(String s) {
        return DisplayWidth.of(Sanitizer.oneLine(s));
    }
}
