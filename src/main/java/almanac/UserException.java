package almanac;

/**
 * A problem the user can fix (a bad path file, an unknown path id, an unwritable home).
 * Its message is written for a person and printed on one line, without a stack trace.
 * Anything else that escapes is a bug.
 */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
