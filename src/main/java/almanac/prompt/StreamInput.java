package almanac.prompt;

import almanac.UserException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Lines from a pipe or a file, for scripted runs, or from a terminal in its own line mode
 * (TERM=dumb, the screen-reader mode). Read from a pipe or a file, each line is echoed after
 * its prompt, so a captured transcript shows what was typed where; a terminal echoes what is
 * typed itself, so there it is not echoed again.
 */
public final class StreamInput implements LineInput {
    private final BufferedReader in;
    private final PrintWriter out;
    private final boolean echo;

    /** Lines from a pipe or a file, echoed. */
    public StreamInput(BufferedReader in, PrintWriter out) {
        this(in, out, true);
    }

    /** @param echo print each line read after its prompt (false when a terminal shows the typing) */
    public StreamInput(BufferedReader in, PrintWriter out, boolean echo) {
        this.in = in;
        this.out = out;
        this.echo = echo;
    }

    @Override
    public String readLine(String prompt) {
        out.print(prompt);
        out.flush();
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            // Say, stdin is a folder ("Is a directory"): one line, as for any input the user can fix.
            throw new UserException("cannot read the input: " + e.getMessage(), e);
        }
        if (echo || line == null) {
            out.println(line == null ? "" : line);
        }
        out.flush();
        return line;
    }
}
