package almanac.content;

import almanac.UserException;
import java.util.List;

/** A path file that cannot be used, with every problem found in it. */
public class PathFileException extends UserException {
    private final List<Problem> problems;

    public PathFileException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            return "the path file has problems";
        }
        String first = errors.get(0).toString();
        return errors.size() == 1 ? first
                : first + " (and " + (errors.size() - 1) + " more; run '" + almanac.Program.name() + " lint')";
    }
}
