package almanac.tutor;

import almanac.content.Question;
import almanac.content.Step;
import java.util.List;

/** What a request to move (next, back, go to) did. */
public sealed interface Move {

    /** The step's quiz has questions not yet answered; they come before moving on. */
    record QuizDue(List<Question> questions) implements Move {
        public QuizDue {
            questions = List.copyOf(questions);
        }
    }

    /**
     * Now on {@code to}. {@code finished} is the step just completed by going forward (its
     * key points are worth showing), or null when moving back or jumping.
     */
    record Moved(Step finished, Step to, int number) implements Move {
    }

    /** The path is done; here is how it went. */
    record Finished(Step finished, Summary summary) implements Move {
    }

    /** Nothing to do (already at the first step, or no such step); {@code why} says so. */
    record Stayed(String why) implements Move {
    }
}
