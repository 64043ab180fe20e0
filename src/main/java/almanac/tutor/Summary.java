package almanac.tutor;

import almanac.content.Question;
import java.time.Duration;
import java.util.List;

/**
 * How a path went: questions right (by the latest answer), time spent, notes taken, the
 * questions worth another look, and the numbers of the steps not done yet.
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
        List<Missed> toReview,
        List<Integer> notDone) {

    public Summary {
        toReview = List.copyOf(toReview);
        notDone = List.copyOf(notDone);
    }

    public boolean complete() {
        return notDone.isEmpty();
    }

    /** A question whose latest answer was wrong, with the step it belongs to. */
    public record Missed(int stepNumber, String stepTitle, Question question) {
    }
}
