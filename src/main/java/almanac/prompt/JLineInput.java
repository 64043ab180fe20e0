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
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Cancelled();
        } catch (EndOfFileException e) {
            return null;
        }
    }
}
