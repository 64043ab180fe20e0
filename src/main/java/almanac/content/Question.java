package almanac.content;

import java.util.List;

/**
 * A quick quiz question. Each kind checks its own replies, so front ends never switch on
 * the kind to grade an answer.
 */
public sealed interface Question permits Choice, Choices, Numeric, Text {

    /** Unique within its step. */
    String id();

    /** The question as the reader sees it. */
    String prompt();

    /** Shown after any answer. */
    String explain();

    /** Shown on request; null when the author gave none. */
    String hint();

    /** Grades one line typed by the reader. */
    Check check(String reply);

    /** The right answer as a person would write it, for feedback. */
    String rightAnswer();

    /** The options to show, numbered from 1; empty for free answers. */
    default List<String> options() {
        return List.of();
    }

    /** A short reminder of how to answer, e.g. "a number from 1 to 4". */
    String replyFormat();
}
