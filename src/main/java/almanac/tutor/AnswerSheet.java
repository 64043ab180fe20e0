package almanac.tutor;

import almanac.content.Question;

/** Where replies to questions go: the tutor's step quiz, or a review of due questions. */
public interface AnswerSheet {

    /** Grades a reply and records it if it was an answer (right or wrong). */
    Feedback answer(Question question, String reply);

    /** The learner moved on without answering. */
    void skip(Question question);

    /** The learner asked for the hint; a right answer after it counts for less in review. */
    void hint(Question question);
}
