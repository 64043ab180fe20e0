package almanac.tui;

import almanac.render.Line;
import almanac.render.Style;
import almanac.tutor.Session;
import java.util.List;

/**
 * Draws one whole frame: the title bar, the current view's lines through its scroll window,
 * and the status line. Below 40x12 it only says the terminal is too small.
 */
final class Frame {
    static final int MIN_COLUMNS = 40;
    static final int MIN_ROWS = 12;
    /** Text is easiest to read in a column no wider than this, centred on wide terminals. */
    static final int MAX_TEXT = 100;

    private Frame() {
    }

    static boolean tooSmall(Canvas c) {
        return c.columns() < MIN_COLUMNS || c.rows() < MIN_ROWS;
    }

    static boolean compact(Canvas c) {
        return c.columns() < 80 || c.rows() < 24;
    }

    /** The width text is laid out at for this canvas. */
    static int textWidth(Canvas c) {
        return Math.min(MAX_TEXT, c.columns() - 2 * margin(c));
    }

    static int bodyRows(Canvas c) {
        return Math.max(1, c.rows() - 2);
    }

    private static int margin(Canvas c) {
        return compact(c) ? 1 : 2;
    }

    /**
     * Draws a whole frame: the bars of {@code chrome} around {@code lines} seen through
     * {@code scroll}; the line at index {@code highlighted} (or none, for -1) is selected.
     */
    static void draw(Canvas c, Chrome chrome, List<Line> lines, ScrollState scroll, int highlighted) {
        c.clear();
        if (tooSmall(c)) {
            drawTooSmall(c);
            return;
        }
        titleBar(c, chrome);
        int width = textWidth(c);
        int left = Math.max(margin(c), (c.columns() - width) / 2);
        List<Line> message = longMessage(c, chrome);
        int rows = Math.max(1, bodyRows(c) - message.size());
        scroll.resize(lines.size(), rows);
        for (int r = 0; r < rows && scroll.top() + r < lines.size(); r++) {
            int index = scroll.top() + r;
            Line line = lines.get(index);
            if (index == highlighted) {
                c.put(left, 1 + r, " ".repeat(width), c.palette().selected(), width);
                c.put(left, 1 + r, line.text(), c.palette().selected(), width);
            } else {
                c.line(left, 1 + r, line, width);
            }
        }
        statusLine(c, chrome, scroll, message.isEmpty());
        for (int i = 0; i < message.size(); i++) {
            int row = c.rows() - 1 - message.size() + i;
            c.fill(row, c.palette().bar());
            c.put(1, row, message.get(i).text(), c.palette().bar(), c.columns() - 2);
        }
    }

    /**
     * A message too wide for the status line (a save that failed says why, and the reason
     * names a file) gets rows of its own just above it, wrapped, so none of it is cut off;
     * empty when it fits.
     */
    private static List<Line> longMessage(Canvas c, Chrome chrome) {
        if (chrome.flash() == null || Canvas.width(chrome.flash()) <= statusRoom(c, chrome)) {
            return List.of();
        }
        List<Line> wrapped = almanac.render.Wrapper.wrap(List.of(new almanac.render.Span(chrome.flash(), Style.PLAIN)),
                c.columns() - 2, new almanac.render.Span("", Style.PLAIN), new almanac.render.Span("", Style.PLAIN));
        int most = Math.max(1, bodyRows(c) / 2);
        return wrapped.size() <= most ? wrapped : wrapped.subList(0, most);
    }

    /** The tutor's bars: the path, the step counter or the open panel, and progress on the path. */
    static Chrome chrome(Canvas c, Session session, ScreenState state) {
        String label = switch (state.view) {
            case INTRO -> "Welcome";
            case OUTLINE -> "Outline";
            case HELP -> "Help";
            case GLOSSARY -> "Glossary";
            case SOURCES -> "Sources · step " + session.stepNumber();
            case NOTES -> "Notes";
            case SUMMARY -> "Complete";
            case DONE, READER -> "Step " + session.stepNumber() + "/" + session.stepCount();
        };
        String progress = session.doneCount() + "/" + session.stepCount() + " done"
                + (compact(c) ? "" : " · " + session.minutesLeft() + " min left");
        return new Chrome(session.path().title(), label, session.doneCount(), session.stepCount(), progress,
                hints(c, state), state.flash);
    }

    private static void drawTooSmall(Canvas c) {
        String message = "terminal too small (need " + MIN_COLUMNS + "x" + MIN_ROWS + ")";
        int row = Math.max(0, c.rows() / 2);
        int col = Math.max(0, (c.columns() - message.length()) / 2);
        c.put(col, row, message, Style.BOLD, c.columns());
    }

    private static void titleBar(Canvas c, Chrome chrome) {
        c.fill(0, c.palette().bar());
        String right = " " + chrome.label() + " ";
        int rightWidth = Canvas.width(right);
        String title = compact(c) ? chrome.title() : "Almanac · " + chrome.title();
        int room = c.columns() - rightWidth - 2;
        int used = c.put(1, 0, title, c.palette().bar(), room);
        if (used < Canvas.width(title) && room > 1) {
            c.put(room, 0, "…", c.palette().bar(), 1);
        }
        c.put(c.columns() - rightWidth, 0, right, c.palette().bar(), rightWidth);
    }

    private static void statusLine(Canvas c, Chrome chrome, ScrollState scroll, boolean flashHere) {
        int row = c.rows() - 1;
        c.fill(row, c.palette().bar());
        int barWidth = barWidth(c);
        int filled = chrome.total() == 0 ? 0 : (int) Math.round((double) barWidth * chrome.done() / chrome.total());
        int x = 1;
        x += c.put(x, row, "▕", c.palette().bar(), 1);
        x += c.put(x, row, "█".repeat(filled), c.palette().bar(), barWidth);
        x += c.put(x, row, "░".repeat(barWidth - filled), c.palette().bar(), barWidth);
        x += c.put(x, row, "▏", c.palette().bar(), 1);
        x += c.put(x, row, where(chrome, scroll), c.palette().bar(), c.columns() - x);
        int room = c.columns() - x - 3;
        String right = chrome.flash() != null && flashHere ? chrome.flash() : fitting(chrome.hints(), room);
        int w = Math.min(Canvas.width(right), Math.max(0, room));
        c.put(c.columns() - w - 1, row, right, c.palette().bar(), w);
    }

    private static int barWidth(Canvas c) {
        return compact(c) ? 8 : 12;
    }

    private static String where(Chrome chrome, ScrollState scroll) {
        return " " + chrome.progress() + (scroll.scrollable() ? " · " + scroll.percentSeen() + "%" : "");
    }

    /**
     * The columns left for a message on the status line, after the bar and the progress; it
     * counts the " · 100%" of a scrollable view, which is only known once the rows are.
     */
    private static int statusRoom(Canvas c, Chrome chrome) {
        int x = 1 + 1 + barWidth(c) + 1;
        x += Math.min(Canvas.width(" " + chrome.progress() + " · 100%"), Math.max(0, c.columns() - x));
        return c.columns() - x - 3;
    }

    /** As many hints, from the first, as fit in {@code room} columns. */
    static String fitting(String hints, int room) {
        String[] items = hints.split("  ");
        StringBuilder fit = new StringBuilder();
        for (String item : items) {
            int extra = (fit.length() == 0 ? 0 : 2) + Canvas.width(item);
            if (Canvas.width(fit.toString()) + extra > room) {
                break;
            }
            fit.append(fit.length() == 0 ? "" : "  ").append(item);
        }
        return fit.toString();
    }

    private static String hints(Canvas c, ScreenState state) {
        boolean compact = compact(c);
        return switch (state.view) {
            case INTRO -> compact ? "→ start  ? help" : "→ start  ? help  q quit";
            case READER -> compact ? "→ next  ? help  q quit" : "↓↑ scroll  → next  ← back  o outline  a note  ? help  q quit";
            case DONE -> "→ continue  q quit";
            case OUTLINE -> "↑↓ choose  Enter go  Esc back";
            case GLOSSARY -> state.typing ? "type to search  Enter done" : "/ search  Esc back";
            case SUMMARY -> "o outline  q quit";
            default -> "Esc back  q quit";
        };
    }
}
