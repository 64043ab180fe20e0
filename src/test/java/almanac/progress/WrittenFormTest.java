package almanac.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;

/** The line reader of the written form agrees with SnakeYAML, and leaves it every other text. */
class WrittenFormTest {

    private static final String[] PIECES = {"a", "Z", "0", "12", " ", "\"", "\\", "\n", "\t", "\r", "é", "中",
        "🍵", "\u0007", "\u001b[2J", "\u0085", "\u2028", "\uFEFF", "\ud800", "#", ": ", "- ", "{", "}", "[", "'",
        "&a", "*a", "!!str", "null", "true", "~", "yes", "2026-11-27", "1e3", "0x1F", "/", ".", "_"};

    private static String text(Random random, int max) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(max);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static String key(Random random) {
        String k = text(random, 4);
        return k.isEmpty() ? "k" : k;
    }

    private static Progress randomProgress(long seed) {
        Random random = new Random(seed);
        Instant t = Instant.parse("2026-11-27T09:12:03Z").plusSeconds(random.nextInt(1_000_000));
        Map<String, PathProgress> paths = new LinkedHashMap<>();
        for (int p = 0; p < 1 + random.nextInt(3); p++) {
            PathProgress record = PathProgress.builder().started(random.nextBoolean() ? t : null)
                    .current(random.nextBoolean() ? key(random) : null).finished(random.nextBoolean() ? t : null).build();
            for (int i = 0; i < random.nextInt(6); i++) {
                record = record.withStepDone(key(random), t).withSecondsAdded(key(random), random.nextInt(5000))
                        .withAttempt(key(random), new Attempt(t.plusSeconds(i), text(random, 6), random.nextBoolean()))
                        .withNote(key(random), new Note(t.plusSeconds(i), text(random, 12)));
                Map<String, Object> card = new LinkedHashMap<>();
                card.put("due", t.plusSeconds(86_400L * i));
                card.put("stability", random.nextDouble() * 100);
                card.put("difficulty", 1 + random.nextInt(9) + 0.25);
                card.put("reps", random.nextInt(40));
                card.put("big", 1L << 40);
                card.put("tiny", 4.4936061116551684E-5);
                card.put("huge", 1.0E7);
                card.put("state", text(random, 3));
                card.put("flag", random.nextBoolean());
                card.put("none", null);
                record = record.withReview(key(random), card);
            }
            paths.put(key(random), record);
        }
        return new Progress(paths);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        return options;
    }

    @Test
    void writtenText_readsLikeSnakeYamlReadsIt_forAThousandRandomDotfiles() throws Exception {
        for (long seed = 0; seed < 1000; seed++) {
            String text = ProgressYaml.write(randomProgress(seed));

            Progress fast = WrittenForm.read(text);
            Progress expected = ProgressReader.read(text, options());

            assertNotNull(fast, "seed " + seed + ":\n" + text);
            assertEquals(expected, fast, "seed " + seed + ":\n" + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "# a comment of mine",
        "blank line",
        "single quotes",
        "raw control",
        "raw line separator",
        "nested review value",
        "duplicate note key",
        "windows line ends",
        "schema 2",
        "a time with a stray separator",
        "a time with a colon for a dash",
        "a 30 February",
        "an hour 24",
        "a 29 February of 2100",
        "a 29 February of 1900",
        "a 31 April",
        "a month 13",
        "a minute 60",
    })
    void anythingElse_isLeftToSnakeYaml(String edit) {
        Progress p = new Progress(Map.of("tea", PathProgress.builder().started(Instant.parse("2026-11-27T09:12:03Z"))
                .build().withNote("water", new Note(Instant.parse("2026-11-27T09:12:03Z"), "hello"))
                .withReview("water/temp", Map.of("stability", 2.5))));
        String text = ProgressYaml.write(p);
        String edited = switch (edit) {
            case "# a comment of mine" -> text.replace("schema: 1\n", "schema: 1\n# mine\n");
            case "blank line" -> text + "\n";
            case "single quotes" -> text.replace("\"hello\"", "'hello'");
            case "raw control" -> text.replace("hello", "he\u0007llo");
            case "raw line separator" -> text.replace("hello", "he\u2028llo");
            case "nested review value" -> text.replace("2.5", "[2.5]");
            case "duplicate note key" -> text.replace("      water:\n", "      water:\n        - { at: 2026-11-27T09:12:03Z, text: \"x\" }\n      water:\n");
            case "windows line ends" -> text.replace("\n", "\r\n");
            case "schema 2" -> text.replace("schema: 1", "schema: 2");
            case "a time with a stray separator" -> text.replace("2026-11-27T09:12:03Z", "2026-11x27T09:12:03Z");
            case "a time with a colon for a dash" -> text.replace("2026-11-27T09:12:03Z", "2026-11-27T09-12:03Z");
            case "a 30 February" -> text.replace("2026-11-27T09:12:03Z", "2026-02-30T09:12:03Z");
            case "an hour 24" -> text.replace("2026-11-27T09:12:03Z", "2026-11-27T24:12:03Z");
            case "a 29 February of 2100" -> text.replace("2026-11-27T09:12:03Z", "2100-02-29T09:12:03Z");
            case "a 29 February of 1900" -> text.replace("2026-11-27T09:12:03Z", "1900-02-29T09:12:03Z");
            case "a 31 April" -> text.replace("2026-11-27T09:12:03Z", "2026-04-31T09:12:03Z");
            case "a month 13" -> text.replace("2026-11-27T09:12:03Z", "2026-13-01T09:12:03Z");
            case "a minute 60" -> text.replace("2026-11-27T09:12:03Z", "2026-11-27T09:60:03Z");
            default -> throw new IllegalArgumentException(edit);
        };

        Progress actual = WrittenForm.read(edited);

        assertNull(actual, edited);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-02-29T00:00:00Z", "2000-02-29T23:59:59Z", "1999-12-31T23:59:59Z",
        "2026-03-01T00:00:00Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
        "0000-03-01T12:00:00Z", "9999-12-31T23:59:59Z"})
    void aTimeOfAnyYear_isReadAsInstantParseReadsIt(String time) {
        Progress p = new Progress(Map.of("tea", PathProgress.builder().started(Instant.parse(time)).build()));

        Progress actual = WrittenForm.read(ProgressYaml.write(p));

        assertEquals(p, actual);
    }

    @Test
    void epochDay_isJavaTimes_forEveryDayOfTheYears0To9999() {
        for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() < 10_000; d = d.plusDays(1)) {
            if (WrittenForm.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) != d.toEpochDay()) {
                fail(d + ": " + WrittenForm.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            }
        }
    }

    @Test
    void emptyProgress_isRead() {
        assertEquals(Progress.EMPTY, WrittenForm.read(ProgressYaml.write(Progress.EMPTY)));
    }
}
