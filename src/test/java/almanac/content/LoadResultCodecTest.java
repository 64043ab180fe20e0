package almanac.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LoadResultCodecTest {

    /** Every path file the project has: the shipped paths, the test paths, broken and hostile ones. */
    private static List<Path> pathFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("paths", "src/test/resources/paths", "src/test/resources/broken", "src/test/resources/hostile")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyPathFile_readsBackAsTheSameResult() throws IOException {
        List<Path> files = pathFiles();
        assertTrue(files.size() > 20, files.toString());
        boolean sawPath = false;
        boolean sawError = false;
        boolean sawWarning = false;
        List<LoadResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(PathLoader.load(file, file.toString()));
        }
        // And one with warnings: a step's minutes far from its reading time.
        String tea = Files.readString(Path.of("src/test/resources/paths/tea.yaml"));
        results.add(PathLoader.parse(tea.replaceFirst("minutes: \\d+", "minutes: 90").getBytes(StandardCharsets.UTF_8),
                "tea.yaml", "tea"));
        for (LoadResult parsed : results) {
            String file = parsed.ok() ? parsed.path().origin() : parsed.problems().get(0).file();

            LoadResult back = LoadResultCodec.read(LoadResultCodec.write(parsed), 0);

            assertEquals(parsed, back, file);
            sawPath |= parsed.ok();
            sawError |= parsed.problems().stream().anyMatch(Problem::isError);
            sawWarning |= parsed.problems().stream().anyMatch(p -> !p.isError());
        }
        assertTrue(sawPath && sawError && sawWarning, "the files cover paths, errors and warnings");
    }

    @Test
    void everyKindOfQuestion_andEveryOptionalField_survives() {
        // Text in each of the codec's forms: ASCII and Latin-1 (copied), and beyond (UTF-8).
        Step step = new Step("s", "Café à la carte", 3, null, "body ✓ 😀", List.of("k", "ÿ", ""), List.of(new Source("t", "https://x", null)),
                List.of(new Choice("a", "A?", List.of("x", "y"), 2, "because", null),
                        new Choices("b", "B?", List.of("x", "y", "z"), new java.util.TreeSet<>(List.of(1, 3)), null, "h"),
                        new Numeric("c", "C?", 0.44, new Tolerance(5, true), "$", "e", null),
                        new Text("d", "D?", List.of("one", "two"), null, null)));
        LearningPath path = new LearningPath("p", "P", null, null, Level.ADVANCED, null, List.of(step),
                List.of(new GlossaryEntry("KV", "keys and values")), "here");
        LoadResult result = new LoadResult(path, List.of(Problem.warning("f", 3, 4, "careful")));

        assertEquals(result, LoadResultCodec.read(LoadResultCodec.write(result), 0));
    }

    @Test
    void cutShort_anywhere_isRefusedWithOneKindOfError() throws IOException {
        byte[] bytes = LoadResultCodec.write(PathLoader.load(Path.of("src/test/resources/paths/tea.yaml"), "tea"));
        for (int length = 0; length < bytes.length; length += 7) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThrows(IllegalArgumentException.class, () -> LoadResultCodec.read(cut, 0), "cut at " + length);
        }
    }

    @Test
    void damagedBytes_giveAResultOrTheOneError_neverAnotherException() throws IOException {
        byte[] bytes = LoadResultCodec.write(PathLoader.load(Path.of("src/test/resources/paths/tea.yaml"), "tea"));
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            byte[] damaged = bytes.clone();
            damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            try {
                LoadResultCodec.read(damaged, 0);
            } catch (IllegalArgumentException expected) {
                // refused: the cache then parses the file again
            }
        }
    }

    /**
     * The records the codec writes, as they are now. When this fails, a record changed: make
     * {@link LoadResultCodec} write and read the change, raise {@link LoadResultCodec#FORMAT}
     * (so caches written before are not read as the new layout), and update the lines below.
     */
    @Test
    void theRecordsWritten_areTheOnesTheFormatKnows() {
        String shape = Stream.of(LoadResult.class, LearningPath.class, Step.class, Source.class, GlossaryEntry.class,
                        Choice.class, Choices.class, Numeric.class, Tolerance.class, Text.class, Problem.class)
                .map(c -> c.getSimpleName() + "(" + Arrays.stream(c.getRecordComponents())
                        .map(LoadResultCodecTest::component).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("\n"));
        String enums = Arrays.toString(Level.values()) + " " + Arrays.toString(Problem.Severity.values())
                + " " + Arrays.toString(Question.class.getPermittedSubclasses());

        assertEquals(2, LoadResultCodec.FORMAT);
        assertEquals("""
                LoadResult(LearningPath path, List<Problem> problems)
                LearningPath(String id, String title, String summary, String audience, Level level, LocalDate asOf, \
                List<Step> steps, List<GlossaryEntry> glossary, String origin)
                Step(String id, String title, int minutes, String why, String body, List<String> keyPoints, \
                List<Source> sources, List<Question> quiz)
                Source(String title, String url, LocalDate date)
                GlossaryEntry(String term, String means)
                Choice(String id, String prompt, List<String> options, int answer, String explain, String hint)
                Choices(String id, String prompt, List<String> options, SortedSet<Integer> answers, String explain, \
                String hint)
                Numeric(String id, String prompt, double answer, Tolerance tolerance, String unit, String explain, \
                String hint)
                Tolerance(double amount, boolean percent)
                Text(String id, String prompt, List<String> accept, String explain, String hint)
                Problem(String file, int line, int column, Severity severity, String message)""", shape);
        assertEquals("[BEGINNER, INTERMEDIATE, ADVANCED, MIXED] [ERROR, WARNING] [class almanac.content.Choice,"
                + " class almanac.content.Choices, class almanac.content.Numeric, class almanac.content.Text]", enums);
    }

    private static String component(RecordComponent c) {
        return c.getGenericType().getTypeName().replaceAll("[a-z.]+\\.", "").replace("$", ".")
                .replaceAll("^Problem\\.", "") + " " + c.getName();
    }
}
