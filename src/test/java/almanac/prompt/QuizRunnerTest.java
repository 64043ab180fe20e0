package almanac.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.content.Choice;
import almanac.content.Question;
import almanac.render.Line;
import almanac.render.Medium;
import almanac.render.Style;
import almanac.tutor.AnswerSheet;
import almanac.tutor.Feedback;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quiz on a small window whose top lines are gone once they scroll off (the full
 * screen's prompt): what the learner can read each time the quiz waits for them.
 */
class QuizRunnerTest {
    private static final int COLUMNS = 39;
    private static final int ROWS = 12;
    /** Taller than 12 rows at 39 columns: the question, four long options and how to answer. */
    private static final Question LONG = new Choice("moe", "Mistral Large 3 has 675B parameters in total and 41B"
            + " active per token. What does that mean for whoever serves it?", List.of(
                    "Only the 41B active parameters need to sit in GPU memory; the rest can wait on disk.",
                    "All 675B must be held in memory, but each token needs roughly the arithmetic of a 41B dense model.",
                    "It needs the memory of a 41B model but the arithmetic of a 675B model.",
                    "Every token runs through all 675B parameters; 41B is the size of the compressed download."),
            2, "Memory follows the total, arithmetic the active count.", null);

    private final StringWriter terminal = new StringWriter();
    private final PrintWriter text = new PrintWriter(terminal, true);
    /** The window's last rows each time the quiz waited for a line. */
    private final List<String> screensAtPrompts = new ArrayList<>();
    private final List<String> answers = new ArrayList<>();

    /** Replies typed in turn; each prompt records the window as the learner sees it then. */
    private LineInput typing(String... replies) {
        Deque<String> left = new ArrayDeque<>(Arrays.asList(replies));
        return prompt -> {
            text.print(prompt);
            text.flush();
            // The window is one column wider than the text (as TerminalPrompts wraps it); a
            // longer line, such as a prompt with a verdict, takes two rows.
            String[] lines = terminal.toString().split("\n", -1);
            Deque<String> window = new ArrayDeque<>();
            int rows = 0;
            for (int i = lines.length - 1; i >= 0; i--) {
                rows += Math.max(1, (lines[i].codePointCount(0, lines[i].length()) + COLUMNS) / (COLUMNS + 1));
                if (rows > ROWS) {
                    break;
                }
                window.addFirst(lines[i]);
            }
            screensAtPrompts.add(String.join("\n", window));
            String reply = left.poll();
            text.println(reply == null ? "" : reply);
            return reply;
        };
    }

    private final AnswerSheet sheet = new AnswerSheet() {
        @Override
        public Feedback answer(Question question, String reply) {
            answers.add(reply);
            return new Feedback(question, question.check(reply));
        }

        @Override
        public void skip(Question question) {
        }

        @Override
        public void hint(Question question) {
        }
    };

    private QuizRunner.Outcome run(int rows, String... replies) {
        return run(LONG, rows, replies);
    }

    private QuizRunner.Outcome run(Question question, int rows, String... replies) {
        Printer out = new Printer(text, null, () -> COLUMNS, Medium.SCREEN).paged(() -> rows);
        return new QuizRunner(typing(replies), out, true).run(sheet, List.of(question));
    }

    /** Every line printed after the line {@code from} was on the window at one of the prompts. */
    private void assertEveryLineWasSeen(String from) {
        String printed = terminal.toString();
        String after = printed.substring(printed.indexOf(from) + from.length() + 1);
        for (String line : after.split("\n")) {
            if (!line.isBlank()) {
                assertTrue(screensAtPrompts.stream().anyMatch(s -> s.contains(line)),
                        "'" + line + "' was on the window at a prompt; the windows were:\n"
                                + String.join("\n----\n", screensAtPrompts));
            }
        }
    }

    @Test
    void aLongExplanation_isPagedAboveTheWrappedPausePrompt_soNoLineScrollsAwayUnread() {
        // Explanations of every length from a few lines to more than a window.
        for (int words = 10; words <= 90; words += 4) {
            terminal.getBuffer().setLength(0);
            screensAtPrompts.clear();
            String explain = String.join(" ", java.util.Collections.nCopies(words, "tokens")) + " end.";
            Question q = new almanac.content.Numeric("cost", "What does it cost?", 7.41,
                    new almanac.content.Tolerance(0.05, false), "$", explain, null);

            run(q, ROWS, "1", "");

            assertEveryLineWasSeen("answer> 1");
        }
    }

    @Test
    void aQuestionAlone_isNotNumbered_andQuestionsOfAQuizAre() {
        Question shortOne = new Choice("short", "Which is larger?", List.of("675B", "41B"), 1, "Total.", null);
        Printer out = new Printer(text, null, () -> 80, Medium.SCREEN);

        new QuizRunner(typing("1"), out, true).run(sheet, List.of(shortOne));
        new QuizRunner(typing("1", "2"), out, true).run(sheet, List.of(shortOne, LONG));

        String printed = terminal.toString();
        assertTrue(printed.startsWith("\nQuestion: Which is larger?"), printed);
        assertFalse(printed.contains("Question 1/1"), printed);
        assertTrue(printed.contains("Question 1/2: Which is larger?"), printed);
        assertTrue(printed.contains("Question 2/2: Mistral Large 3"), printed);
    }

    @Test
    void aQuestionTallerThanTheWindow_isShownAPageAtATime_soEveryLineIsReadBeforeTheAnswer() {
        run(ROWS, "", "2", "");

        String printed = terminal.toString();
        String question = printed.substring(printed.indexOf("Question: "), printed.indexOf("answer> "));
        for (String line : question.split("\n")) {
            if (!line.isBlank() && !line.startsWith(QuizRunner.MORE.strip())) {
                assertTrue(screensAtPrompts.stream().anyMatch(s -> s.contains(line)),
                        "'" + line + "' was on the window at a prompt; the windows were:\n"
                                + String.join("\n----\n", screensAtPrompts));
            }
        }
        assertTrue(screensAtPrompts.get(0).endsWith(QuizRunner.MORE), screensAtPrompts.get(0));
        assertEquals(List.of("2"), answers);
    }

    @Test
    void theQuizHeading_isOnTheWindowWithTheFirstQuestion_neverScrolledOffUnseen() {
        Printer out = new Printer(text, null, () -> COLUMNS, Medium.SCREEN).paged(() -> ROWS);
        List<Line> heading = List.of(Line.of("Quiz · Amazon Web Services (q, Esc or", Style.BOLD),
                Line.of("  Ctrl-C pauses)", Style.DIM));
        Question shortOne = new Choice("pick", "Which one?", List.of("this", "that"), 1, "", null);

        new QuizRunner(typing("", "2", "", "1", ""), out, true).run(sheet, List.of(LONG, shortOne), heading);

        assertTrue(screensAtPrompts.get(0).startsWith("Quiz · Amazon Web Services"), screensAtPrompts.get(0));
        assertEquals(1, terminal.toString().split("Quiz · Amazon", -1).length - 1, "the heading is shown once");
        assertEquals(List.of("2", "1"), answers);
    }

    @Test
    void aPageBreaksBetweenOptions_notInsideOne() {
        run(ROWS, "", "2", "");

        String firstPage = screensAtPrompts.get(0);
        String lastLine = firstPage.split("\n")[firstPage.split("\n").length - 2];
        assertTrue(lastLine.contains("rest can wait on disk.") || lastLine.contains("41B dense model."),
                "the first page ends with a whole option:\n" + firstPage);
    }

    @Test
    void again_atTheAnswerPrompt_showsTheQuestionFromItsStart() {
        run(ROWS, "", "again", "", "2", "");

        String afterAgain = screensAtPrompts.get(2);
        assertTrue(afterAgain.contains("Question: Mistral Large 3"), afterAgain);
        assertTrue(terminal.toString().contains("'again' shows it again"), "the way to reread is offered");
        assertEquals(List.of("2"), answers);
    }

    @Test
    void again_afterTheWindowGrew_showsTheQuestionWrappedToTheNewWidth() {
        int[] window = {COLUMNS, ROWS};
        Printer out = new Printer(text, null, () -> window[0], Medium.SCREEN).paged(() -> window[1]);
        LineInput typist = typing("", "again", "2", "");
        LineInput resizing = prompt -> {
            String reply = typist.readLine(prompt);
            if ("again".equals(reply)) {
                window[0] = 99;
                window[1] = 40;
            }
            return reply;
        };

        new QuizRunner(resizing, out, true).run(sheet, List.of(LONG));

        String printed = terminal.toString();
        String reread = printed.substring(printed.indexOf("answer> again"));
        assertTrue(reread.contains("Question: Mistral Large 3 has 675B parameters in total and 41B active per"),
                reread);
        assertFalse(reread.substring(0, reread.indexOf("answer> 2")).contains(QuizRunner.MORE), reread);
    }

    @Test
    void anAnswerTypedBeforeTheLastPage_counts() {
        run(ROWS, "2", "");

        assertEquals(List.of("2"), answers);
    }

    @Test
    void qAtAMorePrompt_pausesTheQuiz() {
        assertEquals(QuizRunner.Outcome.PAUSED, run(ROWS, "q"));
        assertEquals(List.of(), answers);
    }

    @Test
    void whereNothingScrollsAway_theQuestionIsPrintedWhole_withoutMorePromptsOrAgain() {
        run(0, "2", "");

        String printed = terminal.toString();
        assertFalse(printed.contains(QuizRunner.MORE), printed);
        assertFalse(printed.contains("'again'"), printed);
        assertEquals(1, screensAtPrompts.stream().filter(s -> s.endsWith("answer> ")).count());
    }
}
