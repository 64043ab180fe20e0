package almanac.tui;

import almanac.content.Question;
import almanac.tutor.AnswerSheet;
import java.util.List;

/**
 * The line prompts the full-screen tutor hands over to: the quiz and a note. The real one
 * suspends the screen for a JLine prompt; tests give scripted answers.
 */
interface Prompts {

    /**
     * Asks the questions under a heading ("Quiz · NVIDIA"), numbered by their place in
     * {@code quiz} (the step's whole quiz); false when the learner cancelled or input ended.
     */
    boolean quiz(String heading, AnswerSheet sheet, List<Question> questions, List<Question> quiz);

    /** Reads one note; null when cancelled. */
    String note(String stepTitle);
}
