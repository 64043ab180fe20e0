package almanac.prompt;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

/** Lines typed at a JLine prompt, with line editing and history. */
public final class JLineInput implements LineInput {
    private final LineReader reader;

    public JLineInput(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public String readLine(String prompt) {
        try {
            // JLine expands %-sequences in a prompt (%N, %P, %{...%}); ours are literal text,
            // and a verdict such as "120% as much" must keep its percent sign.
            return reader.readLine(prompt.replace("%", "%%"));
        } catch (UserInterruptException e) {
            throw new Cancelled();
        } catch (EndOfFileException e) {
            return null;
        }
    }
}
