package almanac.tutor;

import almanac.content.Question;
import java.time.Duration;
import java.util.List;

/**
 * How a path went: questions right (by the latest answer), time spent, notes taken, and the
 * questions worth another look.
 */
public record Summary(
        String title,
        int stepsDone,
        int steps,
        int right,
        int answered,
        int questions,
        Duration time,
        int notes,
        List<Missed> toReview) {

    public Summary {
        toReview = List.copyOf(toReview);
    }

    /** A question whose latest answer was wrong, with the step it belongs to. */
    public record Missed(int stepNumber, String stepTitle, Question question) {
    }
}
