package almanac.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every path the learner can reach, found in folders searched in order; the first folder
 * that has an id wins. A broken file is reported beside the good ones, never fatal to them.
 */
public final class Catalog {
    private final List<PathFolder> folders;

    public Catalog(List<PathFolder> folders) {
        this.folders = List.copyOf(folders);
    }

    /** One id found in the catalog: the path, or the problems that keep it from loading. */
    public record Entry(String id, PathFolder folder, LoadResult result) {
    }

    /** All paths, one entry per id, in id order. */
    public List<Entry> entries() {
        Map<String, PathFolder> first = new LinkedHashMap<>();
        for (PathFolder folder : folders) {
            for (String id : folder.ids()) {
                first.putIfAbsent(id, folder);
            }
        }
        List<Entry> entries = new ArrayList<>();
        first.keySet().stream().sorted().forEach(id -> {
            PathFolder folder = first.get(id);
            folder.load(id).ifPresent(result -> entries.add(new Entry(id, folder, result)));
        });
        return entries;
    }

    /** The paths that load, in id order (broken files left out). */
    public static List<LearningPath> loaded(List<Entry> entries) {
        return entries.stream().filter(e -> e.result().ok()).map(e -> e.result().path()).toList();
    }

    /**
     * The step of {@code path} numbered {@code number} (1-based), or a message saying which
     * numbers there are.
     */
    public static Step step(LearningPath path, int number) {
        if (number < 1 || number > path.steps().size()) {
            throw new UnknownPathException("there is no step " + number + "; " + path.id() + " has steps 1 to "
                    + path.steps().size());
        }
        return path.steps().get(number - 1);
    }

    /**
     * The path named by {@code ref}: an id found in the folders, or (if it ends in
     * {@code .yaml}/{@code .yml} or holds a slash) one file.
     */
    public LearningPath find(String ref) {
        return lookUp(ref).orThrow();
    }

    /** Like {@link #find} but keeps the problems (warnings included) for the caller. */
    public LoadResult lookUp(String ref) {
        if (looksLikeFile(ref)) {
            Path file;
            try {
                file = Path.of(ref);
            } catch (java.nio.file.InvalidPathException e) {
                throw new UnknownPathException("no such path file: " + ref + " (" + e.getReason() + ")");
            }
            if (!Files.isRegularFile(file)) {
                throw new UnknownPathException("no such path file: " + ref);
            }
            return PathLoader.load(file, ref);
        }
        if (!PathLoader.ID.matcher(ref).matches()) {
            throw new UnknownPathException("'" + ref + "' is not a path id (ids are lower-case letters, digits and dashes)"
                    + knownIds());
        }
        for (PathFolder folder : folders) {
            Optional<LoadResult> result = folder.load(ref);
            if (result.isPresent()) {
                return result.get();
            }
        }
        throw new UnknownPathException("no path with id '" + ref + "'" + knownIds());
    }

    public static boolean looksLikeFile(String ref) {
        return ref.endsWith(".yaml") || ref.endsWith(".yml") || ref.contains("/") || ref.contains(java.io.File.separator);
    }

    /** Every id the folders hold, without loading the files. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (PathFolder folder : folders) {
            for (String id : folder.ids()) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    private String knownIds() {
        List<String> ids = ids();
        return ids.isEmpty() ? "; no paths are installed" : "; known paths: " + String.join(", ", ids);
    }
}
