package almanac.prompt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Lines from a pipe or a file, for scripted runs. Each line read is echoed after its
 * prompt, so a captured transcript shows what was typed where.
 */
public final class StreamInput implements LineInput {
    private final BufferedReader in;
    private final PrintWriter out;

    public StreamInput(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(line == null ? "" : line);
        out.flush();
        return line;
    }
}
