package almanac.tutor;

import almanac.content.LearningPath;
import almanac.content.Question;
import almanac.content.Step;
import almanac.progress.PathProgress;
import almanac.review.Card;
import almanac.review.CardState;
import almanac.review.Scheduler;
import java.time.Instant;
import java.util.OptionalDouble;

/** How much of a path the learner is predicted to remember now. */
public final class Retention {
    private Retention() {
    }

    /**
     * The mean predicted recall (FSRS-6) at {@code now} of the path's answered questions; empty
     * when none has been answered yet.
     */
    public static OptionalDouble of(LearningPath path, PathProgress record, Instant now) {
        double sum = 0;
        int count = 0;
        for (Step step : path.steps()) {
            for (Question q : step.quiz()) {
                String key = step.answerKey(q);
                if (record.attempts(key).isEmpty()) {
                    continue;
                }
                Card card = CardState.fromMap(record.review().get(key));
                sum += Scheduler.retrievability(card, now);
                count++;
            }
        }
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }
}
