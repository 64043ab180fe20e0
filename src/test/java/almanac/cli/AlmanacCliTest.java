package almanac.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.progress.Note;
import almanac.progress.PathProgress;
import almanac.progress.ProgressStore;
import almanac.render.SanitizingWriter;
import almanac.tutor.MutableClock;
import almanac.tutor.Tea;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The command line in-process, through {@link Almanac#run} with an {@link Env} on string writers. */
class AlmanacCliTest {
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private static final String TEA_DIR = Tea.FOLDER.toString();
    private static final String TYPO = "src/test/resources/broken/typo.yaml";

    @TempDir
    Path tmp;

    private final Map<String, String> vars = new HashMap<>();
    private MutableClock clock;
    private String stdin = "";
    private java.io.InputStream stdinStream;
    private boolean interactive;
    private String launcher;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        vars.put("ALMANAC_HOME", home().toString());
    }

    private Path home() {
        return tmp.resolve("home");
    }

    /** What one run of the program printed and returned. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Result almanac(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(Map.copyOf(vars), tmp.resolve("user"), null,
                stdinStream != null ? stdinStream : new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(new SanitizingWriter(out), true), new PrintWriter(new SanitizingWriter(err), true),
                clock, ZoneOffset.UTC, interactive, tmp.resolve("cwd"), launcher);
        int code = Almanac.run(env, args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A plain-mode session on the tea path, as a script piped into `almanac learn tea`. */
    private Result learn(String script, String... extra) {
        stdin = script;
        String[] args = new String[] {"--paths", TEA_DIR, "learn", "tea"};
        String[] all = Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return almanac(all);
    }

    private PathProgress saved(Path home) {
        return new ProgressStore(home, clock).load().path("tea");
    }

    private static void assertOk(Result r) {
        assertEquals(0, r.code(), "exit code; out:\n" + r.out() + "\nerr:\n" + r.err());
    }

    private static void assertOneLineError(Result r, String expectedPart) {
        assertAll(
                () -> assertEquals(1, r.code(), r.err()),
                () -> assertEquals(1, r.errLines().size(), "one line:\n" + r.err()),
                () -> assertTrue(r.err().startsWith("almanac: "), r.err()),
                () -> assertTrue(r.err().contains(expectedPart), r.err()),
                () -> assertFalse(r.err().contains("Exception"), "no stack trace:\n" + r.err()),
                () -> assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> json(String text) {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        assertInstanceOf(List.class, parsed, text);
        return (List<Map<String, Object>>) parsed;
    }

    /** The table row whose first cell is {@code id}, split into cells. */
    private static List<String> row(String table, String id) {
        return table.lines().filter(l -> l.startsWith(id + " ")).findFirst()
                .map(l -> List.of(l.split(" {2,}"))).orElseThrow(() -> new AssertionError("no row " + id + " in:\n" + table));
    }

    @Nested
    class NoCommand {

        @Test
        void noCommand_onAFirstRun_listsPathsAndSuggestsTheTour() {
            Result r = almanac("--paths", TEA_DIR);

            assertOk(r);
            assertTrue(r.out().contains("Tea: A Short Path for Tests"), r.out());
            assertTrue(r.out().contains("not started"), r.out());
            assertTrue(r.out().contains("New here? Take the tour (13 minutes): almanac learn almanac-tour"), r.out());
        }

        @Test
        void noCommand_afterSomeProgress_suggestsContinuing() {
            learn("next\n2\n1,3\n");

            Result r = almanac("--paths", TEA_DIR);

            assertTrue(r.out().contains("at step 2, 1/3 done"), r.out());
            assertTrue(r.out().contains("Continue: almanac learn tea"), r.out());
        }
    }

    @Nested
    class Listing {

        @Test
        void list_showsEachPathWithItsFacts() {
            vars.put("COLUMNS", "120");
            Result r = almanac("--paths", TEA_DIR, "list");

            assertOk(r);
            assertEquals(List.of("ID", "TITLE", "STEPS", "MIN", "LEVEL", "PROGRESS"), row(r.out(), "ID"));
            assertEquals(List.of("tea", "Tea: A Short Path for Tests", "3", "4", "beginner", "not started"),
                    row(r.out(), "tea"));
        }

        @Test
        void list_withPathsBeforeAndAfterTheCommandName_searchesBothFolders() throws IOException {
            Path other = Files.createDirectories(tmp.resolve("other"));
            Files.writeString(other.resolve("coffee.yaml"), Files.readString(Tea.FILE).replace("id: tea", "id: coffee"));

            Result r = almanac("--paths", TEA_DIR, "list", "--paths", other.toString());

            assertOk(r);
            assertEquals("tea", row(r.out(), "tea").get(0));
            assertEquals("coffee", row(r.out(), "coffee").get(0));
        }

        @Test
        void list_onANarrowTerminal_shortensTitlesToFit() {
            vars.put("COLUMNS", "70");
            Result r = almanac("--paths", TEA_DIR, "list");

            for (String line : r.out().split("\n")) {
                assertTrue(line.length() <= 70, "fits in 70 columns: " + line);
            }
            assertTrue(r.out().contains("…"), r.out());
        }

        @Test
        void list_showsProgress() {
            learn("next\n2\n1,3\n");

            Result r = almanac("--paths", TEA_DIR, "list");

            assertEquals("at step 2, 1/3 done", row(r.out(), "tea").get(5));
        }

        @Test
        void list_again_readsEachFileFromTheParseCache_andAnEditShowsAtOnce() throws IOException {
            vars.put("COLUMNS", "120");
            Path dir = Files.createDirectories(tmp.resolve("mine"));
            Files.copy(Tea.FILE, dir.resolve("tea.yaml"));
            Files.copy(Path.of(TYPO), dir.resolve("typo.yaml"));
            Files.createDirectories(home());
            Result first = almanac("--paths", dir.toString(), "list");
            try (var entries = Files.list(home().resolve("cache"))) {
                assertTrue(entries.count() >= 3, "tea, typo and the shipped paths are cached");
            }

            Result again = almanac("--paths", dir.toString(), "list");
            Files.writeString(dir.resolve("tea.yaml"),
                    Files.readString(dir.resolve("tea.yaml")).replace("Tea: A Short Path", "Tea: An Edited Path"));
            Result edited = almanac("--paths", dir.toString(), "list");

            assertEquals(first, again);
            assertTrue(again.err().contains("typo.yaml:3:1:"), again.err());
            assertEquals("Tea: An Edited Path for Tests", row(edited.out(), "tea").get(1));
        }

        @Test
        void list_withABrokenFile_reportsItAndListsTheRest() throws IOException {
            Path dir = Files.createDirectories(tmp.resolve("mixed"));
            Files.copy(Tea.FILE, dir.resolve("tea.yaml"));
            Files.copy(Path.of(TYPO), dir.resolve("typo.yaml"));

            Result r = almanac("--paths", dir.toString(), "list");

            assertOk(r);
            assertEquals("tea", row(r.out(), "tea").get(0));
            assertFalse(r.out().contains("typo"), r.out());
            assertTrue(r.err().contains("typo.yaml:3:1:"), r.err());
        }
    }

    @Nested
    class Show {

        @Test
        void show_printsTheOutline() {
            Result r = almanac("--paths", TEA_DIR, "show", "tea");

            assertOk(r);
            assertTrue(r.out().startsWith("Tea: A Short Path for Tests\n"), r.out());
            assertTrue(r.out().contains("Level: beginner · 3 steps · about 4 minutes · facts as of 2026-11-27"), r.out());
            assertTrue(r.out().contains(" 1. Water (1 min)\n 2. Leaves (2 min)\n 3. Time (1 min)\n"), r.out());
        }

        @Test
        void showStep_printsThatStepsTextKeyPointsAndSources() {
            Result r = almanac("--paths", TEA_DIR, "show", "tea", "--step", "2");

            assertOk(r);
            String out = r.out();
            assertTrue(out.startsWith("Step 2/3 · Leaves (2 min)\n"), out);
            assertTrue(out.indexOf("Use about 2 grams of leaf per 100 ml of water.") < out.indexOf("Key points"), out);
            assertTrue(out.indexOf("About 2 g of leaf per 100 ml.") < out.indexOf("Sources"), out);
            assertTrue(out.contains("Leaf ratios (2026-02-01)"), out);
            assertTrue(out.contains("https://example.com/leaves"), out);
            assertFalse(out.contains("How many grams"), "the quiz is not given away:\n" + out);
        }

        @Test
        void showStep_outOfRange_failsWithOneLine() {
            Result r = almanac("--paths", TEA_DIR, "show", "tea", "--step", "4");

            assertOneLineError(r, "there is no step 4; tea has steps 1 to 3");
        }

        @Test
        void show_aPathFileByItsName_needsNoPathsOption() {
            Result r = almanac("show", Tea.FILE.toString());

            assertOk(r);
            assertTrue(r.out().startsWith("Tea: A Short Path for Tests"), r.out());
        }
    }

    @Nested
    class ProgressReport {

        @Test
        void progress_beforeAnyLearning_saysHowToStart() {
            Result r = almanac("--paths", TEA_DIR, "progress");

            assertOk(r);
            assertEquals("No progress yet. Start with: almanac learn PATH (see 'almanac list').\n", r.out());
        }

        @Test
        void progress_showsStepsScoreNotesAndStatus() {
            learn("note remember 80 °C\nnext\n1\n1,3\n");

            Result r = almanac("--paths", TEA_DIR, "progress");

            assertOk(r);
            assertEquals("""
                    Tea: A Short Path for Tests (tea)
                      steps done:  1/3
                      quiz:        1 right of 2 answered
                      time:        0 s
                      notes:       1
                      recall now:  not predicted until a day after an answer (2 answered within a day)
                      last visit:  2026-11-27T09:00:00Z
                      status:      at step 2, 1/3 done
                    """, r.out());
        }

        @Test
        void progress_countsTimeSpent() {
            new ProgressStore(home(), clock).update(p -> p.with("tea",
                    t -> t.withStarted(T0).withCurrent("leaves").withSecondsAdded("water", 400)));

            Result r = almanac("--paths", TEA_DIR, "progress", "tea");

            assertTrue(r.out().contains("  time:        7 min\n"), r.out());
        }

        @Test
        void progressJson_givesTheSameFactsForScripts() {
            learn("note remember 80 °C\nnext\n1\n1,3\n");

            Result r = almanac("--paths", TEA_DIR, "progress", "--json");

            assertOk(r);
            List<Map<String, Object>> rows = json(r.out());
            assertEquals(1, rows.size());
            Map<String, Object> tea = rows.get(0);
            assertAll(
                    () -> assertEquals("tea", tea.get("id")),
                    () -> assertEquals("Tea: A Short Path for Tests", tea.get("title")),
                    () -> assertEquals(3, tea.get("steps")),
                    () -> assertEquals(1, tea.get("steps_done")),
                    () -> assertEquals("leaves", tea.get("current")),
                    () -> assertEquals(4, tea.get("questions")),
                    () -> assertEquals(2, tea.get("answered")),
                    () -> assertEquals(1, tea.get("right")),
                    () -> assertEquals(1, tea.get("notes")),
                    () -> assertEquals("2026-11-27T09:00:00Z", tea.get("started")),
                    () -> assertNull(tea.get("finished")),
                    () -> assertEquals("at step 2, 1/3 done", tea.get("status")),
                    () -> assertNull(tea.get("retention"), "no prediction within a day of the answers"),
                    () -> assertEquals(0, tea.get("retention_of")),
                    () -> assertEquals(2, tea.get("answered_within_a_day")));
        }

        @Test
        void progress_rightAfterWrongAnswers_claimsNoRecall_andSaysWhenItWillBePredicted() {
            learn("next\n1\n2\n");

            Result r = almanac("--paths", TEA_DIR, "progress", "tea");

            assertOk(r);
            assertTrue(r.out().contains("  quiz:        0 right of 2 answered\n"), r.out());
            assertFalse(r.out().contains("100%"), "FSRS's full recall at t = 0 is not shown: " + r.out());
            assertTrue(r.out().contains(
                    "  recall now:  not predicted until a day after an answer (2 answered within a day)\n"), r.out());
        }

        @Test
        void progress_predictsRecallOfOlderAnswers_andLeavesOutTheLastDays() {
            learn("next\n1\n1,3\n");
            clock.advance(java.time.Duration.ofDays(3));
            learn("next\n9\n");

            Result text = almanac("--paths", TEA_DIR, "progress", "tea");
            Result json = almanac("--paths", TEA_DIR, "progress", "tea", "--json");

            // The two answers of three days ago: mean predicted recall 0.770 (see below); the third is new.
            assertTrue(text.out().contains("  recall now:  77% of 2 questions (predicted; 1 answered within a day"
                    + " not counted)\n"), text.out());
            Map<String, Object> tea = json(json.out()).get(0);
            assertAll(
                    () -> assertEquals(0.77, tea.get("retention")),
                    () -> assertEquals(2, tea.get("retention_of")),
                    () -> assertEquals(1, tea.get("answered_within_a_day")));
        }

        @Test
        void progressJson_retentionIsTheMeanPredictedRecallOfTheAnsweredQuestions() {
            learn("next\n1\n1,3\n");
            clock.advance(java.time.Duration.ofDays(3));

            Result r = almanac("--paths", TEA_DIR, "progress", "--json");

            // Right (S = 2.3065): R(3) = 0.880948; wrong (S = 0.212): R(3) = 0.659503; mean 0.770.
            assertEquals(0.77, json(r.out()).get(0).get("retention"));
        }

        @Test
        void progressJson_beforeAnyLearning_isAnEmptyList() {
            Result r = almanac("--paths", TEA_DIR, "progress", "--json");

            assertOk(r);
            assertEquals(List.of(), json(r.out()));
        }

        @Test
        void progress_ofOnePathNotStarted_saysSo() {
            Result r = almanac("--paths", TEA_DIR, "progress", "tea");

            assertOk(r);
            assertTrue(r.out().contains("  status:      not started\n"), r.out());
        }
    }

    @Nested
    class Notes {

        private void seedNotes(String... texts) {
            new ProgressStore(home(), clock).update(p -> p.with("tea", t -> {
                PathProgress r = t.withStarted(T0);
                for (int i = 0; i < texts.length; i++) {
                    r = r.withNote(i == 0 ? "water" : "time", new Note(T0.plusSeconds(60L * i), texts[i]));
                }
                return r;
            }));
        }

        @Test
        void notesMarkdown_groupsNotesUnderTheirStepsWithKeyPointsAndSources() {
            seedNotes("cooler for green", "three minutes,\nnot five");

            Result r = almanac("--paths", TEA_DIR, "notes", "tea");

            assertOk(r);
            assertEquals("""
                    # Tea: A Short Path for Tests — notes

                    *Facts as of 2026-11-27. Path `tea`.*

                    ## 1. Water

                    - **2026-11-27 09:00** cooler for green

                    Key points:

                    - Green tea wants water around 80 °C.
                    - Hotter water extracts more tannins.

                    Sources:

                    - [Water and tea](https://example.com/water) (2026-01-15)

                    ## 3. Time

                    - **2026-11-27 09:01** three minutes,
                      not five

                    Key points:

                    - Two to three minutes for green tea.

                    Sources:

                    - [Steeping](https://example.com/time) (2026-03-01)
                    """, r.out());
        }

        @Test
        void notesMarkdown_isTheDefaultFormat() {
            seedNotes("cooler for green");

            Result md = almanac("--paths", TEA_DIR, "notes", "tea", "--format", "md");
            Result plain = almanac("--paths", TEA_DIR, "notes", "tea");

            assertEquals(md, plain);
        }

        @Test
        void notesJson_keepsTheTextExactly() {
            String awkward = "she said \"80 °C\"\nback\\slash 🍵 \u001b[2J abc\u202edcba \u2066x\u2069 \u0085 \u2028 \ufeff";
            seedNotes(awkward);

            Result r = almanac("--paths", TEA_DIR, "notes", "tea", "--format", "json");

            assertOk(r);
            assertTrue(r.out().codePoints().noneMatch(almanac.UnsafeCodePoints::isUnsafe), r.out());
            assertEquals(List.of(Map.of("step", "water", "step_title", "Water", "at", "2026-11-27T09:00:00Z",
                    "text", awkward)), json(r.out()));
        }

        @Test
        void notes_whenThereAreNone_sayHowToAddOne() {
            Result r = almanac("--paths", TEA_DIR, "notes", "tea");

            assertOk(r);
            assertTrue(r.out().contains("No notes yet."), r.out());
        }

        @Test
        void notesTakenInTheTutor_areListed() {
            learn("note steep less\n");

            Result r = almanac("--paths", TEA_DIR, "notes", "tea", "--format", "json");

            assertEquals("steep less", json(r.out()).get(0).get("text"));
        }
    }

    @Nested
    class Reset {

        @BeforeEach
        void someProgress() {
            learn("note keep me\nnext\n2\n1,3\n");
        }

        @Test
        void resetYes_forgetsProgressButKeepsNotes() {
            Result r = almanac("--paths", TEA_DIR, "reset", "tea", "--yes");

            assertOk(r);
            assertEquals("Forgot your progress (notes are kept) on 'tea'.\n", r.out());
            PathProgress after = saved(home());
            assertFalse(after.isStarted());
            assertTrue(after.steps().isEmpty());
            assertTrue(after.answers().isEmpty());
            assertEquals(List.of("keep me"), after.notes("water").stream().map(Note::text).toList());
        }

        @Test
        void resetYesAll_forgetsTheNotesToo() {
            Result r = almanac("--paths", TEA_DIR, "reset", "tea", "--yes", "--all");

            assertOk(r);
            assertEquals("Forgot your progress and notes on 'tea'.\n", r.out());
            assertEquals(0, saved(home()).noteCount());
        }

        @Test
        void resetWithoutYes_andNoTerminal_refusesAndChangesNothing() {
            PathProgress before = saved(home());

            Result r = almanac("--paths", TEA_DIR, "reset", "tea");

            assertOneLineError(r, "add --yes");
            assertEquals(before, saved(home()));
        }

        @Test
        void resetOnATerminal_answeredNo_changesNothing() {
            PathProgress before = saved(home());
            interactive = true;
            stdin = "n\n";

            Result r = almanac("--paths", TEA_DIR, "reset", "tea");

            assertOk(r);
            assertTrue(r.out().startsWith("Forget your progress (notes are kept) on 'tea'? [y/N] "), r.out());
            assertTrue(r.out().contains("Nothing changed."), r.out());
            assertEquals(before, saved(home()));
        }

        @Test
        void resetOnATerminal_answeredYes_forgets() {
            interactive = true;
            stdin = "y\n";

            Result r = almanac("--paths", TEA_DIR, "reset", "tea");

            assertOk(r);
            assertFalse(saved(home()).isStarted());
        }

        @Test
        void afterReset_learnStartsWithTheIntroAgain() {
            almanac("--paths", TEA_DIR, "reset", "tea", "--yes");

            Result r = learn("");

            assertTrue(r.out().startsWith("Tea: A Short Path for Tests\n"), r.out());
        }
    }

    @Test
    void reset_withNothingSaved_saysSo() {
        Result r = almanac("--paths", TEA_DIR, "reset", "tea", "--yes");

        assertOk(r);
        assertEquals("Nothing to reset: no progress on 'tea'.\n", r.out());
    }

    @Nested
    class Lint {

        @Test
        void typoInAKey_isReportedAtFileLineColumnNamingTheRightKey() {
            Result r = almanac("lint", TYPO);

            assertEquals(1, r.code());
            String first = r.out().lines().findFirst().orElse("");
            assertTrue(first.matches("\\Q" + TYPO + "\\E:3:1: .*'titel'.*'title'.*"), r.out());
            assertTrue(r.err().contains("1 file checked: "), r.err());
        }

        @Test
        void goodFile_passes() {
            Result r = almanac("lint", Tea.FILE.toString());

            assertOk(r);
            assertEquals("1 file checked: 0 errors, 0 warnings\n", r.out());
        }

        @Test
        void folder_checksEveryPathFileInIt() throws IOException {
            Path dir = Files.createDirectories(tmp.resolve("mixed"));
            Files.copy(Tea.FILE, dir.resolve("tea.yaml"));
            Files.copy(Path.of(TYPO), dir.resolve("typo.yaml"));

            Result r = almanac("lint", dir.toString());

            assertEquals(1, r.code());
            assertTrue(r.err().contains("2 files checked: "), r.err());
            assertTrue(r.out().contains("typo.yaml:3:1: "), r.out());
        }

        @Test
        void severalFiles_areEachChecked() {
            Result r = almanac("lint", Tea.FILE.toString(), TYPO);

            assertEquals(1, r.code());
            assertEquals("2 files checked: 1 error, 0 warnings\n", r.err());
            assertTrue(r.out().startsWith(TYPO + ":3:1: "), r.out());
        }

        @Test
        void folderWithoutPathFiles_isAnError() throws IOException {
            Path empty = Files.createDirectories(tmp.resolve("empty"));

            Result r = almanac("lint", empty.toString());

            assertOneLineError(r, "no path files");
        }
    }

    @Nested
    class ReviewCommand {

        @Test
        void afterAMiss_reviewAsksOnlyTheMissedQuestion_andSaysWhenTheNextIs() {
            learn("next\n1\n1,3\nquit\n");
            clock.advance(java.time.Duration.ofMinutes(10));
            stdin = "2\n";

            Result r = almanac("--paths", TEA_DIR, "review");

            assertOk(r);
            assertTrue(r.out().contains("1 question is due for review."), r.out());
            assertTrue(r.out().contains("What temperature suits green tea?"), r.out());
            assertFalse(r.out().contains("Which are true?"), "the right one is not asked: " + r.out());
            assertTrue(r.out().contains("Reviewed 1 of 1 due: 1 right. Next review: Sat 2026-11-28 09:10 (in 24 hours)."), r.out());
        }

        @Test
        void wrongAnswerInReview_saysItComesBackInTenMinutes_andTheStatusAgrees() {
            learn("next\n1\n1,3\nquit\n");
            clock.advance(java.time.Duration.ofMinutes(10));
            stdin = "1\n";

            Result r = almanac("--paths", TEA_DIR, "review");
            clock.advance(java.time.Duration.ofMinutes(10));
            Result status = almanac("--paths", TEA_DIR);

            assertTrue(r.out().contains("Reviewed 1 of 1 due: 0 right. Next review: Fri 2026-11-27 09:20 (in 10 minutes)."), r.out());
            assertTrue(status.out().contains("Review: 1 question is due: almanac review"), status.out());
        }

        @Test
        void pausedReview_saysHowManyAreStillDue_asTheStatusDoes() {
            learn("next\n1\n2\nquit\n");
            clock.advance(java.time.Duration.ofMinutes(10));
            stdin = "2\n";

            Result r = almanac("--paths", TEA_DIR, "review");
            Result status = almanac("--paths", TEA_DIR);

            assertTrue(r.out().contains("Reviewed 1 of 2 due: 1 right. 1 question is still due."), r.out());
            assertFalse(r.out().contains("Next review"), r.out());
            assertTrue(status.out().contains("Review: 1 question is due: almanac review"), status.out());
        }

        @Test
        void nothingDue_saysWhenTheNextReviewIs_onOneLine() {
            learn("next\n2\n1,3\nquit\n");

            Result r = almanac("--paths", TEA_DIR, "review", "tea");

            assertOk(r);
            assertEquals("Nothing to review now. Next review: Sun 2026-11-29 09:00 (in 2 days).\n", r.out());
        }

        @Test
        void reviewJson_listsTheDueQuestionsWithTheirRecallNow() {
            learn("next\n2\n1,3\nquit\n");
            clock.advance(java.time.Duration.ofDays(3));

            Result r = almanac("--paths", TEA_DIR, "review", "--json");

            assertOk(r);
            // Both answered right: S = 2.3065; R(3 days) = (1 + F * 3 / 2.3065)^-0.1542 = 0.881.
            assertTrue(r.out().contains("\"question\": \"green-temp\""), r.out());
            assertTrue(r.out().contains("\"question\": \"tannins\""), r.out());
            assertTrue(r.out().contains("\"recall\": 0.881"), r.out());
            assertFalse(r.out().contains("answer>"), "nothing is asked: " + r.out());
        }

        @Test
        void reviewJson_ofAQuestionMissedMinutesAgo_predictsNoRecall() {
            learn("next\n1\n1,3\nquit\n");
            clock.advance(java.time.Duration.ofMinutes(11));

            Result r = almanac("--paths", TEA_DIR, "review", "--json");

            assertOk(r);
            // The missed question is due again after 10 minutes; FSRS would say 1.0 within the day.
            assertTrue(r.out().contains("\"question\": \"green-temp\""), r.out());
            assertTrue(r.out().contains("\"recall\": null"), r.out());
            assertFalse(r.out().contains("\"recall\": 1.0"), r.out());
        }

        @Test
        void status_countsTheDueQuestions() {
            learn("next\n1\n2\nquit\n");
            clock.advance(java.time.Duration.ofMinutes(10));

            Result r = almanac("--paths", TEA_DIR);

            assertTrue(r.out().contains("Review: 2 questions are due: almanac review"), r.out());
        }
    }

    @Nested
    class Authoring {

        @Test
        void new_writesASkeletonThatLintsCleanAndLoads() throws IOException {
            Files.createDirectories(tmp.resolve("cwd"));

            Result r = almanac("new", "my-path");

            assertOk(r);
            assertTrue(r.out().startsWith("Wrote my-path.yaml."), r.out());
            Path file = tmp.resolve("cwd").resolve("my-path.yaml");
            assertTrue(Files.readString(file).startsWith("# yaml-language-server: $schema="), "points editors at the schema");
            Result lint = almanac("lint", file.toString());
            assertOk(lint);
            assertTrue(lint.out().contains("1 file checked: 0 errors, 0 warnings"), lint.out());
            stdin = "next\nquit\n";
            Result learn = almanac("learn", file.toString());
            assertOk(learn);
            assertTrue(learn.out().contains("[1/2 "), learn.out());
        }

        @Test
        void new_neverOverwrites() throws IOException {
            Files.createDirectories(tmp.resolve("cwd"));
            Path file = Files.writeString(tmp.resolve("cwd").resolve("mine.yaml"), "my work");

            Result r = almanac("new", "mine");

            assertOneLineError(r, "mine.yaml exists already; nothing was written");
            assertEquals("my work", Files.readString(file));
        }

        @ParameterizedTest(name = "new \"{0}\"")
        @ValueSource(strings = {"My-Path", "../evil", "a/b", "-x-", "with space"})
        void new_refusesIdsThatAreNotIds(String id) {
            Result r = almanac("new", "--", id);

            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("cannot be a path id"), r.err());
        }

        @ParameterizedTest(name = "completion {0}")
        @ValueSource(strings = {"bash", "zsh"})
        void completion_completesCommandsOptionsAndPathIds(String shell) {
            Result r = almanac("completion", shell);

            assertOk(r);
            assertTrue(r.out().contains("complete -F"), "a bash completion function: " + r.out().lines().limit(5).toList());
            for (String word : List.of("learn", "review", "lint", "--home", "--paths", "inference-economics")) {
                assertTrue(r.out().contains(word), word);
            }
            assertEquals(shell.equals("zsh"), r.out().startsWith("autoload -U +X compinit"), "zsh gets bashcompinit first");
        }
    }

    @Nested
    class BrokenDotfile {

        @ParameterizedTest(name = "almanac {0}")
        @ValueSource(strings = {"list", "progress", "status"})
        void anyCommandThatReadsIt_saysWhereTheBrokenFileWent(String command) throws IOException {
            Files.createDirectories(home());
            Files.writeString(home().resolve("progress.yaml"), "paths: [unclosed\n");
            String[] args = command.equals("status") ? new String[] {"--paths", TEA_DIR}
                    : new String[] {"--paths", TEA_DIR, command};

            Result r = almanac(args);

            assertTrue(r.err().contains("could not be read") && r.err().contains("progress.yaml.broken-"), r.err());
            try (var files = Files.list(home())) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("progress.yaml.broken-")));
            }
        }

        @Test
        void newerSchema_isLeftAloneWithAClearError() throws IOException {
            Files.createDirectories(home());
            Path file = home().resolve("progress.yaml");
            Files.writeString(file, "schema: 2\npaths: {}\n");

            Result r = almanac("--paths", TEA_DIR, "reset", "tea", "--yes");

            assertEquals(1, r.code());
            assertTrue(r.err().contains("newer Almanac"), r.err());
            assertEquals("schema: 2\npaths: {}\n", Files.readString(file), "the file is untouched");
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest(name = "almanac {0} nope: one line, exit 1")
        @ValueSource(strings = {"learn", "show", "notes", "progress"})
        void unknownPathId_failsWithOneLineAndNoStackTrace(String command) {
            Result r = almanac("--paths", TEA_DIR, command, "nope");

            assertOneLineError(r, "no path with id 'nope'");
            assertTrue(r.err().contains("tea"), "names the known paths: " + r.err());
        }

        @Test
        void missingPathFile_failsWithOneLine() {
            Result r = almanac("show", tmp.resolve("missing.yaml").toString());

            assertOneLineError(r, "no such path file");
        }

        @Test
        void brokenPathFile_failsNamingTheProblem() {
            Result r = almanac("show", TYPO);

            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("almanac: "), r.err());
            assertTrue(r.err().contains("typo.yaml:3:1"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }

        @Test
        void learnStepOutOfRange_failsWithOneLine() {
            Result r = learn("", "--step", "5");

            assertOneLineError(r, "there is no step 5; tea has steps 1 to 3");
        }

        @Test
        void homeThatIsARegularFile_doesNotStopLearning_butEndsWithTheWarningAndExit1() throws IOException {
            Path file = tmp.resolve("file-home");
            Files.writeString(file, "x");
            vars.put("ALMANAC_HOME", file.toString());

            Result r = learn("note one\n");

            assertEquals(1, r.code(), r.err());
            assertTrue(r.out().contains("Note NOT saved: "), r.out());
            assertFalse(r.out().contains("Note saved"), r.out());
            assertEquals(1, r.errLines().size(), r.err());
            assertTrue(r.err().startsWith("almanac: 2 changes were NOT saved (cannot save progress: " + file), r.err());
        }

        @Test
        void learnOnADotfileFromANewerAlmanac_stopsWithOneLine() throws IOException {
            Files.createDirectories(home());
            Files.writeString(home().resolve("progress.yaml"), "schema: 2\npaths: {}\n");

            Result r = learn("note one\n");

            assertOneLineError(r, "newer Almanac");
            assertFalse(r.out().contains("Note saved"), r.out());
            assertEquals("schema: 2\npaths: {}\n", Files.readString(home().resolve("progress.yaml")));
        }

        @ParameterizedTest(name = "almanac {0}: usage error, exit 2")
        @ValueSource(strings = {"frobnicate", "show", "learn", "lint", "show tea --step x", "notes tea --format xml",
                "list --bogus", "progress tea extra", "reset"})
        void usageErrors_exitWith2(String args) {
            Result r = almanac(("--paths " + TEA_DIR + " " + args).split(" "));

            assertEquals(2, r.code(), r.err());
            assertFalse(r.err().isBlank());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    @Nested
    class GlobalOptions {

        @Test
        void pathsOption_worksBeforeAndAfterTheCommand() {
            Result before = almanac("--paths", TEA_DIR, "list");
            Result after = almanac("list", "--paths", TEA_DIR);

            assertOk(after);
            assertEquals(before, after);
            assertEquals("tea", row(after.out(), "tea").get(0));
        }

        @Test
        void homeOption_worksBeforeAndAfterTheCommand() {
            Path a = tmp.resolve("a");
            Path b = tmp.resolve("b");
            stdin = "note in a\n";
            almanac("--home", a.toString(), "--paths", TEA_DIR, "learn", "tea");
            stdin = "note in b\n";
            almanac("--paths", TEA_DIR, "learn", "tea", "--home", b.toString());

            assertEquals("in a", saved(a).notes("water").get(0).text());
            assertEquals("in b", saved(b).notes("water").get(0).text());
        }

        @Test
        void almanacHome_isWhereProgressIsKept() {
            learn("note here\n");

            assertTrue(Files.isRegularFile(home().resolve("progress.yaml")));
            assertEquals("here", saved(home()).notes("water").get(0).text());
        }

        @Test
        void homeOption_winsOverAlmanacHome() {
            Path chosen = tmp.resolve("chosen");

            learn("note here\n", "--home", chosen.toString());

            assertTrue(Files.isRegularFile(chosen.resolve("progress.yaml")));
            assertFalse(Files.exists(home().resolve("progress.yaml")));
        }

        @Test
        void emptyAlmanacHome_countsAsUnset_notAsTheCurrentFolder() {
            vars.put("ALMANAC_HOME", "");

            learn("note here\n");

            assertTrue(Files.isRegularFile(tmp.resolve("user/.almanac/progress.yaml")));
            assertFalse(Files.exists(tmp.resolve("cwd/progress.yaml")));
        }

        @Test
        void withoutAlmanacHome_progressGoesToDotAlmanacInTheUsersHome() {
            vars.remove("ALMANAC_HOME");

            learn("note here\n");

            assertTrue(Files.isRegularFile(tmp.resolve("user/.almanac/progress.yaml")));
        }

        @Test
        void almanacPath_findsPathsWithoutTheOption() {
            vars.put("ALMANAC_PATH", tmp.resolve("nowhere") + ":" + TEA_DIR);

            Result r = almanac("list");

            assertOk(r);
            assertEquals("tea", row(r.out(), "tea").get(0));
        }

        @Test
        void pathsOption_isSearchedBeforeAlmanacPath() throws IOException {
            Path other = Files.createDirectories(tmp.resolve("other"));
            Files.writeString(other.resolve("tea.yaml"),
                    Files.readString(Tea.FILE).replace("title: \"Tea: A Short Path for Tests\"", "title: \"Other Tea\""));
            vars.put("ALMANAC_PATH", TEA_DIR);

            Result r = almanac("--paths", other.toString(), "show", "tea");

            assertTrue(r.out().startsWith("Other Tea\n"), r.out());
        }

        @Test
        void pathsInTheHomeFolder_areFound() throws IOException {
            Files.createDirectories(home().resolve("paths"));
            Files.copy(Tea.FILE, home().resolve("paths/tea.yaml"));

            Result r = almanac("show", "tea");

            assertOk(r);
            assertTrue(r.out().startsWith("Tea: A Short Path for Tests"), r.out());
        }

        @Test
        void version_printsTheVersion() {
            Result r = almanac("--version");

            assertOk(r);
            assertTrue(r.out().matches("almanac \\S.*\n"), r.out());
        }

        @Test
        void help_listsTheCommands() {
            Result r = almanac("--help");

            assertOk(r);
            for (String command : List.of("list", "learn", "show", "progress", "notes", "reset", "lint")) {
                assertTrue(r.out().contains("  " + command + " "), command + " in:\n" + r.out());
            }
        }
    }

    @Nested
    class Learn {

        @Test
        void learn_withPipedInput_runsThePlainTutor() {
            Result r = learn("next\n2\n1,3\n");

            assertOk(r);
            assertTrue(r.out().startsWith("Tea: A Short Path for Tests\n"), r.out());
            assertTrue(r.out().contains("[1/3 water]> next\n"), r.out());
            assertTrue(r.out().contains("[2/3 leaves]> "), r.out());
            assertEquals("leaves", saved(home()).current());
        }

        @Test
        void learnAgain_resumes() {
            learn("next\n2\n1,3\n");

            Result r = learn("");

            assertTrue(r.out().startsWith("Resuming at step 2/3."), r.out());
        }

        @Test
        void learn_aPathFile_works() {
            stdin = "";

            Result r = almanac("learn", Tea.FILE.toString());

            assertOk(r);
            assertTrue(r.out().contains("[1/3 water]> "), r.out());
        }
    }

    @Nested
    class Conventions {

        /** Every command a user can name (the hidden warm-up left out). */
        static List<String> commands() {
            Env env = new Env(Map.of(), Path.of("."), null, new ByteArrayInputStream(new byte[0]),
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    java.time.Clock.systemUTC(), ZoneOffset.UTC, false, Path.of("."));
            return Almanac.commandLine(env).getSubcommands().values().stream()
                    .filter(c -> !c.getCommandSpec().usageMessage().hidden()).map(c -> c.getCommandName()).toList();
        }

        @ParameterizedTest(name = "almanac {0} --help, -h and almanac help {0}: the same help, exit 0")
        @org.junit.jupiter.params.provider.MethodSource("commands")
        void everyCommand_takesHelp(String command) {
            Result longForm = almanac(command, "--help");
            Result shortForm = almanac(command, "-h");
            Result helpCommand = almanac("help", command);

            assertOk(longForm);
            assertTrue(longForm.out().startsWith("Usage: almanac " + command), longForm.out());
            assertTrue(longForm.out().contains("\nExamples:\n  "), "examples in:\n" + longForm.out());
            assertEquals(longForm, shortForm);
            assertEquals(longForm, helpCommand);
        }

        @ParameterizedTest(name = "almanac {0} --help lists the environment variables it reads")
        @ValueSource(strings = {"learn", "list", "review", "progress", "notes"})
        void commandHelp_namesItsEnvironmentVariables(String command) {
            Result r = almanac(command, "--help");

            assertTrue(r.out().contains("\nEnvironment:\n"), r.out());
            assertTrue(r.out().contains("  ALMANAC_HOME "), r.out());
            assertTrue(r.out().contains("  ALMANAC_PATH "), r.out());
        }

        @Test
        void help_aloneIsTheTopHelp_andSaysWhereTheHomeIsOnOneLine() {
            Result help = almanac("help");
            Result dashes = almanac("--help");

            assertOk(help);
            assertEquals(dashes, help);
            assertTrue(help.out().lines().anyMatch(l -> l.contains("--home=DIR") && l.contains("$ALMANAC_HOME, else ~/.almanac")),
                    help.out());
        }

        @Test
        void mistypedCommand_getsOneLineWithTheNearestCommand_exit2() {
            Result r = almanac("lern");
            Result viaHelp = almanac("help", "lern");

            assertEquals(2, r.code());
            assertEquals("almanac: unknown command 'lern'; did you mean 'learn'?\n", r.err());
            assertEquals("", r.out());
            assertEquals(r, viaHelp);
        }

        @Test
        void aCommandAfterDoubleDash_isExplainedNotSuggestedToItself_exit2() {
            Result r = almanac("--", "list");

            assertEquals(2, r.code());
            assertEquals("almanac: 'list' after '--' is an argument, not a command; leave out the '--'\n", r.err());
            assertEquals("", r.out());
        }

        @Test
        void resetOfAPathThatDoesNotExist_isAnUnknownPath() {
            Result r = almanac("--paths", TEA_DIR, "reset", "nope", "--yes");

            assertOneLineError(r, "no path with id 'nope'");
        }

        @Test
        void suggestions_nameTheLauncherAsItWasRun_untilAlmanacIsOnPath() throws IOException {
            launcher = "bin/almanac";
            vars.put("PATH", Files.createDirectories(tmp.resolve("empty-bin")).toString());

            Result beforeInstall = almanac("--paths", TEA_DIR);
            Path bin = Files.createDirectories(tmp.resolve("bin"));
            Path program = Files.writeString(bin.resolve("almanac"), "#!/bin/sh\n");
            program.toFile().setExecutable(true);
            vars.put("PATH", tmp.resolve("empty-bin") + ":" + bin);
            Result afterInstall = almanac("--paths", TEA_DIR);

            assertTrue(beforeInstall.out().contains(": bin/almanac learn almanac-tour\n"), beforeInstall.out());
            assertTrue(beforeInstall.out().contains("More: bin/almanac list, bin/almanac help\n"), beforeInstall.out());
            assertTrue(afterInstall.out().contains(": almanac learn almanac-tour\n"), afterInstall.out());
            assertTrue(afterInstall.out().contains("More: almanac list, almanac help\n"), afterInstall.out());
        }

        @Test
        void new_suggestsMovingTheFileToTheRealPathsFolder() throws IOException {
            Files.createDirectories(tmp.resolve("cwd"));
            launcher = "bin/almanac";

            Result r = almanac("new", "my-path");

            assertOk(r);
            String folder = home().resolve("paths").toString();
            assertTrue(r.out().contains("mkdir -p " + folder + " && mv my-path.yaml " + folder + "/"), r.out());
            assertTrue(r.out().contains("bin/almanac learn my-path"), r.out());
        }

        @Test
        void newIntoPaths_createsThePathsFolderAndIsFoundById() throws IOException {
            Result r = almanac("new", "my-path", "--into-paths");
            Result shown = almanac("show", "my-path");

            assertOk(r);
            assertTrue(Files.isRegularFile(home().resolve("paths/my-path.yaml")), r.out());
            assertOk(shown);
        }

        @Test
        void stdinThatCannotBeRead_isOneLine() {
            stdinStream = new java.io.InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("Is a directory");
                }
            };

            Result r = almanac("--paths", TEA_DIR, "learn", "tea");

            assertEquals(1, r.code(), r.err());
            assertEquals("almanac: cannot read the input: Is a directory\n", r.err());
        }

        @Test
        void list_usesTheWidthThereIs() throws IOException {
            Path wide = Files.createDirectories(tmp.resolve("wide"));
            String title = "A Title Long Enough To Be Cut At Eighty Columns But Not At One Hundred And Forty";
            Files.writeString(wide.resolve("tea.yaml"), Files.readString(Tea.FILE)
                    .replace("title: \"Tea: A Short Path for Tests\"", "title: \"" + title + "\""));

            vars.put("COLUMNS", "80");
            Result narrow = almanac("--paths", wide.toString(), "list");
            vars.put("COLUMNS", "140");
            Result broad = almanac("--paths", wide.toString(), "list");

            assertFalse(narrow.out().contains(title), narrow.out());
            assertTrue(broad.out().contains(title), broad.out());
        }

        private Path pathWithALongUrl() throws IOException {
            Path dir = Files.createDirectories(tmp.resolve("long-url"));
            Files.writeString(dir.resolve("tea.yaml"), Files.readString(Tea.FILE)
                    .replace("https://example.com/water", LONG_URL));
            return dir;
        }

        private static final String LONG_URL =
                "https://docs.example.com/en/v2.29.1/_sources/about-neuron/arch/neuron-hardware/trainium-three-architecture.html";

        @Test
        void sourcesOfAStep_putEachUrlOnOneLine_trimmedOnlyPastTheWidth() throws IOException {
            vars.put("COLUMNS", "60");

            Result r = almanac("--paths", pathWithALongUrl().toString(), "show", "tea", "--step", "1");

            assertOk(r);
            List<String> urlLines = r.out().lines().filter(l -> l.contains("https://docs.example.com")).toList();
            assertEquals(2, urlLines.size(), "in the links and in the sources:\n" + r.out());
            for (String line : urlLines) {
                String shown = line.substring(line.indexOf("https://"));
                assertEquals(60, almanac.render.DisplayWidth.of(line), line);
                assertTrue(shown.endsWith("…") && LONG_URL.startsWith(shown.substring(0, shown.length() - 1)), line);
            }
            assertFalse(r.out().contains("architecture.html"), "no piece of it on another line:\n" + r.out());
        }

        @Test
        void showSources_printsEveryUrlWhole() throws IOException {
            vars.put("COLUMNS", "60");

            Result all = almanac("--paths", pathWithALongUrl().toString(), "show", "tea", "--sources");
            Result one = almanac("--paths", pathWithALongUrl().toString(), "show", "tea", "--sources", "--step", "2");

            assertOk(all);
            assertTrue(all.out().contains("\n     " + LONG_URL + "\n"), all.out());
            assertTrue(all.out().contains("https://example.com/leaves\n") && all.out().contains("https://example.com/time\n"),
                    all.out());
            assertOk(one);
            assertTrue(one.out().contains("https://example.com/leaves\n"), one.out());
            assertFalse(one.out().contains("https://example.com/time"), one.out());
        }

        @ParameterizedTest(name = "screen-reader mode from {0}")
        @ValueSource(strings = {"--screen-reader", "ALMANAC_SCREEN_READER=1"})
        void screenReaderMode_speaksLabelledLinesWithoutDrawing(String how) {
            if (how.startsWith("--")) {
                stdin = "next\n2\n1,3\noutline\n";
            } else {
                vars.put("ALMANAC_SCREEN_READER", "1");
                stdin = "next\n2\n1,3\noutline\n";
            }
            String[] args = how.startsWith("--") ? new String[] {"--paths", TEA_DIR, "learn", "tea", how}
                    : new String[] {"--paths", TEA_DIR, "learn", "tea"};

            Result r = almanac(args);

            assertOk(r);
            assertInOrder(r.out(), "Step 1 of 3: Water (", " minute", "Question 1 of 2: ", "\nRight.\n",
                    "Step 2 of 3: Leaves", "• Tea: Green\n", "  Grams per 100 ml: 2\n",
                    "\n1. Water (", " min), done\n", "2. Leaves (", " min), you are here\n");
            assertFalse(r.out().codePoints().anyMatch(c -> c >= 0x2500 && c <= 0x259F || c == '✓' || c == '✗' || c == '›'),
                    "no box drawing, block characters or marks:\n" + r.out());
            assertEquals("leaves", saved(home()).current(), "the same dotfile as the other modes");
        }

        @Test
        void screenReaderMode_aWrongAnswerSaysSoInWords() {
            stdin = "next\n1\n";

            Result r = almanac("--paths", TEA_DIR, "--screen-reader", "learn", "tea");

            assertTrue(r.out().contains("\nNot quite. The answer: 2. 80 °C\n"), r.out());
        }

        @Test
        void screenReaderMode_inReview_labelsEachQuestionInWords() {
            learn("next\n1\n1,3\nquit\n");
            clock.advance(java.time.Duration.ofMinutes(10));
            stdin = "1\n";

            Result r = almanac("--paths", TEA_DIR, "--screen-reader", "review");

            assertOk(r);
            assertTrue(r.out().contains("\nReview 1 of 1 · Tea: A Short Path for Tests · step 1: Water\n"), r.out());
            assertTrue(r.out().contains("\nNot quite. The answer: 2. 80 °C\n"), r.out());
            assertFalse(r.out().contains("✗"), r.out());
        }

        @Test
        void readmeCommandTable_matchesTheHelp() throws IOException {
            String readme = Files.readString(Path.of("README.md"));
            List<String> documented = readme.lines().filter(l -> l.startsWith("| `almanac"))
                    .map(l -> l.replaceFirst("^\\| `almanac ?([a-z]*).*", "$1")).filter(c -> !c.isEmpty()).toList();

            assertEquals(commands().stream().sorted().toList(), documented.stream().sorted().toList(),
                    "README's command table against almanac help");
            for (String command : commands()) {
                String description = almanac(command, "--help").out().lines().skip(1).findFirst().orElse("");
                assertFalse(description.isBlank(), command);
            }
        }

        private static void assertInOrder(String text, String... parts) {
            int from = 0;
            for (String part : parts) {
                int at = text.indexOf(part, from);
                assertTrue(at >= 0, "expected \"" + part + "\" after position " + from + " in:\n" + text);
                from = at + part.length();
            }
        }
    }

    @Nested
    class Install {
        private Path checkout;

        @BeforeEach
        void fakeCheckout() throws IOException {
            checkout = Files.createDirectories(tmp.resolve("checkout/bin"));
            Files.writeString(checkout.resolve("almanac"), "#!/bin/sh\n");
            checkout = checkout.getParent();
        }

        private Result install(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            Env env = new Env(Map.copyOf(vars), tmp.resolve("user"), checkout, new ByteArrayInputStream(new byte[0]),
                    new PrintWriter(out, true), new PrintWriter(err, true), clock, ZoneOffset.UTC, false,
                    tmp.resolve("cwd"), "bin/almanac");
            String[] all = new String[args.length + 1];
            all[0] = "install";
            System.arraycopy(args, 0, all, 1, args.length);
            int code = Almanac.run(env, all);
            return new Result(code, out.toString(), err.toString());
        }

        @Test
        void install_linksTheLauncherIntoDotLocalBin_andSaysHowToPutItOnPath() throws IOException {
            vars.put("PATH", "/usr/bin:/bin");

            Result r = install();

            Path link = tmp.resolve("user/.local/bin/almanac");
            assertOk(r);
            assertEquals(checkout.resolve("bin/almanac"), Files.readSymbolicLink(link));
            assertTrue(r.out().contains("is not on your PATH"), r.out());
            assertTrue(r.out().contains("export PATH=\"$HOME/.local/bin:$PATH\""), r.out());
            assertTrue(r.out().contains("source <(almanac completion bash)"), r.out());
        }

        @Test
        void install_withAPrefixOnPath_saysSo_andASecondRunChangesNothing() throws IOException {
            Path prefix = tmp.resolve("prefix");
            vars.put("PATH", "/usr/bin:" + prefix.resolve("bin"));

            Result first = install("--prefix", prefix.toString());
            Result second = install("--prefix", prefix.toString());

            assertOk(first);
            assertTrue(first.out().contains("is on your PATH"), first.out());
            assertOk(second);
            assertTrue(second.out().startsWith("Already installed: "), second.out());
        }

        @Test
        void install_neverReplacesAFileThatIsNotALink() throws IOException {
            Path bin = Files.createDirectories(tmp.resolve("user/.local/bin"));
            Files.writeString(bin.resolve("almanac"), "mine");

            Result r = install();

            assertOneLineError(r, "exists and is not a link");
            assertEquals("mine", Files.readString(bin.resolve("almanac")));
        }

        @Test
        void install_withoutACheckout_isOneLine() {
            checkout = null;

            Result r = install();

            assertOneLineError(r, "run it as bin/almanac install");
        }
    }
}
