package almanac.tui;

/**
 * Scroll arithmetic for a list of lines shown through a window of rows: where the window
 * starts, kept in range as the content or window changes. Knows nothing of terminals.
 */
final class ScrollState {
    private int top;
    private int total;
    private int rows = 1;

    /** Sets the content length and window height, keeping the offset valid. */
    void resize(int totalLines, int windowRows) {
        total = Math.max(0, totalLines);
        rows = Math.max(1, windowRows);
        clamp();
    }

    int top() {
        return top;
    }

    int maxTop() {
        return Math.max(0, total - rows);
    }


    boolean scrollable() {
        return total > rows;
    }

    void by(int lines) {
        top += lines;
        clamp();
    }

    void pageDown() {
        by(Math.max(1, rows - 2));
    }

    void pageUp() {
        by(-Math.max(1, rows - 2));
    }

    void home() {
        top = 0;
    }

    void end() {
        top = maxTop();
    }

    /** Moves the window the least amount that shows {@code line}. */
    void reveal(int line) {
        if (line < top) {
            top = line;
        } else if (line >= top + rows) {
            top = line - rows + 1;
        }
        clamp();
    }

    /** The share of the content above the bottom of the window, 0 to 100. */
    int percentSeen() {
        if (total == 0) {
            return 100;
        }
        return Math.min(100, (int) Math.round(100.0 * Math.min(total, top + rows) / total));
    }

    /** Where the window starts, as a share of the content, 0 to 100; kept across sizes, unlike a line. */
    int topPercent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * top / total);
    }

    /** Starts the window at a share of the content (see {@link #topPercent}). */
    void toPercent(int percent) {
        top = (int) Math.round(total * percent / 100.0);
        clamp();
    }

    private void clamp() {
        top = Math.max(0, Math.min(top, maxTop()));
    }
}
