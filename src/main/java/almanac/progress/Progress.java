package almanac.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Everything in the dotfile: the learner's record per path id. */
public record Progress(Map<String, PathProgress> paths) {

    public static final Progress EMPTY = new Progress(Map.of());

    public Progress {
        paths = paths == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    }

    public PathProgress path(String pathId) {
        return paths.getOrDefault(pathId, PathProgress.EMPTY);
    }

    /** This progress with one path's record changed by {@code edit}. */
    public Progress with(String pathId, UnaryOperator<PathProgress> edit) {
        Map<String, PathProgress> copy = new LinkedHashMap<>(paths);
        copy.put(pathId, edit.apply(path(pathId)));
        return new Progress(copy);
    }
}
