package almanac.content;

/** What a question made of one reply: right, wrong, or not an answer of its form. */
public sealed interface Check {

    /** The reply as the question understood it, for the record ("2", "1,3", "0.44"). */
    record Right(String given) implements Check {
    }

    record Wrong(String given) implements Check {
    }

    /** The reply is not of the question's form; {@code why} says what is expected. */
    record Unreadable(String why) implements Check {
    }
}
