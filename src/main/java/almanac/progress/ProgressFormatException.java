package almanac.progress;

/** The dotfile's text is not a progress file this version can read. */
public class ProgressFormatException extends Exception {
    public ProgressFormatException(String message) {
        super(message);
    }
}
