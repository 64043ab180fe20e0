package almanac.progress;

/** The dotfile's text is not a progress file this version can read. */
public class ProgressFormatException extends Exception {
    public ProgressFormatException(String message) {
        super(message);
    }

    /** The file is fine, but written by a newer Almanac: leave it exactly as it is. */
    static final class Newer extends ProgressFormatException {
        Newer(int schema) {
            super("it was written by a newer Almanac (schema " + schema + "; this one reads schema 1)");
        }
    }
}
