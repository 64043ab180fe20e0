package almanac.terminal;

import java.io.IOException;
import java.io.Reader;
import org.jline.utils.NonBlockingReader;

/**
 * JLine's input as Lanterna's key decoder reads it: one character per read, and ready only
 * when a character is there. Lanterna wraps its reader in a BufferedReader that takes
 * whatever is available; through this it can never hold more than the key it is decoding,
 * so the keys typed after the one that opens a prompt stay in JLine's buffer for the prompt.
 */
final class OneKeyReader extends Reader {
    /** How long {@link #ready} waits for a character: long enough to see one that is there. */
    private static final long PEEK_MILLIS = 1;
    private final NonBlockingReader in;

    OneKeyReader(NonBlockingReader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int c = in.read();
        if (c < 0) {
            return -1;
        }
        buffer[offset] = (char) c;
        return 1;
    }

    @Override
    public boolean ready() throws IOException {
        return in.peek(PEEK_MILLIS) >= 0;
    }

    @Override
    public void close() {
        // The session's terminal outlives the screen: closing it is SessionTerminal's work.
    }
}
