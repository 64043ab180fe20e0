package almanac.tui;

import almanac.content.Question;
import almanac.prompt.JLineInput;
import almanac.prompt.LineInput;
import almanac.prompt.Printer;
import almanac.prompt.QuizRunner;
import almanac.render.Sanitizer;
import almanac.render.SanitizingWriter;
import almanac.render.Span;
import almanac.render.Style;
import almanac.render.Wrapper;
import almanac.tutor.AnswerSheet;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Hands the terminal from Lanterna to a JLine prompt and back, as measured to be safe
 * (research/stack.md §3): keys Lanterna already read are carried over, a JLine terminal is
 * built for this prompt only (a long-lived one breaks Ctrl-C, resize and the tty restore),
 * Ctrl-C is re-enabled on it, and the screen is repainted whole afterwards. The prompt
 * runs on the alternate screen, so nothing is left in the shell's scrollback.
 */
final class JLinePrompts implements Prompts {
    private final Screen screen;
    private final com.googlecode.lanterna.terminal.Terminal terminal;
    private final History history = new DefaultHistory();
    /** Style the questions and verdicts (off under NO_COLOR / --no-color). */
    private final boolean colour;

    JLinePrompts(Screen screen, com.googlecode.lanterna.terminal.Terminal terminal, boolean colour) {
        this.screen = screen;
        this.terminal = terminal;
        this.colour = colour;
    }

    @Override
    public boolean quiz(String heading, AnswerSheet sheet, List<Question> questions) {
        return withPrompt((in, out) -> {
            headline(out, heading, "  (q or Ctrl-C pauses)");
            return new QuizRunner(in, out, true).run(sheet, questions) == QuizRunner.Outcome.DONE;
        });
    }

    @Override
    public String note(String stepTitle) {
        return withPrompt((in, out) -> {
            headline(out, "Note on " + stepTitle, "  (Enter to save, Ctrl-C to cancel)");
            try {
                return in.readLine("note> ");
            } catch (LineInput.Cancelled e) {
                return null;
            }
        });
    }

    /** A bold heading and a dim aside, wrapped with an indent for a narrow terminal. */
    private static void headline(Printer out, String heading, String aside) {
        out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(heading), Style.BOLD), new Span(aside, Style.DIM)),
                out.width(), new Span("", Style.PLAIN), new Span("  ", Style.PLAIN)));
    }

    private <T> T withPrompt(BiFunction<LineInput, Printer, T> body) {
        try {
            String carried = carryTypedKeys();
            int width = screen.getTerminalSize().getColumns();
            screen.clear();
            screen.refresh(Screen.RefreshType.COMPLETE);
            terminal.setCursorPosition(0, 0);
            terminal.setCursorVisible(true);
            terminal.flush();
            Terminal jline = TerminalBuilder.builder().system(true).build();
            Attributes saved = jline.getAttributes();
            try {
                Attributes attributes = new Attributes(saved);
                // Lanterna turned Ctrl-C off (intr undef); a prompt must let it cancel.
                attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
                jline.setAttributes(attributes);
                LineReader reader = LineReaderBuilder.builder().terminal(jline).history(history).build();
                if (!carried.isEmpty()) {
                    reader.runMacro(carried);
                }
                PrintWriter out = new PrintWriter(new SanitizingWriter(jline.writer()), true);
                PrintWriter codes = colour ? new PrintWriter(jline.writer(), true) : null;
                return body.apply(new JLineInput(reader),
                        new Printer(out, codes, Math.max(20, Math.min(width - 1, 100))));
            } finally {
                jline.setAttributes(saved);
                jline.close();
                terminal.setCursorVisible(false);
                screen.refresh(Screen.RefreshType.COMPLETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keys typed right after the one that opened the prompt may already sit in Lanterna's
     * input buffer; they belong to the prompt, up to the first Enter.
     */
    private String carryTypedKeys() throws IOException {
        StringBuilder keys = new StringBuilder();
        for (KeyStroke k; (k = screen.pollInput()) != null; ) {
            if (k.getKeyType() == KeyType.Character) {
                keys.append(k.getCharacter());
            } else if (k.getKeyType() == KeyType.Backspace) {
                keys.append('\u007f');
            } else if (k.getKeyType() == KeyType.Enter) {
                keys.append('\r');
                break;
            }
        }
        return keys.toString();
    }
}
