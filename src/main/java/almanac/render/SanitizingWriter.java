package almanac.render;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that makes everything passing through it inert on a terminal (see
 * {@link Sanitizer}). Plain output and command output go to stdout only through one of these.
 */
public final class SanitizingWriter extends FilterWriter {
    public SanitizingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (c >= 0xd800 && c <= 0xdfff || !Sanitizer.isUnsafe(c)) {
            out.write(c);
        } else {
            out.write(Sanitizer.clean(String.valueOf((char) c)));
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        String part = s.substring(off, off + len);
        // Surrogates pass alone here: a pair may be split across two calls.
        StringBuilder b = null;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (!(c >= 0xd800 && c <= 0xdfff) && Sanitizer.isUnsafe(c)) {
                if (b == null) {
                    b = new StringBuilder(part.length() + 8).append(part, 0, i);
                }
                b.append(Sanitizer.clean(String.valueOf(c)));
            } else if (b != null) {
                b.append(c);
            }
        }
        out.write(b == null ? part : b.toString());
    }
}
