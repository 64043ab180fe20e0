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
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CheapRefreshScreenTest {
    private static final TerminalSize SIZE = new TerminalSize(41, 13);
    private static final String[] TEXT = {"a", "Z", " ", "é", "—", "█", "中", "😀", "✓"};
    private static final TextColor[] COLOURS = {TextColor.ANSI.DEFAULT, TextColor.ANSI.RED, TextColor.ANSI.CYAN_BRIGHT,
            new TextColor.Indexed(208), new TextColor.RGB(10, 20, 30)};

    /** A screen on a virtual terminal of its own. */
    private record OnTerminal(DefaultVirtualTerminal terminal, TerminalScreen screen) {
        static OnTerminal of(boolean cheap) throws IOException {
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(SIZE);
            TerminalScreen screen = cheap ? new CheapRefreshScreen(terminal) : new TerminalScreen(terminal);
            screen.startScreen();
            return new OnTerminal(terminal, screen);
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

    private static void draw(TerminalScreen screen, List<TextCharacter> cells, TerminalPosition cursor) {
        for (int i = 0; i < cells.size(); i++) {
            screen.setCharacter(i % SIZE.getColumns(), i / SIZE.getColumns(), cells.get(i));
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
    void aDeltaRefreshAfterIt_isLanternasOwn_andStillAgrees() throws IOException {
        Random random = new Random(7);
        OnTerminal lanterna = OnTerminal.of(false);
        OnTerminal cheap = OnTerminal.of(true);
        List<TextCharacter> first = frame(random);
        draw(lanterna.screen(), first, null);
        draw(cheap.screen(), first, null);
        lanterna.screen().refresh(Screen.RefreshType.COMPLETE);
        cheap.screen().refresh(Screen.RefreshType.COMPLETE);
        String before = cheap.shown();

        List<TextCharacter> second = frame(random);
        draw(lanterna.screen(), second, new TerminalPosition(3, 2));
        draw(cheap.screen(), second, new TerminalPosition(3, 2));
        lanterna.screen().refresh(Screen.RefreshType.DELTA);
        cheap.screen().refresh(Screen.RefreshType.DELTA);

        assertNotEquals(before, cheap.shown(), "the second frame changed the screen");
        assertEquals(lanterna.shown(), cheap.shown());
    }
}
