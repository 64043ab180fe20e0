package almanac.content;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

/** Loads inline YAML as the file {@code x.yaml} and lists its problems the way `almanac lint` prints them. */
final class LoadHelp {
    private LoadHelp() {
    }

    static LoadResult load(String yaml) {
        return PathLoader.parse(yaml.getBytes(UTF_8), "x.yaml", "x");
    }

    static List<String> errors(LoadResult result) {
        return result.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    static List<String> warnings(LoadResult result) {
        return result.problems().stream().filter(p -> !p.isError()).map(Problem::toString).toList();
    }

    static List<String> errors(String yaml) {
        return errors(load(yaml));
    }

    static List<String> warnings(String yaml) {
        return warnings(load(yaml));
    }
}
