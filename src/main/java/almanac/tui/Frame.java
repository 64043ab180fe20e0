package almanac.tui;

import almanac.render.Line;
import almanac.render.Style;
import almanac.tutor.Session;
import java.util.List;
import java.util.stream.Stream;

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
        draw(c, chrome, lines, List.of(), scroll, highlighted, false);
    }

    /**
     * As above, with {@code pinned} lines kept in sight under the page, and the share of the
     * page read shown in the status line when {@code showRead} (on a step).
     */
    static void draw(Canvas c, Chrome chrome, List<Line> lines, List<Line> pinned, ScrollState scroll,
            int highlighted, boolean showRead) {
        c.clear();
        if (tooSmall(c)) {
            drawTooSmall(c);
            return;
        }
        titleBar(c, chrome);
        int width = textWidth(c);
        int left = Math.max(margin(c), (c.columns() - width) / 2);
        List<Line> message = longMessage(c, chrome);
        // Lines pinned under the page (how to go on) keep their rows, above a long message;
        // the page scrolls above them.
        int space = Math.max(1, bodyRows(c) - message.size());
        int kept = pinned.isEmpty() ? 0 : Math.min(pinned.size() + 1, space / 2);
        int rows = Math.max(1, space - kept);
        for (int r = 0; r + 1 < kept; r++) {
            c.line(left, 1 + space - (kept - 1) + r, pinned.get(r + Math.max(0, pinned.size() - (kept - 1))), width);
        }
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
        statusLine(c, chrome, scroll, showRead, message.isEmpty());
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
        if (chrome.flash() == null || Canvas.width(chrome.flash()) <= statusRoom(c)) {
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
            case SOURCES -> "Sources · step " + (state.overDone() ? state.doneNumber : session.stepNumber());
            case NOTES -> "Notes";
            case SUMMARY -> "Complete";
            case DONE -> "Done · step " + state.doneNumber + "/" + session.stepCount();
            case READER -> "Step " + session.stepNumber() + "/" + session.stepCount();
        };
        String progress = session.doneCount() + "/" + session.stepCount() + " done"
                + (compact(c) ? "" : " · " + session.minutesLeft() + " min left");
        return new Chrome(session.path().title(), label, session.doneCount(), session.stepCount(), progress,
                hints(c, state), state.flash);
    }

    private static void drawTooSmall(Canvas c) {
        String need = MIN_COLUMNS + "x" + MIN_ROWS;
        // The longest that fits: a cut "(need 40x1" would hide the one thing the message says.
        String message = Stream.of("terminal too small (need " + need + ")", "too small: need " + need, "need " + need, need)
                .filter(m -> m.length() <= c.columns()).findFirst().orElse(need);
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

    /**
     * {@code showRead}: the share of the page read is worth showing (on a step);
     * {@code flashHere}: the message fits here (else it has rows of its own above).
     */
    private static void statusLine(Canvas c, Chrome chrome, ScrollState scroll, boolean showRead, boolean flashHere) {
        int row = c.rows() - 1;
        c.fill(row, c.palette().bar());
        int barWidth = barWidth(c);
        int filled = chrome.total() == 0 ? 0 : (int) Math.round((double) barWidth * chrome.done() / chrome.total());
        int x = 1;
        x += c.put(x, row, "▕", c.palette().bar(), 1);
        x += c.put(x, row, "█".repeat(filled), c.palette().bar(), barWidth);
        x += c.put(x, row, "░".repeat(barWidth - filled), c.palette().bar(), barWidth);
        x += c.put(x, row, "▏", c.palette().bar(), 1);
        String flash = flashHere ? chrome.flash() : null;
        String where = " " + chrome.progress();
        String read = " · " + scroll.percentSeen() + "% read";
        // What the right-hand side must keep: the message, or the first three hints (the way
        // on, help and quit); the share read, then the progress words, give way to it.
        String kept = flash != null ? flash : fitting(chrome.hints(), 24);
        int free = c.columns() - x - Canvas.width(kept) - 4;
        if (showRead && scroll.scrollable() && Canvas.width(where + read) <= free) {
            where += read;
        } else if (Canvas.width(where) > free && flash != null) {
            where = "";
        }
        x += c.put(x, row, where, c.palette().bar(), c.columns() - x);
        int room = c.columns() - x - 3;
        String right = flash != null ? flash : fitting(chrome.hints(), room);
        int w = Math.min(Canvas.width(right), Math.max(0, room));
        c.put(c.columns() - w - 1, row, right, c.palette().bar(), w);
    }

    private static int barWidth(Canvas c) {
        return compact(c) ? 8 : 12;
    }

    /** The columns a message may take on the status line, once the progress words give way to it. */
    private static int statusRoom(Canvas c) {
        return c.columns() - (1 + 1 + barWidth(c) + 1) - 4;
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
            case INTRO -> compact ? Keymap.hints(Keymap.hint("start", Action.NEXT), Keymap.hint("help", Action.HELP))
                    : Keymap.hints(Keymap.hint("start", Action.NEXT), Keymap.hint("help", Action.HELP),
                            Keymap.hint("quit", Action.QUIT));
            case READER -> compact
                    ? Keymap.hints(Keymap.hint("next", Action.NEXT), Keymap.hint("help", Action.HELP),
                            Keymap.hint("quit", Action.QUIT))
                    : Keymap.hints(Keymap.hint("next", Action.NEXT), Keymap.hint("help", Action.HELP),
                            Keymap.hint("quit", Action.QUIT), Keymap.hint("back", Action.BACK),
                            Keymap.hint("outline", Action.OUTLINE), Keymap.hint("note", Action.NOTE),
                            Keymap.hint("scroll", Action.DOWN, Action.UP));
            case DONE -> Keymap.hints(Keymap.hint("continue", Action.NEXT), Keymap.hint("quit", Action.QUIT));
            case OUTLINE -> Keymap.hints(Keymap.hint("choose", Action.DOWN, Action.UP), Keymap.hint("go", Action.CHOOSE),
                    Keymap.hint("back", Action.CLOSE));
            case GLOSSARY -> state.typing ? "type to search  " + Keymap.hint("done", Action.CHOOSE)
                    : Keymap.hints(Keymap.hint("search", Action.SEARCH), Keymap.hint("back", Action.CLOSE));
            case SUMMARY -> Keymap.hints(Keymap.hint("outline", Action.OUTLINE), Keymap.hint("quit", Action.QUIT));
            default -> Keymap.hints(Keymap.hint("back", Action.CLOSE), Keymap.hint("quit", Action.QUIT));
        };
    }
}
