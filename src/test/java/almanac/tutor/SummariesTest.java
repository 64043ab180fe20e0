package almanac.tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import almanac.content.LearningPath;
import almanac.progress.Attempt;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SummariesTest {
    private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
    private final LearningPath tea = Tea.path();

    private static Attempt attempt(int second, boolean correct) {
        return new Attempt(T0.plusSeconds(second), correct ? "right" : "wrong", correct);
    }

    @Test
    void noProgress_summarisesNothingDoneOfEverything() {
        Summary actual = Summaries.of(tea, PathProgress.EMPTY);

        Summary expected = new Summary("Tea: A Short Path for Tests", 0, 3, 0, 0, 4, Duration.ZERO, 0, List.of(), List.of(1, 2, 3));
        assertEquals(expected, actual);
    }

    static Stream<Arguments> attemptHistories() {
        return Stream.of(
                Arguments.of("right", List.of(true), 1),
                Arguments.of("wrong", List.of(false), 0),
                Arguments.of("wrong, then right", List.of(false, true), 1),
                Arguments.of("right, then wrong", List.of(true, false), 0),
                Arguments.of("wrong, wrong, right", List.of(false, false, true), 1));
    }

    @ParameterizedTest(name = "answered {0}: counts {2} right of 1 answered")
    @MethodSource("attemptHistories")
    void score_goesByTheLatestAnswer(String what, List<Boolean> history, int expectedRight) {
        PathProgress record = PathProgress.EMPTY;
        for (int i = 0; i < history.size(); i++) {
            record = record.withAttempt("leaves/grams", attempt(i, history.get(i)));
        }

        Summary actual = Summaries.of(tea, record);

        assertEquals(expectedRight, actual.right());
        assertEquals(1, actual.answered());
        assertEquals(expectedRight == 1 ? List.of() : List.of(new Summary.Missed(2, "Leaves", Tea.question("grams"))),
                actual.toReview());
    }

    @Test
    void missedQuestions_areListedInPathOrderWithTheirStep() {
        PathProgress record = PathProgress.EMPTY
                .withAttempt("time/word", attempt(1, false))
                .withAttempt("water/tannins", attempt(2, false))
                .withAttempt("water/green-temp", attempt(3, true));

        List<Summary.Missed> actual = Summaries.of(tea, record).toReview();

        assertEquals(List.of(new Summary.Missed(1, "Water", Tea.question("tannins")),
                new Summary.Missed(3, "Time", Tea.question("word"))), actual);
    }

    @Test
    void timeStepsAndNotes_addUpOverThePathsSteps() {
        PathProgress record = PathProgress.EMPTY
                .withSecondsAdded("water", 100).withStepDone("water", T0)
                .withSecondsAdded("leaves", 50)
                .withNote("water", new Note(T0, "a"))
                .withNote("time", new Note(T0, "b"));

        Summary actual = Summaries.of(tea, record);

        assertEquals(1, actual.stepsDone());
        assertEquals(Duration.ofSeconds(150), actual.time());
        assertEquals(2, actual.notes());
    }

    @Test
    void recordsForStepsThePathNoLongerHas_areLeftOut() {
        PathProgress record = PathProgress.EMPTY
                .withSecondsAdded("retired", 999).withStepDone("retired", T0)
                .withNote("retired", new Note(T0, "old"))
                .withAttempt("retired/q", attempt(0, false));

        Summary actual = Summaries.of(tea, record);

        assertEquals(new Summary("Tea: A Short Path for Tests", 0, 3, 0, 0, 4, Duration.ZERO, 0, List.of(), List.of(1, 2, 3)), actual);
    }
}
