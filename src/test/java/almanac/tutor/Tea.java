package almanac.tutor;

import almanac.content.LearningPath;
import almanac.content.PathLoader;
import almanac.content.Question;
import java.nio.file.Path;
import java.util.Map;

/** The test path src/test/resources/paths/tea.yaml: three steps, every question kind. */
public final class Tea {
    public static final Path FILE = Path.of("src/test/resources/paths/tea.yaml");
    public static final Path FOLDER = FILE.getParent();

    /** A right reply to each question, by question id. */
    public static final Map<String, String> RIGHT = Map.of(
            "green-temp", "2", "tannins", "1,3", "grams", "6", "word", "steeping");
    /** A wrong (but readable) reply to each question, by question id. */
    public static final Map<String, String> WRONG = Map.of(
            "green-temp", "1", "tannins", "2", "grams", "9", "word", "boiling");

    private Tea() {
    }

    public static LearningPath path() {
        return PathLoader.load(FILE, "tea.yaml").orThrow();
    }

    public static Question question(String id) {
        return path().steps().stream().flatMap(s -> s.quiz().stream())
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }
}
