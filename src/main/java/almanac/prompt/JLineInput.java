package almanac.prompt;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.Widget;

/** Lines typed at a JLine prompt, with line editing and history. */
public final class JLineInput implements LineInput {
    /** What a lone Esc does at this prompt. */
    public enum Escape {
        /** Cancels the prompt as Ctrl-C does (the full screen's prompts: back to the screen). */
        CANCELS,
        /** Nothing, as in a shell (plain mode, where Ctrl-C ends the session). */
        IGNORED
    }

    private static final String ESCAPE_WIDGET = "almanac-escape";
    /**
     * How long after an Esc the next key still counts as part of the same sequence: an arrow
     * (ESC [ D) or an Alt key (ESC b) arrives in one burst, while a person pressing Esc and
     * then another key takes longer. JLine waits a second, which makes Esc feel stuck.
     */
    private static final long ESCAPE_WAIT_MILLIS = 300;

    private final LineReader reader;
    private final Escape escape;

    public JLineInput(LineReader reader) {
        this(reader, Escape.IGNORED);
    }

    public JLineInput(LineReader reader, Escape escape) {
        this.reader = reader;
        this.escape = escape;
    }

    @Override
    public String readLine(String prompt) {
        bindEscape();
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

    /**
     * Gives a lone Esc its meaning at this prompt. Unbound, JLine reads Esc as the start of an
     * Alt key, so Esc and then Enter became Alt-Enter and opened a continuation line. Longer
     * sequences that start with Esc (arrows, Home, Alt keys) keep their own bindings.
     */
    private void bindEscape() {
        Widget widget = escape == Escape.CANCELS ? () -> {
            throw new UserInterruptException("");
        } : () -> true;
        reader.getWidgets().put(ESCAPE_WIDGET, widget);
        KeyMap<Binding> main = reader.getKeyMaps().get(LineReader.MAIN);
        main.bind(new Reference(ESCAPE_WIDGET), KeyMap.esc());
        // Esc and Enter pressed close together arrive as Alt-Enter, which JLine reads as a new
        // line inside the input: here it is what the two keys mean, one after the other.
        Reference escThenEnter = new Reference(escape == Escape.CANCELS ? ESCAPE_WIDGET : LineReader.ACCEPT_LINE);
        main.bind(escThenEnter, KeyMap.alt('\r'));
        main.bind(escThenEnter, KeyMap.alt('\n'));
        main.setAmbiguousTimeout(ESCAPE_WAIT_MILLIS);
        reader.variable(LineReader.AMBIGUOUS_BINDING, ESCAPE_WAIT_MILLIS);
    }
}
