package almanac.tui;

import almanac.content.Question;
import almanac.prompt.JLineInput;
import almanac.prompt.LineInput;
import almanac.prompt.Printer;
import almanac.prompt.QuizRunner;
import almanac.terminal.ScreenMode;
import almanac.tutor.AnswerSheet;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

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

    TerminalPrompts(Screen screen, ScreenMode mode) {
        this.screen = screen;
        this.mode = mode;
    }

    @Override
    public boolean quiz(String heading, AnswerSheet sheet, List<Question> questions) {
        return withPrompt((in, out) -> {
            out.raw(heading + "  (Ctrl-C to pause)");
            return new QuizRunner(in, out, true).run(sheet, questions) == QuizRunner.Outcome.DONE;
        });
    }

    @Override
    public String note(String stepTitle) {
        return withPrompt((in, out) -> {
            out.raw("Note on " + stepTitle + "  (Enter to save, Ctrl-C to cancel)");
            try {
                return in.readLine("note> ");
            } catch (LineInput.Cancelled e) {
                return null;
            }
        });
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
                return body.apply(new JLineInput(mode.session().reader()),
                        new Printer(mode.session().printWriter(), Math.max(20, Math.min(width - 1, 100))));
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
