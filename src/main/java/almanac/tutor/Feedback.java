package almanac.tutor;

import almanac.content.Check;
import almanac.content.Question;

/** The result of one reply to a question: right, wrong, or not an answer (then ask again). */
public record Feedback(Question question, Check check) {

    public boolean isRight() {
        return check instanceof Check.Right;
    }

    /** True when the reply was an answer (right or wrong), so it was recorded. */
    public boolean counted() {
        return !(check instanceof Check.Unreadable);
    }
}
