package almanac.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CheapRefreshScreenTest {
    private static final TerminalSize SIZE = new TerminalSize(41, 13);
    private static final String[] TEXT = {"a", "Z", " ", "é", "—", "█", "中", "😀", "✓"};
    private static final TextColor[] COLOURS = {TextColor.ANSI.DEFAULT, TextColor.ANSI.RED, TextColor.ANSI.CYAN_BRIGHT,
            new TextColor.Indexed(208), new TextColor.RGB(10, 20, 30)};

    /** A screen on a virtual terminal of its own, with every call the screen makes on the terminal written down. */
    private record OnTerminal(DefaultVirtualTerminal terminal, TerminalScreen screen, List<String> calls) {
        static OnTerminal of(boolean cheap) throws IOException {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(SIZE);
            List<String> calls = new ArrayList<>();
            Terminal recorded = (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(),
                    new Class<?>[] {Terminal.class}, (proxy, method, args) -> {
                        calls.add(method.getName() + (args == null ? "" : Arrays.deepToString(args)));
                        try {
                            return method.invoke(terminal, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            TerminalScreen screen = cheap ? new CheapRefreshScreen(recorded) : new TerminalScreen(recorded);
            screen.startScreen();
            return new OnTerminal(terminal, screen, calls);
        }

        /** What the terminal shows, cell by cell, and where its cursor is. */
        String shown() {
            StringBuilder b = new StringBuilder();
            for (int row = 0; row < SIZE.getRows(); row++) {
                for (int column = 0; column < SIZE.getColumns(); column++) {
                    TextCharacter c = terminal.getBufferCharacter(column, row);
                    b.append(c.getCharacterString()).append('|').append(c.getForegroundColor()).append('|')
                            .append(c.getBackgroundColor()).append('|').append(c.getModifiers()).append('\n');
                }
            }
            return b.append(terminal.getCursorBufferPosition()).append(terminal.isCursorVisible()).toString();
        }
    }

    /** A frame of random cells: text of each width, colours of each kind, any mix of styles, blanks. */
    private static List<TextCharacter> frame(Random random) {
        List<TextCharacter> cells = new ArrayList<>();
        SGR[] all = SGR.values();
        for (int i = 0; i < SIZE.getColumns() * SIZE.getRows(); i++) {
            if (random.nextInt(4) == 0) {
                cells.add(Screen.DEFAULT_CHARACTER);
                continue;
            }
            List<SGR> styles = new ArrayList<>();
            for (SGR sgr : all) {
                if (random.nextInt(5) == 0) {
                    styles.add(sgr);
                }
            }
            cells.add(TextCharacter.fromString(TEXT[random.nextInt(TEXT.length)],
                    COLOURS[random.nextInt(COLOURS.length)], COLOURS[random.nextInt(COLOURS.length)],
                    styles.toArray(new SGR[0]))[0]);
        }
        return cells;
    }

    /** Draws the cells as the tutor does: a wide character's second column is left to it. */
    private static void draw(TerminalScreen screen, List<TextCharacter> cells, TerminalPosition cursor) {
        for (int i = 0; i < cells.size(); i++) {
            screen.setCharacter(i % SIZE.getColumns(), i / SIZE.getColumns(), cells.get(i));
            if (cells.get(i).isDoubleWidth() && (i + 1) % SIZE.getColumns() != 0) {
                i++;
            }
        }
        screen.setCursorPosition(cursor);
    }

    @Test
    void aCompleteRefresh_showsWhatLanternasOwnShows_frameAfterFrame() throws IOException {
        Random random = new Random(12);
        OnTerminal lanterna = OnTerminal.of(false);
        OnTerminal cheap = OnTerminal.of(true);
        for (int round = 0; round < 40; round++) {
            List<TextCharacter> cells = frame(random);
            TerminalPosition cursor = random.nextBoolean() ? null
                    : new TerminalPosition(random.nextInt(SIZE.getColumns()), random.nextInt(SIZE.getRows()));
            draw(lanterna.screen(), cells, cursor);
            draw(cheap.screen(), cells, cursor);

            lanterna.screen().refresh(Screen.RefreshType.COMPLETE);
            cheap.screen().refresh(Screen.RefreshType.COMPLETE);

            assertEquals(lanterna.shown(), cheap.shown(), "round " + round);
        }
    }

    @Test
    void deltaRefreshes_showWhatLanternasOwnShow_changeAfterChange() throws IOException {
        Random random = new Random(7);
        OnTerminal lanterna = OnTerminal.of(false);
        OnTerminal cheap = OnTerminal.of(true);
        List<TextCharacter> cells = frame(random);
        draw(lanterna.screen(), cells, null);
        draw(cheap.screen(), cells, null);
        lanterna.screen().refresh(Screen.RefreshType.COMPLETE);
        cheap.screen().refresh(Screen.RefreshType.COMPLETE);
        for (int round = 0; round < 60; round++) {
            String before = cheap.shown();
            // Some rounds change nothing, some a few cells, some most of them (a scroll).
            List<TextCharacter> next = frame(random);
            int share = random.nextInt(4);
            for (int i = 0; i < cells.size(); i++) {
                if (share == 3 || random.nextInt(8) < share) {
                    cells.set(i, next.get(i));
                }
            }
            TerminalPosition cursor = random.nextBoolean() ? null
                    : new TerminalPosition(random.nextInt(SIZE.getColumns()), random.nextInt(SIZE.getRows()));
            draw(lanterna.screen(), cells, cursor);
            draw(cheap.screen(), cells, cursor);
            lanterna.calls().clear();
            cheap.calls().clear();

            lanterna.screen().refresh(Screen.RefreshType.DELTA);
            cheap.screen().refresh(Screen.RefreshType.DELTA);

            assertEquals(lanterna.shown(), cheap.shown(), "round " + round + (share == 0 ? " (no change)" : ""));
            // Step for step: the same moves, colours, styles and text, in the same order.
            assertEquals(lanterna.calls(), cheap.calls(), "round " + round);
            if (share == 3) {
                assertNotEquals(before, cheap.shown(), "round " + round + " changed the screen");
            }
        }
    }

    @Test
    void aChangeOnTheNextRow_wherePrintingLeftTheCursor_isMovedToItsOwnRow() throws IOException {
        OnTerminal lanterna = OnTerminal.of(false);
        OnTerminal cheap = OnTerminal.of(true);
        for (OnTerminal t : List.of(lanterna, cheap)) {
            t.screen().refresh(Screen.RefreshType.COMPLETE);
            // After the x at column 5 of row 2 the cursor is at column 6, where row 3's change is.
            t.screen().setCharacter(5, 2, TextCharacter.fromCharacter('x')[0]);
            t.screen().setCharacter(6, 3, TextCharacter.fromCharacter('y')[0]);
            t.calls().clear();
            t.screen().refresh(Screen.RefreshType.DELTA);
        }

        assertEquals(lanterna.calls(), cheap.calls());
        assertEquals(lanterna.shown(), cheap.shown());
        assertEquals("y", cheap.terminal().getBufferCharacter(6, 3).getCharacterString());
    }
}
