package almanac.content;

import java.util.List;

/** A loaded path (null when there were errors) and every problem found, warnings included. */
public record LoadResult(LearningPath path, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return path != null;
    }

    /** The path, or a {@link PathFileException} naming every error. */
    public LearningPath orThrow() {
        if (path == null) {
            throw new PathFileException(problems);
        }
        return path;
    }
}
