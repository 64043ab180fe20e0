package almanac.content;

import almanac.UserException;

/** A path id or file name that does not name a path the catalog can find. */
public class UnknownPathException extends UserException {
    public UnknownPathException(String message) {
        super(message);
    }
}
