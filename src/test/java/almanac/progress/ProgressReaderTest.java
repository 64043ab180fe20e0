package almanac.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The event reader refuses what the safe loader refused, and types scalars as it did. */
class ProgressReaderTest {

    private static final String HEAD = "schema: 1\npaths:\n  tea:\n    review:\n      water/temp: ";

    @ParameterizedTest(name = "{0} -> refused, naming {1}")
    @CsvSource(delimiter = '|', value = {
        "schema: 1\\npaths: &p { tea: {} }\\ncopy: *p\\n | anchors",
        "schema: 1\\npaths:\\n  tea: !!python/object:os.system {}\\n | tags",
        "schema: 1\\npaths:\\n  tea:\\n    current: !custom x\\n | tags",
        "schema: 1\\nschema: 1\\n | twice",
        "schema: 1\\npaths:\\n  tea:\\n    notes: {}\\n    notes: {}\\n | twice",
        "schema: 1\\npaths:\\n  tea: {}\\n  tea: {}\\n | twice",
        "schema: 1\\n--- \\nschema: 1\\n | more than one",
        "schema: 1\\npaths:\\n  ? [a, b]\\n  : {}\\n | not a plain value",
    })
    void hostileOrMalformed_isRefusedWithAReason(String text, String reason) {
        ProgressFormatException e = assertThrows(ProgressFormatException.class,
                () -> ProgressYaml.read(text.replace("\\n", "\n")));

        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void deepNesting_isRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);

        ProgressFormatException e = assertThrows(ProgressFormatException.class, () -> ProgressYaml.read(HEAD + deep + "\n"));

        assertTrue(e.getMessage().contains("levels deep"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12", "-3", "0", "0x1F", "012", "1_000", "3.5", ".inf", "1e3", "123456789012",
        "12345678901234567890", "yes", "No", "on", "~", "null", "true", "False", "2026-11-27",
        "2026-11-27T09:12:03Z", "2026-11-27 09:12:03.5 +02:00", "2026-13-45T99:99:99Z", "hello", "'quoted'",
        "\"12\"", "\"line\\nbreak\""})
    void reviewScalars_areTypedAsTheSafeLoaderTypesThem(String scalar) throws Exception {
        String text = HEAD + "{ x: " + scalar + " }\n";
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Map<String, Map<String, Map<String, Object>>>>> safe =
                new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Object expected = safe.get("paths").get("tea").get("review").get("water/temp").get("x");
        if (expected instanceof Date d) {
            expected = d.toInstant();
        }

        Object actual = ProgressYaml.read(text).path("tea").review().get("water/temp").get("x");

        assertEquals(expected, actual);
        assertEquals(expected == null ? null : expected.getClass(), actual == null ? null : actual.getClass());
    }

    @Test
    void writtenProgress_readsBackEqual() throws Exception {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("due", java.time.Instant.parse("2026-11-29T09:00:00Z"));
        card.put("stability", 2.3065);
        card.put("reps", 1);
        card.put("state", "review");
        PathProgress tea = PathProgress.builder().started(java.time.Instant.parse("2026-11-27T09:00:00Z"))
                .current("water").build()
                .withAttempt("water/temp", new Attempt(java.time.Instant.parse("2026-11-27T09:01:00Z"), "2", true))
                .withNote("water", new Note(java.time.Instant.parse("2026-11-27T09:02:00Z"), "naïve \"tea\" \\ 🍵\u0007"))
                .withReview("water/temp", card);
        Progress expected = new Progress(Map.of("tea", tea));

        Progress actual = ProgressYaml.read(ProgressYaml.write(expected));

        assertEquals(expected, actual);
    }
}
