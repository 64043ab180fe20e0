package almanac.tutor;

import almanac.content.Check;
import almanac.content.Question;

/**
 * The result of one reply to a question: right, wrong, or not an answer (then ask again);
 * and for an answer, whether it was saved.
 */
public record Feedback(Question question, Check check, Saved saved) {

    public Feedback(Question question, Check check) {
        this(question, check, Saved.ON_DISK);
    }

    Feedback withSaved(Saved how) {
        return new Feedback(question, check, how);
    }

    public boolean isRight() {
        return check instanceof Check.Right;
    }

    /** True when the reply was an answer (right or wrong), so it was recorded. */
    public boolean counted() {
        return !(check instanceof Check.Unreadable);
    }
}
