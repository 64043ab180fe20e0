package almanac.plain;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.content.LearningPath;
import almanac.content.PathLoader;
import almanac.progress.Attempt;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import almanac.progress.ProgressStore;
import almanac.prompt.LineInput;
import almanac.prompt.Printer;
import almanac.prompt.StreamInput;
import almanac.render.SanitizingWriter;
import almanac.tutor.MutableClock;
import almanac.tutor.Session;
import almanac.tutor.Tea;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTutorTest {
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    /** Answers the whole tea path rightly, from the intro to the summary. */
    private static final String WHOLE_PATH_RIGHT = "next\n2\n1,3\nnext\n6\nnext\nsteeping\n";

    @TempDir
    Path tmp;

    private MutableClock clock;
    private ProgressStore store;
    private LearningPath path = Tea.path();

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        store = new ProgressStore(tmp.resolve("home"), clock);
    }

    /** Runs the tutor as `almanac learn` does with piped input: the program's writer sanitises. */
    private String run(String script) {
        return run(script, null, false);
    }

    private String run(String script, Integer step, boolean restart) {
        return run(script, step, restart, SanitizingWriter::new);
    }

    private String run(String script, Integer step, boolean restart, Function<Writer, Writer> wiring) {
        StringWriter transcript = new StringWriter();
        PrintWriter out = new PrintWriter(wiring.apply(transcript), true);
        Session session = new Session(path, store, clock);
        StreamInput in = new StreamInput(new BufferedReader(new StringReader(script)), out);
        new PlainTutor(session, in, new Printer(out, 80), ZoneOffset.UTC).run(step, restart);
        out.flush();
        return transcript.toString();
    }

    private PathProgress saved() {
        return store.load().path(path.id());
    }

    private static void assertInOrder(String transcript, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = transcript.indexOf(part, from);
            assertTrue(at >= 0, "expected \"" + part + "\" after position " + from + " in:\n" + transcript);
            from = at + part.length();
        }
    }

    private static int count(String transcript, String part) {
        int n = 0;
        for (int at = transcript.indexOf(part); at >= 0; at = transcript.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Nested
    class Opening {

        @Test
        void firstRun_printsTheIntroThenStep1ThenThePrompt() {
            String actual = run("");

            assertInOrder(actual,
                    "Tea: A Short Path for Tests\n",
                    "Three small steps about brewing tea",
                    "For: Anyone who owns a kettle.\n",
                    "Level: beginner · 3 steps · about 4 minutes · facts as of 2026-11-27\n",
                    "── Step 1/3 · Water (1 min) ──\n",
                    "Water boils at 100 °C at sea level.",
                    "[1/3 water]> ");
            assertFalse(actual.contains("Resuming"), actual);
        }

        @Test
        void laterRun_saysResumingAtTheSavedStepAndSkipsTheIntro() {
            run("next\n2\n1,3\n");

            String actual = run("");

            assertTrue(actual.startsWith("Resuming at step 2/3.\n"), actual);
            assertInOrder(actual, "── Step 2/3 · Leaves (2 min) ──", "Use about 2 grams of leaf", "[2/3 leaves]> ");
            assertFalse(actual.contains("Three small steps"), "no intro the second time:\n" + actual);
        }

        @Test
        void laterRun_afterFinishing_saysWhenItWasFinished() {
            run(WHOLE_PATH_RIGHT);
            clock.advance(Duration.ofDays(1));

            String actual = run("");

            assertInOrder(actual, "Resuming at step 3/3.",
                    "You finished this path on 2026-11-27 09:00; 'goto 1' starts it again.");
        }

        @Test
        void stepOption_startsAtThatStepWithoutTheIntro() {
            String actual = run("", 3, false);

            assertTrue(actual.startsWith("── Step 3/3 · Time (1 min) ──"), actual);
            assertTrue(actual.endsWith("[3/3 time]> \n"), actual);
        }

        @Test
        void restart_showsTheIntroAgain() {
            run("next\n2\n1,3\n");

            String actual = run("", null, true);

            assertInOrder(actual, "Three small steps", "── Step 1/3 · Water", "[1/3 water]> ");
        }

        @Test
        void brokenDotfile_saysWhereItWentThenStarts() throws IOException {
            Files.createDirectories(tmp.resolve("home"));
            Files.writeString(tmp.resolve("home/progress.yaml"), "{ not: [ yaml");

            String actual = run("");

            String aside = tmp.resolve("home/progress.yaml.broken-20261127T090000Z").toString();
            assertInOrder(actual.replace("\n", " "), "could not be read", aside, "── Step 1/3");
        }
    }

    @Nested
    class Quiz {

        @Test
        void next_withTheQuizUnanswered_printsEachQuestionWithNumberedOptions() {
            String actual = run("next\n");

            assertInOrder(actual,
                    "[1/3 water]> next\n",
                    "Question 1/2: What temperature suits green tea?\n",
                    "  1. 60 °C\n",
                    "  2. 80 °C\n",
                    "  3. 100 °C\n",
                    "  (answer with a number from 1 to 3; 'hint', 'skip', or 'q' to stop)\n",
                    "answer> ");
        }

        @Test
        void aQuestionWithoutAHint_doesNotOfferOne() {
            String actual = run("next\n2\n");

            String second = actual.substring(actual.indexOf("Question 2/2"));
            second = second.substring(0, second.indexOf("answer> "));
            assertTrue(second.contains("(answer with the numbers of all right options"), second);
            assertTrue(second.contains("'skip', or 'q'"), second);
            assertFalse(second.contains("'hint'"), second);
        }

        @Test
        void wrongPickOfSeveral_saysWhatWasMissedAndWhatWasWrong() {
            String actual = run("next\n2\n1,2\n");

            assertInOrder(actual, "answer> 1,2\n", "✗ Not quite.\n", "You had 1 and 2; 3 was also right, 2 was not.\n",
                    "The answer: 1.");
        }

        @Test
        void quitAtTheAnswerPrompt_pausesTheQuizAndTheStepPromptComesBack() {
            String actual = run("next\nq\nnext\n");

            assertFalse(actual.contains("Answer with one number"), "q is not read as an answer: " + actual);
            assertEquals(List.of(), saved().attempts("water/green-temp"));
            String after = actual.substring(actual.indexOf("answer> q"));
            assertInOrder(after, "Quiz paused. 'next' asks the rest.\n", "]> next\n", "Question 1/2");
        }

        @Test
        void aQuizTakenUpAgain_numbersWhatIsLeftByItsPlaceInTheQuiz() {
            String actual = run("next\n2\nq\nnext\n");

            String after = actual.substring(actual.indexOf("Quiz paused."));
            assertInOrder(after, "]> next\n", "Question 2/2: Which are true?");
            assertFalse(after.contains("Question: "), after);
        }

        @Test
        void hint_showsTheHintAndAsksAgain() {
            String actual = run("next\nhint\n2\n");

            assertInOrder(actual, "answer> hint\n", "Hint: Cooler than boiling.\n", "answer> 2\n", "✓ Right.");
        }

        @Test
        void hint_forAQuestionWithoutOne_saysSo() {
            String actual = run("next\n2\nhint\n");

            assertInOrder(actual, "Question 2/2", "answer> hint\n", "No hint for this one.\n", "answer> ");
        }

        @Test
        void rightAnswer_saysRightAndExplains() {
            String actual = run("next\n2\n");

            assertInOrder(actual, "answer> 2\n", "✓ Right.\n", "  Around 80 °C keeps green tea from turning bitter.\n");
        }

        @Test
        void wrongAnswer_saysWrongWithTheRightAnswerAndExplains() {
            String actual = run("next\n3\n");

            assertInOrder(actual, "answer> 3\n", "✗ Not quite. The answer: 2. 80 °C\n",
                    "  Around 80 °C keeps green tea from turning bitter.\n");
            assertEquals(List.of(new Attempt(T0, "3", false)), saved().attempts("water/green-temp"));
        }

        @Test
        void everyQuestionKind_acceptsItsAnswerFormat() {
            String actual = run("next\n2\n3 1\nnext\n$6 g\nnext\n  Steeping. \n");

            assertEquals(4, count(actual, "✓ Right."), actual);
        }

        @Test
        void unreadableAnswer_saysWhatIsExpected_asksAgain_andIsNotRecorded() {
            String actual = run("next\nbanana\n");

            assertInOrder(actual, "answer> banana\n", "Answer with one number from 1 to 3.\n", "answer> ");
            assertEquals(List.of(), saved().attempts("water/green-temp"));
        }

        @Test
        void skip_movesOnToTheNextQuestionAndThenTheNextStep() {
            String actual = run("next\nskip\nskip\n");

            assertInOrder(actual, "answer> skip\n", "Skipped (asked again next time). The answer: 2. 80 °C\n",
                    "  Around 80 °C keeps green tea from turning bitter.\n", "Question 2/2", "answer> skip\n", "Skipped", "── Step 2/3 · Leaves", "[2/3 leaves]> ");
        }

        @Test
        void skippedQuestion_isAskedAgainOnTheNextRun() {
            run("next\nskip\nskip\n");

            String actual = run("goto 1\nnext\n");

            assertInOrder(actual, "[1/3 water]> next\n", "Question 1/2: What temperature suits green tea?");
        }

        @Test
        void afterTheQuiz_theKeyPointsComeThenTheNextStep() {
            String actual = run("next\n2\n1,3\n");

            assertInOrder(actual,
                    "Key points\n",
                    "  • Green tea wants water around 80 °C.\n",
                    "  • Hotter water extracts more tannins.\n",
                    "── Step 2/3 · Leaves (2 min) ──\n",
                    "[2/3 leaves]> ");
        }

        @Test
        void quizCommand_asksTheStepsQuizAgain() {
            String actual = run("next\n2\n1,3\nback\nquiz\n1\n");

            assertInOrder(actual, "[1/3 water]> quiz\n", "Question 1/2: What temperature suits green tea?",
                    "answer> 1\n", "✗ Not quite.");
        }

        @Test
        void endOfInputDuringTheQuiz_stopsQuietlyAndKeepsWhatWasAnswered() {
            String actual = run("next\n2\n");

            assertTrue(actual.endsWith("answer> \n"), actual);
            assertEquals(1, saved().attempts("water/green-temp").size());
        }
    }

    @Nested
    class TheEnd {

        @Test
        void finishingTheLastStep_printsTheSummaryAndEnds() {
            String actual = run(WHOLE_PATH_RIGHT + "note after the end\n");

            assertInOrder(actual,
                    "── Step 3/3 · Time (1 min) ──",
                    "answer> steeping\n",
                    "✓ Right.",
                    "Key points\n",
                    "  • Two to three minutes for green tea.\n",
                    "Path complete: Tea: A Short Path for Tests\n",
                    "Steps done:  3/3\n",
                    "Quiz:        4 right of 4 answered (4 questions)\n",
                    "Time:        ",
                    "Notes:       0\n");
            assertFalse(actual.contains("note after the end"), "input after the end is not read:\n" + actual);
            assertEquals(0, saved().noteCount());
            assertTrue(saved().finished() != null);
        }

        @Test
        void summary_listsTheQuestionsWorthAnotherLook() {
            String actual = run("next\n1\n1,3\nnext\n6\nnext\nboiling\n");

            assertInOrder(actual,
                    "Quiz:        2 right of 4 answered (4 questions)\n",
                    "Worth another look\n",
                    "  • Water (step 1) · answer: 2. 80 °C\n",
                    "  • Time (step 3) · answer: steeping\n");
        }

        @Test
        void endOfInput_quitsAndKeepsEverythingSaved() {
            String actual = run("note kept without quitting\ngoto 2");

            assertTrue(actual.endsWith("[2/3 leaves]> \n"), actual);
            assertEquals(List.of("kept without quitting"), saved().notes("water").stream().map(Note::text).toList());
            assertEquals("leaves", saved().current());
        }

        @Test
        void quit_stopsReadingCommands() {
            String actual = run("quit\nnote never\n");

            assertFalse(actual.contains("note never"), actual);
            assertEquals(0, saved().noteCount());
        }

        @Test
        void quit_savesTheTimeSpentOnTheStep() {
            Session session = new Session(path, store, clock);
            PrintWriter out = new PrintWriter(new SanitizingWriter(new StringWriter()), true);
            LineInput fourMinutesThenEnd = prompt -> {
                clock.advance(Duration.ofMinutes(4));
                return null;
            };

            new PlainTutor(session, fourMinutesThenEnd, new Printer(out, 80), ZoneOffset.UTC).run(null, false);

            assertEquals(240, saved().step("water").seconds());
        }
    }

    @Nested
    class Commands {

        @ParameterizedTest(name = "\"{0}\" prints \"{1}\"")
        @CsvSource(delimiter = '|', value = {
            "next              | Question 1/2: What temperature suits green tea?",
            "n                 | Question 1/2: What temperature suits green tea?",
            "outline           | ›  1. Water (1 min)",
            "o                 | ›  1. Water (1 min)",
            "goto 3            | ── Step 3/3 · Time (1 min) ──",
            "g 3               | ── Step 3/3 · Time (1 min) ──",
            "3                 | ── Step 3/3 · Time (1 min) ──",
            "note steep less   | Note saved on step 1.",
            "a steep less      | Note saved on step 1.",
            ": steep less      | Note saved on step 1.",
            "glossary tannin   | Tannin — A bitter compound in tea leaves.",
            "g tannin          | Tannin — A bitter compound in tea leaves.",
            "sources           | 1. Water and tea (2026-01-15)",
            "s                 | 1. Water and tea (2026-01-15)",
            "help              | Commands (short forms in brackets):",
            "h                 | Commands (short forms in brackets):",
            "?                 | Commands (short forms in brackets):",
            "NEXT              | Question 1/2: What temperature suits green tea?",
        })
        void command_andItsShortForm_doTheSame(String command, String expected) {
            String actual = run(command + "\n");

            assertInOrder(actual, "[1/3 water]> " + command + "\n", expected);
        }

        @ParameterizedTest(name = "\"{0}\" on step 2 goes back to step 1")
        @CsvSource({"back", "b", "p"})
        void back_andItsShortForms_goToTheStepBefore(String command) {
            String actual = run(command + "\n", 2, false);

            assertInOrder(actual, "[2/3 leaves]> " + command + "\n", "── Step 1/3 · Water (1 min) ──", "[1/3 water]> ");
        }

        @ParameterizedTest(name = "\"{0}\" ends the session")
        @CsvSource({"quit", "q", "exit"})
        void quit_andItsShortForms_end(String command) {
            String actual = run(command + "\nhelp\n");

            assertFalse(actual.contains("Commands (short forms"), actual);
        }

        @Test
        void noteThenNotes_listsItWithItsTime() {
            clock.advance(Duration.ofMinutes(5));

            String actual = run("note brew at 80 °C\nnotes\n");

            assertInOrder(actual, "Note saved on step 1.\n", "[1/3 water]> notes\n", "1. Water\n",
                    "  2026-11-27 09:05  brew at 80 °C\n");
            assertEquals(List.of(new Note(T0.plusSeconds(300), "brew at 80 °C")), saved().notes("water"));
        }

        @Test
        void outline_ticksDoneStepsAndCountsWhatIsLeft() {
            String actual = run("next\n2\n1,3\noutline\n");

            assertInOrder(actual, "[2/3 leaves]> outline\n",
                    "✓  1. Water (1 min)\n",
                    "›  2. Leaves (2 min)\n",
                    "   3. Time (1 min)\n",
                    "1 of 3 done · about 3 minutes left.\n");
        }

        @ParameterizedTest(name = "\"{0}\" answers \"{1}\"")
        @CsvSource(delimiter = '|', value = {
            "frobnicate        | Unknown command 'frobnicate'. Type 'help' for the list.",
            "back              | This is the first step.",
            "goto 9            | There is no step 9; this path has steps 1 to 3.",
            "goto              | Which step? Type 'goto N' with N from 1 to 3.",
            "goto two          | Which step? Type 'goto N' with N from 1 to 3.",
            "note              | Type the note after the word: note TEXT",
            "notes             | No notes on this path yet. Add one with: note TEXT",
            "glossary espresso | No glossary entry mentions 'espresso'.",
        })
        void commandThatCannotBeDone_saysWhyAndKeepsThePrompt(String command, String expected) {
            String actual = run(command + "\n");

            assertInOrder(actual, "[1/3 water]> " + command + "\n", expected + "\n", "[1/3 water]> ");
        }

        @Test
        void emptyLine_justPromptsAgain() {
            String actual = run("\n\n");

            assertEquals(3, count(actual, "[1/3 water]> "), actual);
        }
    }

    @Nested
    class Saving {

        @Test
        void homeThatCannotBeWritten_neverSaysSaved_andTheTutorGoesOn() throws IOException {
            Path file = tmp.resolve("regular-file");
            Files.writeString(file, "x");
            store = new ProgressStore(file, clock);

            String actual = run("note one\nnote two\nnext\n2\n1,3\n");

            assertEquals(0, count(actual, "Note saved"), actual);
            assertEquals(2, count(actual, "Note NOT saved: cannot save progress: " + file + " exists and is not a folder"),
                    actual);
            assertEquals(2, count(actual, "Answer NOT saved: "), actual);
            assertInOrder(actual, "Where you are NOT saved: ", "Note NOT saved: ", "Answer NOT saved: ",
                    "── Step 2/3 · Leaves", "Step 1 done NOT saved: ");
            assertEquals("x", Files.readString(file));
        }

        @Test
        void noteOverTheLimit_isRefusedInOneLine() {
            String actual = run("note " + "x".repeat(Session.MAX_NOTE_BYTES + 1) + "\n");

            assertEquals(1, count(actual, "a note can hold at most 64 KB. Nothing was added"), actual);
            assertEquals(0, count(actual, "Note saved"), actual);
            assertEquals(0, saved().noteCount());
        }
    }

    @Nested
    class NoEscapes {
        private static final String HOSTILE = """
                schema: 1
                id: hostile
                title: "Tea \\e]0;PWNED\\a\\e[2J Title \\u202Eevil"
                summary: "Summary \\e[31mred\\e[0m, a C1 \\x9b31m CSI and \\r a carriage return"
                audience: "Anyone \\e]52;c;cGF5bG9hZA==\\a with a clipboard"
                level: beginner
                as_of: 2026-11-27
                steps:
                  - id: first
                    title: "First \\e[1mbold\\e[0m"
                    minutes: 1
                    why: "Why \\e[2J"
                    body: "Body \\e[2J text with `code \\e[31m` and **bold \\e]8;;http://x\\a**.\\n\\n- item \\e]0;x\\a\\n\\n> quote \\e[7m"
                    key_points: [ "Point \\e[2J one", "Point two \\a" ]
                    sources:
                      - { title: "Source \\e[2J", url: "https://example.com/\\e[2J", date: 2026-01-15 }
                    quiz:
                      - id: q1
                        choice: "Choose \\e[2J one"
                        options: [ "Option \\e[31m one", "Option two \\e]0;t\\a" ]
                        answer: 1
                        explain: "Explain \\e[2J this"
                        hint: "Hint \\e[2J here"
                      - id: q2
                        text: "Type \\e[2J word"
                        accept: [ "wor\\e[2Jd" ]
                        explain: "Because \\e[2J"
                  - id: second
                    title: "Second \\e[2J"
                    minutes: 1
                    body: "Second body"
                glossary:
                  - { term: "Term \\e[2J", means: "Means \\e[2J" }
                """;
        private static final String VISIT_EVERYTHING = "outline\nglossary\nsources\nhelp\nnext\nhint\n2\nwor\nback\nnext\n";

        @BeforeEach
        void hostilePath() throws IOException {
            Path file = tmp.resolve("hostile.yaml");
            Files.writeString(file, HOSTILE);
            path = PathLoader.load(file, "hostile.yaml").orThrow();
        }

        private void assertNoControls(String transcript) {
            for (int i = 0; i < transcript.length(); i++) {
                char c = transcript.charAt(i);
                boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)
                        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
                assertFalse(control, String.format("U+%04X at %d in:%n%s", (int) c, i, transcript));
            }
        }

        @Test
        void hostilePath_transcriptHoldsNoEscapeCharacter() {
            String actual = run(VISIT_EVERYTHING);

            assertAll(
                    () -> assertFalse(actual.contains("\u001b"), actual),
                    () -> assertNoControls(actual),
                    () -> assertTrue(actual.contains("Tea ^[]0;PWNED^G^[[2J Title"), "shown, but inert:\n" + actual),
                    () -> assertTrue(actual.contains("Means ^[[2J"), actual));
        }

        @Test
        void hostilePath_textIsMadeInertBeforeItReachesTheWriter() {
            String actual = run(VISIT_EVERYTHING, null, false, w -> w);

            assertNoControls(actual);
        }

        @Test
        void escapeCodesTypedByTheLearner_areEchoedAndStoredInert() {
            String actual = run("note \u001b[2Jtyped\nfrob\u001b]0;x\u0007\nnotes\n");

            assertFalse(actual.contains("\u001b"), actual);
            assertNoControls(actual);
            assertEquals(List.of("\u001b[2Jtyped"), saved().notes("first").stream().map(Note::text).toList(),
                    "the note is kept as typed; only its display is made inert");
        }
    }

    @Test
    void styledText_isPrintedWithoutEscapeSequences() {
        String actual = run(WHOLE_PATH_RIGHT, null, false, w -> w);

        assertFalse(actual.contains("\u001b"), actual);
        assertTrue(actual.contains("Water boils at 100 °C at sea level."), "bold text printed plainly:\n" + actual);
    }
}
