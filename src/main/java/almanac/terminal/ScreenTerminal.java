package almanac.terminal;

import almanac.render.DisplayWidth;
import almanac.render.TextEncoding;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.IOException;
import java.io.InputStream;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jline.terminal.Size;

/**
 * Lanterna's view of the session's JLine terminal: Lanterna's escape sequences go out
 * through JLine's output, keys come from JLine's reader (decoded by Lanterna, one at a time),
 * and the size is JLine's. Each cell is written as its whole string, so an emoji's surrogate
 * pair or a letter with its accent reaches the terminal intact (Lanterna's own stream
 * terminal encodes each {@code char} alone and writes {@code ??} for an emoji).
 */
public final class ScreenTerminal extends ANSITerminal {
    private final SessionTerminal session;
    private final TextEncoding encoding;
    private final InputDecoder decoder;
    /** Keys that came as signals (Ctrl-C as SIGINT), handed out before typed ones. */
    private final Queue<KeyStroke> signalled = new ConcurrentLinkedQueue<>();

    /** Each printable ASCII character as its one byte, made once. */
    private static final byte[][] ASCII_BYTES = new byte[0x7f][];

    static {
        for (int c = 0x20; c < 0x7f; c++) {
            ASCII_BYTES[c] = new byte[] {(byte) c};
        }
    }

    ScreenTerminal(SessionTerminal session) {
        // Lanterna's own input stream is never read: keys come through the decoder below.
        super(InputStream.nullInputStream(), session.jline().output(), session.encoding().charset());
        this.session = session;
        this.encoding = session.encoding();
        this.decoder = new InputDecoder(new OneKeyReader(session.jline().reader()));
        decoder.addProfile(getDefaultKeyDecodingProfile());
    }

    @Override
    protected TerminalSize findTerminalSize() {
        Size size = session.size();
        return new TerminalSize(Math.max(1, size.getColumns()), Math.max(1, size.getRows()));
    }

    /** Queues a key that arrived as a signal, for the next read. */
    void inject(KeyStroke key) {
        signalled.add(key);
    }

    @Override
    public KeyStroke pollInput() throws IOException {
        KeyStroke key = signalled.poll();
        if (key != null) {
            return key;
        }
        key = decoder.getNextCharacter(false);
        // The answer to the cursor query sent after fg (ScreenMode) is no key.
        return key != null && key.getKeyType() == KeyType.CursorLocation ? null : key;
    }

    @Override
    public KeyStroke readInput() throws IOException {
        while (true) {
            KeyStroke key = pollInput();
            if (key != null) {
                return key;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    @Override
    public void putCharacter(char c) throws IOException {
        putString(String.valueOf(c));
    }

    /** Writes one cell's text whole, in the session's encoding, control characters left out. */
    @Override
    public void putString(String string) throws IOException {
        if (string.length() == 1 && string.charAt(0) >= 0x20 && string.charAt(0) < 0x7f) {
            // Most cells: one printable ASCII character, the same byte in every encoding here.
            // A full screen writes a few thousand of them, cold, on the way to the first frame.
            writeToTerminal(ASCII_BYTES[string.charAt(0)]);
            return;
        }
        String text = printable(string);
        if (text.isEmpty()) {
            return;
        }
        if (encoding == TextEncoding.ASCII) {
            text = cellInAscii(text);
        }
        writeToTerminal(text.getBytes(encoding.charset()));
    }

    /** The ASCII rendering of a cell, exactly as many columns wide as the cell. */
    private static String cellInAscii(String cell) {
        int width = Math.max(1, DisplayWidth.of(cell));
        String ascii = TextEncoding.ASCII.render(cell);
        if (ascii.length() > width) {
            return ascii.substring(0, width);
        }
        return ascii + " ".repeat(width - ascii.length());
    }

    private static String printable(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                StringBuilder b = new StringBuilder(s.length());
                s.chars().filter(c -> !Character.isISOControl(c)).forEach(c -> b.append((char) c));
                return b.toString();
            }
        }
        return s;
    }
}
