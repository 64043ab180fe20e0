package almanac.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.EnumSet;

/**
 * Lanterna's {@link TerminalScreen} with a cheaper complete refresh: the first frame, and the
 * redraw after a resize, a prompt or fg. Lanterna's asks each cell for its styles up to
 * eighteen times ({@code TextCharacter.getModifiers} copies the set at every call), tens of
 * thousands of copies a frame, cold on the way to the first one; this one asks once a cell
 * and compares the sets whole. The terminal ends up showing the same
 * ({@code CheapRefreshScreenTest} compares the two on Lanterna's virtual terminal). A delta
 * refresh is Lanterna's own. The screen here refreshes only once started and never
 * automatically, so Lanterna's private hints for those cases do not come into it.
 */
final class CheapRefreshScreen extends TerminalScreen {
    CheapRefreshScreen(Terminal terminal) throws IOException {
        super(terminal);
    }

    @Override
    public synchronized void refresh(RefreshType type) throws IOException {
        if (type != RefreshType.COMPLETE) {
            super.refresh(type);
            return;
        }
        Terminal terminal = getTerminal();
        terminal.setForegroundColor(TextColor.ANSI.DEFAULT);
        terminal.setBackgroundColor(TextColor.ANSI.DEFAULT);
        terminal.clearScreen();
        terminal.resetColorAndSGR();
        ScreenBuffer back = getBackBuffer();
        TerminalSize size = getTerminalSize();
        EnumSet<SGR> styles = EnumSet.noneOf(SGR.class);
        TextColor foreground = TextColor.ANSI.DEFAULT;
        TextColor background = TextColor.ANSI.DEFAULT;
        for (int y = 0; y < size.getRows(); y++) {
            terminal.setCursorPosition(0, y);
            int column = 0;
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter cell = back.getCharacterAt(x, y);
                if (cell == DEFAULT_CHARACTER || cell.equals(DEFAULT_CHARACTER)) {
                    continue;
                }
                if (!foreground.equals(cell.getForegroundColor())) {
                    foreground = cell.getForegroundColor();
                    terminal.setForegroundColor(foreground);
                }
                if (!background.equals(cell.getBackgroundColor())) {
                    background = cell.getBackgroundColor();
                    terminal.setBackgroundColor(background);
                }
                EnumSet<SGR> wanted = cell.getModifiers();
                if (!wanted.equals(styles)) {
                    for (SGR sgr : SGR.values()) {
                        if (styles.contains(sgr) && !wanted.contains(sgr)) {
                            terminal.disableSGR(sgr);
                        } else if (!styles.contains(sgr) && wanted.contains(sgr)) {
                            terminal.enableSGR(sgr);
                        }
                    }
                    styles = wanted;
                }
                if (column != x) {
                    terminal.setCursorPosition(x, y);
                    column = x;
                }
                terminal.putString(cell.getCharacterString());
                if (cell.isDoubleWidth()) {
                    column += 2;
                    x++;
                } else {
                    column++;
                }
            }
        }
        back.copyTo(getFrontBuffer());
        placeCursor(terminal);
        terminal.flush();
    }

    /** Where Lanterna's refresh leaves the cursor: hidden, or shown at its place (not on a wide character's second half). */
    private void placeCursor(Terminal terminal) throws IOException {
        TerminalPosition cursor = getCursorPosition();
        if (cursor == null) {
            terminal.setCursorVisible(false);
            return;
        }
        terminal.setCursorVisible(true);
        if (cursor.getColumn() > 0 && getFrontBuffer().getCharacterAt(cursor.withRelativeColumn(-1)).isDoubleWidth()) {
            terminal.setCursorPosition(cursor.getColumn() - 1, cursor.getRow());
        } else {
            terminal.setCursorPosition(cursor.getColumn(), cursor.getRow());
        }
    }
}
