package almanac.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.render.TextEncoding;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lanterna's screen drawn through a JLine terminal on in-memory streams: what reaches the tty. */
class ScreenTerminalTest {
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private SessionTerminal session;
    private ScreenMode mode;

    private ScreenTerminal terminal(TextEncoding encoding) throws IOException {
        InfoCmp.setLoadedInfoCmp("xterm-256color", () -> InfoCmp.getDefaultInfoCmp("xterm-256color"));
        Terminal jline = TerminalBuilder.builder().system(false).streams(new PipedInputStream(keys), out)
                .type("xterm-256color").size(new Size(40, 10)).encoding(encoding.charset()).build();
        session = SessionTerminal.over(jline, encoding);
        // The screen reads keys in raw mode only (a cooked tty holds them until Enter).
        mode = ScreenMode.enter(session);
        return mode.terminal();
    }

    @AfterEach
    void close() throws IOException {
        keys.close();
        if (session != null) {
            mode.close();
            session.close();
        }
    }

    private String drawn(ScreenTerminal terminal, String cell) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        screen.setCharacter(3, 2, TextCharacter.fromString(cell)[0]);
        screen.refresh();
        terminal.flush();
        return written("\033[4G");
    }

    /** What reached the terminal once it shows {@code expected} (JLine passes output on from another thread). */
    private String written(String expected) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String written = out.toString(StandardCharsets.UTF_8);
        while (!written.contains(expected) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            written = out.toString(StandardCharsets.UTF_8);
        }
        return written;
    }

    @Test
    void anEmojiCell_reachesTheTerminalWhole() throws IOException {
        drawn(terminal(TextEncoding.UTF8), "🚦");
        String written = written("🚦");
        assertTrue(written.contains("🚦"), written);
        assertFalse(written.contains("??"), written);
    }

    @Test
    void withoutUtf8_cellsAreAsciiAsWideAsTheyWere() throws IOException {
        ScreenTerminal terminal = terminal(TextEncoding.ASCII);
        drawn(terminal, "🚦");
        String emoji = written("[]");
        assertTrue(emoji.contains("[]"), emoji);
        assertFalse(emoji.contains("??"), emoji);
        terminal.putString("█");
        terminal.putString("·");
        terminal.flush();
        assertTrue(written("#-").endsWith("#-"), written("#-"));
    }

    @Test
    void sizeIsJLines() throws IOException {
        assertEquals(new com.googlecode.lanterna.TerminalSize(40, 10), terminal(TextEncoding.UTF8).getTerminalSize());
    }

    @Test
    void keysAreTakenOneAtATime_soTheRestStaysForAPrompt() throws Exception {
        ScreenTerminal terminal = terminal(TextEncoding.UTF8);
        keys.write("ahello\r".getBytes(StandardCharsets.UTF_8));
        keys.flush();
        KeyStroke first = null;
        for (int i = 0; i < 100 && first == null; i++) {
            first = terminal.pollInput();
        }
        assertEquals(new KeyStroke('a', false, false), first);
        assertEquals("hello", session.reader().readLine("note> "));
    }

    @Test
    void aSignalledKey_comesBeforeTypedOnes() throws IOException {
        ScreenTerminal terminal = terminal(TextEncoding.UTF8);
        terminal.inject(new KeyStroke('c', true, false));
        KeyStroke key = terminal.pollInput();
        assertEquals(KeyType.Character, key.getKeyType());
        assertTrue(key.isCtrlDown());
        assertNull(terminal.pollInput());
    }
}
