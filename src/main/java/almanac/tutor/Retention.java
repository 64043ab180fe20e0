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

/**
 * How much of a path the learner is predicted to remember now (FSRS-6), over the answered
 * questions the model can say something about: those last answered a day or more ago. Within
 * a day of an answer FSRS predicts full recall, even right after a miss, which would read as
 * 100% to someone who just got every question wrong; those questions are counted apart.
 *
 * @param recall   the mean predicted recall of the {@code predicted} questions; empty when there are none
 * @param predicted the answered questions last answered a day or more ago
 * @param recent   the answered questions last answered within the last day (left out of {@code recall})
 */
public record Retention(OptionalDouble recall, int predicted, int recent) {

    public static Retention of(LearningPath path, PathProgress record, Instant now) {
        double sum = 0;
        int predicted = 0;
        int recent = 0;
        for (Step step : path.steps()) {
            for (Question q : step.quiz()) {
                String key = step.answerKey(q);
                if (record.attempts(key).isEmpty()) {
                    continue;
                }
                Card card = CardState.fromMap(record.review().get(key));
                if (Scheduler.predicts(card, now)) {
                    sum += Scheduler.retrievability(card, now);
                    predicted++;
                } else {
                    recent++;
                }
            }
        }
        return new Retention(predicted == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / predicted),
                predicted, recent);
    }

    /** True when no question has been answered yet. */
    public boolean isEmpty() {
        return predicted + recent == 0;
    }

    /**
     * For a person: "77% of 2 questions (predicted)", saying which answers are left out and
     * why; empty when nothing has been answered.
     */
    public String describe() {
        if (isEmpty()) {
            return "";
        }
        String withinADay = recent + " answered within a day";
        if (recall.isEmpty()) {
            return "not predicted until a day after an answer (" + withinADay + ")";
        }
        String share = Math.round(recall.getAsDouble() * 100) + "% of " + predicted
                + (predicted == 1 ? " question" : " questions");
        return recent == 0 ? share + " (predicted)" : share + " (predicted; " + withinADay + " not counted)";
    }
}
