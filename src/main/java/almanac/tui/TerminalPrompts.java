package almanac.tui;

import almanac.content.Question;
import almanac.prompt.JLineInput;
import almanac.prompt.LineInput;
import almanac.prompt.Printer;
import almanac.prompt.QuizRunner;
import almanac.render.Line;
import almanac.render.Medium;
import almanac.render.Sanitizer;
import almanac.render.Span;
import almanac.render.Style;
import almanac.render.Wrapper;
import almanac.terminal.ScreenMode;
import almanac.tutor.AnswerSheet;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;

/**
 * The quiz and the note at a line prompt on the session's own terminal: the screen is
 * cleared, the session's line reader reads there, and the screen is drawn whole again
 * afterwards. Nothing changes hands between two input buffers, so keys typed ahead reach
 * the prompt, and those typed after its Enter reach the screen. The prompt runs on the
 * alternate screen, so nothing is left in the shell's scrollback.
 */
final class TerminalPrompts implements Prompts {
    private final Screen screen;
    private final ScreenMode mode;
    /** Style the questions and verdicts (off under NO_COLOR / --no-color). */
    private final boolean colour;

    TerminalPrompts(Screen screen, ScreenMode mode, boolean colour) {
        this.screen = screen;
        this.mode = mode;
        this.colour = colour;
    }

    @Override
    public boolean quiz(String heading, AnswerSheet sheet, List<Question> questions, List<Question> quiz) {
        return withPrompt((in, out) -> {
            return new QuizRunner(in, out, true).run(sheet, questions, headline(out, heading, "  (q, Esc or Ctrl-C pauses)"),
                    quiz) == QuizRunner.Outcome.DONE;
        });
    }

    @Override
    public String note(String stepTitle) {
        return withPrompt((in, out) -> {
            out.lines(headline(out, "Note on " + stepTitle, "  (Enter saves, Esc or Ctrl-C cancels)"));
            try {
                return in.readLine("note> ");
            } catch (LineInput.Cancelled e) {
                return null;
            }
        });
    }

    /** A bold heading and a dim aside, wrapped with an indent for a narrow terminal. */
    private static List<Line> headline(Printer out, String heading, String aside) {
        return Wrapper.wrap(List.of(new Span(Sanitizer.clean(heading), Style.BOLD), new Span(aside, Style.DIM)),
                out.width(), new Span("", Style.PLAIN), new Span("  ", Style.PLAIN));
    }

    private <T> T withPrompt(BiFunction<LineInput, Printer, T> body) {
        try {
            var terminal = mode.terminal();
            int width = screen.getTerminalSize().getColumns();
            screen.clear();
            screen.refresh(Screen.RefreshType.COMPLETE);
            terminal.setCursorPosition(0, 0);
            terminal.setCursorVisible(true);
            terminal.flush();
            mode.prompting(true);
            try {
                // Colour codes go around the sanitiser (they are ours, not the text's).
                PrintWriter codes = colour ? new PrintWriter(mode.session().jline().writer(), true) : null;
                // The width is asked at every line: a resize while the prompt is open (WINCH
                // reaches JLine at once) wraps what follows to the new width.
                IntSupplier columns = () -> {
                    int now = mode.session().size().getColumns();
                    return Math.max(20, Math.min((now > 0 ? now : width) - 1, 100));
                };
                // The alternate screen keeps nothing that scrolls off it: a long question is paged.
                IntSupplier rows = () -> mode.session().size().getRows();
                return body.apply(new JLineInput(mode.session().reader(), JLineInput.Escape.CANCELS),
                        new Printer(mode.session().printWriter(), codes, columns, Medium.SCREEN).paged(rows));
            } finally {
                mode.prompting(false);
                terminal.setCursorVisible(false);
                terminal.flush();
                mode.afterPrompt();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
