package almanac.progress;

import almanac.UserException;

/** The dotfile could not be read or saved; the message says where and why. */
public class ProgressException extends UserException {
    public ProgressException(String message, Throwable cause) {
        super(message, cause);
    }
}
