package almanac.tutor;

import almanac.content.Check;
import almanac.content.Question;
import almanac.progress.Attempt;
import almanac.progress.PathProgress;
import almanac.review.Card;
import almanac.review.CardState;
import almanac.review.Grade;
import almanac.review.Scheduler;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * What answering a question changes in the learner's record: the attempt, and the
 * question's review schedule (FSRS-6, see {@link Scheduler}). Shared by the tutor and review.
 */
final class Grading {
    private Grading() {
    }

    /** The record edit for a graded reply, or null when the reply was not an answer. */
    static UnaryOperator<PathProgress> edit(String key, Check check, boolean hinted, Instant now) {
        String given;
        if (check instanceof Check.Right r) {
            given = r.given();
        } else if (check instanceof Check.Wrong w) {
            given = w.given();
        } else {
            return null;
        }
        boolean right = check instanceof Check.Right;
        Attempt attempt = new Attempt(now, given, right);
        return p -> {
            Card card = CardState.fromMap(p.review().get(key));
            Card next = Scheduler.review(card, Grade.of(right, hinted), now, Scheduler.seed(key, card.reps()));
            return p.withAttempt(key, attempt).withReview(key, CardState.toMap(next));
        };
    }

    static Feedback grade(Question question, String reply) {
        return new Feedback(question, question.check(reply));
    }
}
