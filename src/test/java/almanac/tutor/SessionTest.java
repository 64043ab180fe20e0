package almanac.tutor;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.content.LearningPath;
import almanac.content.Question;
import almanac.progress.Attempt;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import almanac.progress.Progress;
import almanac.progress.ProgressStore;
import almanac.progress.StepRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionTest {
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

    @TempDir
    Path tmp;

    private final LearningPath tea = Tea.path();
    private MutableClock clock;
    private ProgressStore store;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        store = new ProgressStore(tmp.resolve("home"), clock);
    }

    private Session session() {
        return new Session(tea, store, clock);
    }

    private Session opened() {
        Session s = session();
        s.open(null, false);
        s.saveOpening();
        return s;
    }

    private PathProgress saved() {
        return new ProgressStore(tmp.resolve("home"), clock).load().path("tea");
    }

    private static Question question(Session s, String id) {
        return s.step().quiz().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    /** Answers every question still pending on the current step, rightly. */
    private static void answerRight(Session s) {
        for (Question q : s.pendingQuestions()) {
            s.answer(q, Tea.RIGHT.get(q.id()));
        }
    }

    /** Seeds the dotfile as an earlier run (or an older version of the path) left it. */
    private void seed(PathProgress record) {
        store.update(p -> p.with("tea", r -> record));
    }

    @Nested
    class Starting {

        @Test
        void firstVisit_opensWithTheIntroAtStep1() {
            Session session = session();

            Opening actual = session.open(null, false);
            session.saveOpening();

            assertEquals(new Opening(Opening.Kind.INTRO, 1, null), actual);
            assertEquals("water", session.step().id());
            assertEquals(T0, saved().started());
            assertEquals("water", saved().current());
        }

        @Test
        void open_savesNothingUntilTheFrontEndHasShownIt() {
            Session session = session();

            session.open(2, false);

            assertFalse(Files.exists(tmp.resolve("home/progress.yaml")), "the first screen comes before the first save");
            assertEquals("leaves", session.record().current(), "the session itself knows where it is");
            assertTrue(session.saveOpening().onDisk());
            assertEquals("leaves", saved().current());
        }

        @Test
        void openingNotSavedYet_goesWithTheFirstChange() {
            Session session = session();
            session.open(2, false);

            session.addNote("first thought");

            assertEquals("leaves", saved().current());
            assertEquals(T0, saved().started());
            assertEquals(List.of("first thought"), saved().notes("leaves").stream().map(Note::text).toList());
        }

        @Test
        void openingNeverShown_isSavedWhenTheSessionEnds() {
            Session session = session();
            session.open(3, false);

            session.quit();

            assertEquals("time", saved().current());
        }

        @Test
        void laterVisit_resumesAtTheSavedStep() {
            Session first = opened();
            answerRight(first);
            first.next();
            first.quit();
            Session second = session();

            Opening actual = second.open(null, false);

            assertEquals(new Opening(Opening.Kind.RESUMED, 2, null), actual);
            assertEquals("leaves", second.step().id());
        }

        @Test
        void laterVisit_keepsTheFirstStartTime() {
            opened().quit();
            clock.advance(Duration.ofDays(2));

            opened();

            assertEquals(T0, saved().started());
        }

        @Test
        void stepOption_jumpsToThatStepAndSavesIt() {
            Session session = session();

            Opening actual = session.open(3, false);
            session.saveOpening();

            assertEquals(Opening.Kind.JUMPED, actual.kind());
            assertEquals(3, actual.stepNumber());
            assertEquals("time", session.step().id());
            assertEquals("time", saved().current());
        }

        @Test
        void stepOption_onALaterVisit_winsOverTheSavedStep() {
            Session first = opened();
            answerRight(first);
            first.next();
            Session second = session();

            Opening actual = second.open(1, false);

            assertEquals(Opening.Kind.JUMPED, actual.kind());
            assertEquals("water", second.step().id());
        }

        @Test
        void restart_afterFinishing_showsTheIntroAtStep1AndKeepsAnswersAndNotes() {
            Session first = opened();
            first.addNote("keep me");
            finish(first);
            Session second = session();

            Opening actual = second.open(null, true);
            second.saveOpening();

            assertEquals(new Opening(Opening.Kind.INTRO, 1, null), actual);
            assertEquals("water", second.step().id());
            assertNull(saved().finished(), "a restarted path is no longer finished");
            assertEquals(List.of("keep me"), saved().notes("water").stream().map(Note::text).toList());
            assertFalse(saved().attempts("water/green-temp").isEmpty());
        }

        @Test
        void laterVisit_afterFinishing_saysWhenItWasFinished() {
            Session first = opened();
            clock.advance(Duration.ofMinutes(3));
            finish(first);
            Instant finishedAt = saved().finished();
            clock.advance(Duration.ofDays(1));

            Opening actual = session().open(null, false);

            assertEquals(Opening.Kind.RESUMED, actual.kind());
            assertNotNull(finishedAt);
            assertEquals(finishedAt, actual.finishedAt());
        }

        @Test
        void brokenDotfile_opensTheIntroWithOneMessageNamingWhereTheFileWent() throws IOException {
            Files.createDirectories(tmp.resolve("home"));
            Files.writeString(tmp.resolve("home/progress.yaml"), "paths: [ unclosed");
            Session session = session();

            Opening actual = session.open(null, false);

            assertEquals(Opening.Kind.INTRO, actual.kind());
            List<String> messages = session.takeMessages();
            assertEquals(1, messages.size(), messages.toString());
            assertTrue(messages.get(0).contains(tmp.resolve("home/progress.yaml.broken-20261127T090000Z").toString()),
                    messages.get(0));
            assertTrue(Files.exists(tmp.resolve("home/progress.yaml.broken-20261127T090000Z")));
        }
    }

    @Nested
    class Quiz {

        @Test
        void next_withTheQuizUnanswered_asksTheQuizFirst() {
            Session session = opened();

            Move actual = session.next();

            Move.QuizDue due = assertInstanceOf(Move.QuizDue.class, actual);
            assertEquals(List.of("green-temp", "tannins"), due.questions().stream().map(Question::id).toList());
            assertEquals(1, session.stepNumber());
            assertFalse(saved().step("water").isDone());
        }

        @Test
        void next_withTheQuizPartlyAnswered_asksOnlyTheRest() {
            Session session = opened();
            session.answer(question(session, "green-temp"), "2");

            Move actual = session.next();

            Move.QuizDue due = assertInstanceOf(Move.QuizDue.class, actual);
            assertEquals(List.of("tannins"), due.questions().stream().map(Question::id).toList());
        }

        @Test
        void answers_wrongThenRight_areBothRecordedNewestLast() {
            Session session = opened();
            Question q = question(session, "green-temp");

            Feedback wrong = session.answer(q, "1");
            clock.advance(Duration.ofSeconds(20));
            Feedback right = session.answer(q, " 2 ");

            assertFalse(wrong.isRight());
            assertTrue(wrong.counted());
            assertTrue(right.isRight());
            List<Attempt> expected = List.of(new Attempt(T0, "1", false), new Attempt(T0.plusSeconds(20), "2", true));
            assertEquals(expected, saved().attempts("water/green-temp"));
            assertEquals(expected, session.record().attempts("water/green-temp"));
        }

        @ParameterizedTest(name = "{0} answered \"{1}\" is recorded as given \"{2}\"")
        @MethodSource("almanac.tutor.SessionTest#readableReplies")
        void readableReply_isRecordedAsTheQuestionReadIt(String stepAndQuestion, String reply, String expectedGiven) {
            String[] parts = stepAndQuestion.split("/");
            Session session = session();
            session.open(tea.indexOf(parts[0]) + 1, false);

            session.answer(question(session, parts[1]), reply);

            assertEquals(expectedGiven, saved().attempts(stepAndQuestion).get(0).given());
        }

        @ParameterizedTest(name = "{0} answered \"{1}\" is not an answer: not recorded, asked again")
        @MethodSource("almanac.tutor.SessionTest#unreadableReplies")
        void unreadableReply_isNotRecorded(String stepAndQuestion, String reply) {
            String[] parts = stepAndQuestion.split("/");
            Session session = session();
            session.open(tea.indexOf(parts[0]) + 1, false);
            Question q = question(session, parts[1]);

            Feedback actual = session.answer(q, reply);

            assertFalse(actual.counted());
            assertFalse(actual.isRight());
            assertEquals(List.of(), saved().attempts(stepAndQuestion));
            assertTrue(session.pendingQuestions().contains(q), "the question is still due");
        }

        @Test
        void skip_letsYouMoveOnWithoutAnswering() {
            Session session = opened();
            session.pendingQuestions().forEach(session::skip);

            Move actual = session.next();

            Move.Moved moved = assertInstanceOf(Move.Moved.class, actual);
            assertEquals("leaves", moved.to().id());
            assertEquals(List.of(), saved().attempts("water/green-temp"), "a skip is not an answer");
        }

        @Test
        void skippedQuestion_isAskedAgainOnALaterVisit() {
            Session first = opened();
            first.pendingQuestions().forEach(first::skip);
            first.next();
            first.quit();
            Session second = session();
            second.open(1, false);

            Move actual = second.next();

            Move.QuizDue due = assertInstanceOf(Move.QuizDue.class, actual);
            assertEquals(List.of("green-temp", "tannins"), due.questions().stream().map(Question::id).toList());
        }

        @Test
        void answeredQuiz_onALaterVisit_isNotAskedAgain() {
            Session first = opened();
            answerRight(first);
            first.next();
            first.back();

            Move actual = first.next();

            assertInstanceOf(Move.Moved.class, actual);
        }
    }

    static Stream<Arguments> readableReplies() {
        return Stream.of(
                Arguments.of("water/green-temp", "2", "2"),
                Arguments.of("water/green-temp", " 3 ", "3"),
                Arguments.of("water/tannins", "3 1", "1,3"),
                Arguments.of("water/tannins", "1, 3", "1,3"),
                Arguments.of("leaves/grams", "6 g", "6"),
                Arguments.of("leaves/grams", "5.75", "5.75"),
                Arguments.of("time/word", "  Steeping. ", "steeping"));
    }

    static Stream<Arguments> unreadableReplies() {
        return Stream.of(
                Arguments.of("water/green-temp", "banana"),
                Arguments.of("water/green-temp", "9"),
                Arguments.of("water/green-temp", "1,2"),
                Arguments.of("water/green-temp", ""),
                Arguments.of("water/tannins", "all of them"),
                Arguments.of("leaves/grams", "a few"),
                Arguments.of("time/word", "   "));
    }

    @Nested
    class Moving {

        @Test
        void next_afterTheQuiz_movesOnAndMarksTheStepDone() {
            Session session = opened();
            answerRight(session);
            clock.advance(Duration.ofMinutes(2));

            Move actual = session.next();

            Move.Moved moved = assertInstanceOf(Move.Moved.class, actual);
            assertEquals("water", moved.finished().id());
            assertEquals("leaves", moved.to().id());
            assertEquals(2, moved.number());
            assertEquals(T0.plusSeconds(120), saved().step("water").done());
            assertEquals("leaves", saved().current());
        }

        @Test
        void back_onTheFirstStep_staysWithAMessage() {
            Session session = opened();

            Move actual = session.back();

            Move.Stayed stayed = assertInstanceOf(Move.Stayed.class, actual);
            assertTrue(stayed.why().contains("first step"), stayed.why());
            assertEquals(1, session.stepNumber());
        }

        @Test
        void back_fromStep2_goesToStep1WithoutFinishingAnything() {
            Session session = session();
            session.open(2, false);

            Move actual = session.back();

            Move.Moved moved = assertInstanceOf(Move.Moved.class, actual);
            assertNull(moved.finished());
            assertEquals("water", moved.to().id());
            assertEquals("water", saved().current());
            assertFalse(saved().step("leaves").isDone());
        }

        @ParameterizedTest(name = "goTo({0}) on a 3-step path stays and says which steps exist")
        @ValueSource(ints = {0, -1, 4, 99})
        void goTo_outOfBounds_staysWithAMessage(int number) {
            Session session = opened();

            Move actual = session.goTo(number);

            Move.Stayed stayed = assertInstanceOf(Move.Stayed.class, actual);
            assertTrue(stayed.why().contains("1 to 3"), stayed.why());
            assertEquals(1, session.stepNumber());
        }

        @Test
        void goTo_theCurrentStep_staysWithAMessage() {
            Session session = opened();

            Move actual = session.goTo(1);

            Move.Stayed stayed = assertInstanceOf(Move.Stayed.class, actual);
            assertFalse(stayed.why().isBlank());
        }

        @Test
        void goTo_anotherStep_jumpsThereWithoutTheQuizAndSavesIt() {
            Session session = opened();

            Move actual = session.goTo(3);

            Move.Moved moved = assertInstanceOf(Move.Moved.class, actual);
            assertNull(moved.finished());
            assertEquals("time", moved.to().id());
            assertEquals(3, moved.number());
            assertEquals("time", saved().current());
            assertFalse(saved().step("water").isDone(), "jumping away does not finish a step");
        }
    }

    @Nested
    class Notes {

        @Test
        void addNote_attachesItToTheCurrentStepAndSavesIt() {
            Session session = session();
            session.open(2, false);
            clock.advance(Duration.ofSeconds(30));

            NoteResult actual = session.addNote("  2 g per 100 ml, remember  ");

            Note expected = new Note(T0.plusSeconds(30), "2 g per 100 ml, remember");
            assertEquals(new NoteResult.Added(expected, new Saved(null)), actual);
            assertEquals(List.of(expected), session.notes());
            assertEquals(List.of(expected), saved().notes("leaves"));
        }

        @ParameterizedTest(name = "note \"{0}\" is ignored")
        @NullSource
        @ValueSource(strings = {"", "   ", "\n\t "})
        void blankNote_isIgnored(String text) {
            Session session = opened();

            NoteResult actual = session.addNote(text);

            assertInstanceOf(NoteResult.Blank.class, actual);
            assertEquals(List.of(), session.notes());
            assertEquals(0, saved().noteCount());
        }

        @Test
        void noteOfExactly64KB_isKept_andOneByteMoreIsRefusedWithoutSaving() {
            Session session = opened();
            String most = "é".repeat(Session.MAX_NOTE_BYTES / 2);

            NoteResult kept = session.addNote(most);
            NoteResult refused = session.addNote(most + "x");

            assertInstanceOf(NoteResult.Added.class, kept);
            NoteResult.TooLong tooLong = assertInstanceOf(NoteResult.TooLong.class, refused);
            assertTrue(tooLong.why().contains("at most 64 KB"), tooLong.why());
            assertFalse(tooLong.why().contains("\n"));
            assertEquals(List.of(most), saved().notes("water").stream().map(Note::text).toList());
            assertEquals(List.of(most), session.notes().stream().map(Note::text).toList());
        }

        @Test
        void notes_belongToTheStepTheyWereTakenOn() {
            Session session = opened();
            session.addNote("on water");
            session.goTo(2);
            session.addNote("on leaves");

            session.back();

            assertEquals(List.of("on water"), session.notes().stream().map(Note::text).toList());
            assertEquals(List.of("on leaves"), saved().notes("leaves").stream().map(Note::text).toList());
        }
    }

    @Nested
    class Finishing {

        @Test
        void nextOnTheLastStep_finishesWithASummary() {
            Session session = opened();
            session.addNote("first note");
            Question greenTemp = question(session, "green-temp");
            Question tannins = question(session, "tannins");
            session.answer(greenTemp, "1");
            session.answer(greenTemp, "2");
            session.answer(tannins, "1,3");
            session.answer(tannins, "1");
            clock.advance(Duration.ofMinutes(1));
            session.next();
            answerRight(session);
            session.addNote("second note");
            clock.advance(Duration.ofMinutes(2));
            session.next();
            Question word = question(session, "word");
            session.answer(word, "boiling");
            clock.advance(Duration.ofMinutes(3));

            Move actual = session.next();

            Move.Finished finished = assertInstanceOf(Move.Finished.class, actual);
            assertEquals("time", finished.finished().id());
            Summary expected = new Summary("Tea: A Short Path for Tests", 3, 3, 2, 4, 4, Duration.ofMinutes(6), 2,
                    List.of(new Summary.Missed(1, "Water", tannins), new Summary.Missed(3, "Time", word)), List.of());
            assertEquals(expected, finished.summary());
            assertEquals(T0.plusSeconds(360), saved().finished());
            assertTrue(saved().step("time").isDone());
        }

        @Test
        void summary_midway_countsWhatIsDoneSoFar() {
            Session session = opened();
            answerRight(session);
            session.next();

            Summary actual = session.summary();

            assertAll(
                    () -> assertEquals(1, actual.stepsDone()),
                    () -> assertEquals(2, actual.right()),
                    () -> assertEquals(2, actual.answered()),
                    () -> assertEquals(4, actual.questions()));
        }
    }

    @Nested
    class TimeSpent {

        @Test
        void timeOnAStep_isSavedWhenMovingOn() {
            Session session = opened();
            answerRight(session);
            clock.advance(Duration.ofMinutes(5));

            session.next();

            assertEquals(300, saved().step("water").seconds());
        }

        @Test
        void longAbsence_countsAtMost30MinutesForTheVisit() {
            Session session = opened();
            answerRight(session);
            clock.advance(Duration.ofHours(3));

            session.next();

            assertEquals(1800, saved().step("water").seconds());
        }

        @Test
        void everyVisit_addsToTheStepItWasOn() {
            Session session = opened();
            clock.advance(Duration.ofMinutes(10));
            session.goTo(2);
            clock.advance(Duration.ofMinutes(1));
            session.back();
            clock.advance(Duration.ofHours(2));
            session.goTo(3);

            PathProgress actual = saved();

            assertEquals(600 + 1800, actual.step("water").seconds());
            assertEquals(60, actual.step("leaves").seconds());
            assertEquals(0, actual.step("time").seconds());
        }

        @Test
        void quit_savesTheTimeOnTheCurrentStepWithoutFinishingIt() {
            Session session = opened();
            clock.advance(Duration.ofSeconds(90));

            session.quit();

            assertEquals(new StepRecord(null, 90), saved().step("water"));
        }

        @Test
        void timeIsAddedAcrossSessions() {
            Session first = opened();
            clock.advance(Duration.ofMinutes(4));
            first.quit();
            clock.advance(Duration.ofDays(1));
            Session second = opened();
            clock.advance(Duration.ofMinutes(3));

            second.quit();

            assertEquals(420, saved().step("water").seconds());
        }
    }

    @Nested
    class SavedRecord {

        @Test
        void unknownIdsInTheDotfile_areKeptAfterSaves() {
            Map<String, Map<String, Object>> review = Map.of("retired/old-q", Map.of("due", "2026-12-01T00:00:00Z"));
            PathProgress old = PathProgress.builder().started(T0.minusSeconds(86400)).current("water")
                    .steps(Map.of("retired", new StepRecord(T0.minusSeconds(3600), 200)))
                    .answers(Map.of("retired/old-q", List.of(new Attempt(T0.minusSeconds(3600), "2", true))))
                    .notes(Map.of("retired", List.of(new Note(T0.minusSeconds(3600), "from an older version"))))
                    .review(review).build();
            PathProgress coffee = PathProgress.EMPTY.withStarted(T0).withCurrent("beans");
            store.update(p -> p.with("tea", r -> old).with("coffee", r -> coffee));
            Session session = opened();
            session.addNote("new note");
            answerRight(session);
            session.next();
            session.quit();

            Progress actual = store.load();

            PathProgress teaNow = actual.path("tea");
            assertAll(
                    () -> assertEquals(old.step("retired"), teaNow.step("retired")),
                    () -> assertEquals(old.attempts("retired/old-q"), teaNow.attempts("retired/old-q")),
                    () -> assertEquals(old.notes("retired"), teaNow.notes("retired")),
                    () -> assertEquals(old.review().get("retired/old-q"), teaNow.review().get("retired/old-q")),
                    () -> assertEquals(coffee, actual.path("coffee")),
                    () -> assertEquals(List.of("new note"), teaNow.notes("water").stream().map(Note::text).toList()));
        }

        @Test
        void savedStepGoneFromThePath_resumesAtTheFirstStepNotDone() {
            seed(PathProgress.EMPTY.withStarted(T0).withCurrent("renamed-step").withStepDone("water", T0));
            Session session = session();

            Opening actual = session.open(null, false);
            session.saveOpening();

            assertEquals(new Opening(Opening.Kind.RESUMED, 2, null), actual);
            assertEquals("leaves", session.step().id());
            assertEquals("leaves", saved().current());
        }

        @Test
        void savedStepGone_andNothingDone_resumesAtStep1() {
            seed(PathProgress.EMPTY.withStarted(T0).withCurrent("renamed-step"));
            Session session = session();

            Opening actual = session.open(null, false);

            assertEquals(Opening.Kind.RESUMED, actual.kind());
            assertEquals(1, actual.stepNumber());
        }

        @Test
        void anotherSessionsNotes_areKeptWhenThisOneSaves() {
            Session mine = opened();
            Session other = opened();
            other.addNote("from the other terminal");

            mine.addNote("from this terminal");

            assertEquals(List.of("from the other terminal", "from this terminal"),
                    saved().notes("water").stream().map(Note::text).toList());
        }
    }

    @Nested
    class SavingFails {

        @Test
        void homeIsARegularFile_everyChangeSaysNotSaved_andTheFileIsUntouched() throws IOException {
            Path file = tmp.resolve("regular-file");
            Files.writeString(file, "precious");
            Session session = new Session(tea, new ProgressStore(file, clock), clock);

            Opening opening = session.open(null, false);
            session.saveOpening();
            List<String> first = session.takeMessages();
            NoteResult note = session.addNote("still works");
            Feedback answer = session.answer(question(session, "green-temp"), Tea.RIGHT.get("green-temp"));
            answerRight(session);
            Move move = session.next();
            List<String> later = session.takeMessages();
            session.quit();

            assertEquals(Opening.Kind.INTRO, opening.kind());
            assertEquals(1, first.size(), first.toString());
            assertTrue(first.get(0).startsWith("Where you are NOT saved: "), first.get(0));
            assertTrue(first.get(0).contains(file.toString()), first.get(0));
            Saved noteSaved = assertInstanceOf(NoteResult.Added.class, note).saved();
            assertFalse(noteSaved.onDisk());
            assertTrue(noteSaved.notSaved("Note").startsWith("Note NOT saved: "), noteSaved.notSaved("Note"));
            assertFalse(answer.saved().onDisk());
            assertEquals(List.of("Step 1 done NOT saved: " + noteSaved.problem()), later);
            assertInstanceOf(Move.Moved.class, move);
            assertEquals(List.of("still works"), session.record().notes("water").stream().map(Note::text).toList());
            assertEquals("precious", Files.readString(file, StandardCharsets.UTF_8));
            assertTrue(session.unsavedCount() >= 4, "every change is kept to be saved later: " + session.unsavedCount());
            assertTrue(session.unsavedWarning().contains("changes were NOT saved"), session.unsavedWarning());
        }

        @Test
        void oneFailedSave_doesNotStopLaterSaves_andTheFailedChangeIsSavedWithTheNext() throws IOException {
            Session session = opened();
            session.addNote("before");
            session.takeMessages();
            Path home = tmp.resolve("home");
            Path aside = tmp.resolve("home-aside");
            Files.move(home, aside);
            Files.writeString(home, "not a folder for a moment");

            NoteResult failed = session.addNote("during");
            Files.delete(home);
            Files.move(aside, home);
            NoteResult after = session.addNote("after");
            List<String> messages = session.takeMessages();

            assertFalse(assertInstanceOf(NoteResult.Added.class, failed).saved().onDisk());
            assertTrue(assertInstanceOf(NoteResult.Added.class, after).saved().onDisk());
            assertEquals(List.of("before", "during", "after"), saved().notes("water").stream().map(Note::text).toList());
            assertEquals(List.of("before", "during", "after"), session.notes().stream().map(Note::text).toList());
            assertEquals(List.of("Saved now, with the change that could not be saved before."), messages);
            assertEquals(0, session.unsavedCount());
            assertNull(session.unsavedWarning());
        }

        @Test
        void dotfileFromANewerAlmanac_stopsTheSessionBeforeAnythingIsSaid() throws IOException {
            Path home = tmp.resolve("home");
            Files.createDirectories(home);
            String newer = "schema: 2\npaths: {}\n";
            Files.writeString(home.resolve(ProgressStore.FILE_NAME), newer);
            Session session = session();

            almanac.progress.ProgressException e = org.junit.jupiter.api.Assertions.assertThrows(
                    almanac.progress.ProgressException.class, () -> session.open(null, false));

            assertTrue(e.getMessage().contains("newer Almanac"), e.getMessage());
            assertEquals(newer, Files.readString(home.resolve(ProgressStore.FILE_NAME)));
        }
    }

    @Nested
    class StepScoreAndLeaving {
        @Test
        void score_countsTheLatestAnswerRightAndTheSkips() {
            Session session = opened();
            session.answer(question(session, "green-temp"), "1");
            session.answer(question(session, "green-temp"), "2");
            session.skip(question(session, "tannins"));

            assertEquals(new Session.StepScore(1, 2, 1), session.score(session.step()));
        }

        @Test
        void farewell_saysWhereItIsSavedAndHowToComeBack() {
            Session session = opened();
            session.addNote("brew cooler");

            assertEquals("Saved at step 1/3 · 0 of 3 done · 1 note. Resume: almanac learn tea",
                    session.farewell("almanac learn tea").line());
            finish(session);
            assertEquals("Saved: all 3 steps done · 1 note. Resume: almanac learn tea",
                    session.farewell("almanac learn tea").line());
        }

        @Test
        void scroll_isKeptForTheSameStepAndStartsAtTheTopOfAnother() {
            Session session = opened();
            session.keepScroll(40);
            assertEquals(40, saved().scroll());

            session.open(null, false);
            assertEquals(40, session.record().scroll(), "resuming on the same step keeps it");
            session.goTo(2);
            assertEquals(0, saved().scroll());
        }
    }

    private void finish(Session session) {
        while (true) {
            answerRight(session);
            Move move = session.next();
            if (move instanceof Move.Finished) {
                return;
            }
        }
    }
}
