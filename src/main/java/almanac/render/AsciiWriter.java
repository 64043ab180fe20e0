package almanac.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that passes text on in its {@link Ascii} rendering, for a terminal without UTF-8. */
public final class AsciiWriter extends FilterWriter {
    /** A high surrogate whose low half has not arrived yet. */
    private char pending;

    public AsciiWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c), 0, 1);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        String part = s.substring(off, off + len);
        if (pending != 0) {
            part = pending + part;
            pending = 0;
        }
        if (!part.isEmpty() && Character.isHighSurrogate(part.charAt(part.length() - 1))) {
            pending = part.charAt(part.length() - 1);
            part = part.substring(0, part.length() - 1);
        }
        out.write(Ascii.of(part));
    }
}
