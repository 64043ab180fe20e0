package almanac.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CanvasTest {

    @Test
    void aLetterAndItsCombiningAccent_areDrawnAsOneAccentedLetter() throws IOException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(20, 3));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        Canvas canvas = new Canvas(screen, new Palette(false), screen.getTerminalSize());

        int used = canvas.put(0, 0, "Cafe\u0301 cre\u0300me", new Palette(false).of(almanac.render.Style.PLAIN), 20);
        screen.refresh();

        assertEquals(10, used);
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < used; c++) {
            row.append(terminal.getCharacter(c, 0).getCharacterString());
        }
        assertEquals("Café crème", row.toString());
    }
}
