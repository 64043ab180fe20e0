package almanac.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docs/path.schema.json (what editors check) and the loader (what Almanac checks) agree:
 * every real path, fixture and the `new` skeleton pass both; broken and hostile files,
 * and broken variants of a good one, fail both.
 */
class SchemaAgreementTest {
    private static final JsonSchema SCHEMA = schema();
    private static final Path TEA = Path.of("src/test/resources/paths/tea.yaml");

    private static JsonSchema schema() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("docs/path.schema.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> goodFiles() throws IOException {
        List<Arguments> files = new ArrayList<>();
        for (String dir : List.of("paths", "src/test/resources/paths")) {
            try (Stream<Path> list = Files.list(Path.of(dir))) {
                list.filter(f -> f.toString().endsWith(".yaml")).sorted()
                        .forEach(f -> files.add(Arguments.of(f.toString(), read(f), id(f))));
            }
        }
        String skeleton = new String(SchemaAgreementTest.class.getResourceAsStream("/almanac/new-path.yaml").readAllBytes(),
                StandardCharsets.UTF_8).replace("__ID__", "my-path").replace("__DATE__", "2026-11-27");
        files.add(Arguments.of("the new-path skeleton", skeleton.getBytes(StandardCharsets.UTF_8), "my-path"));
        return files.stream();
    }

    static Stream<Arguments> brokenFiles() throws IOException {
        List<Arguments> files = new ArrayList<>();
        for (String dir : List.of("src/test/resources/broken", "src/test/resources/hostile")) {
            try (Stream<Path> list = Files.list(Path.of(dir))) {
                list.filter(f -> f.toString().endsWith(".yaml")).sorted()
                        .forEach(f -> files.add(Arguments.of(f.toString(), read(f), id(f))));
            }
        }
        String tea = Files.readString(TEA);
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("misspelt key", tea.replace("title: \"Tea:", "titel: \"Tea:"));
        variants.put("no steps", tea.substring(0, tea.indexOf("steps:")) + "steps: []\n");
        variants.put("minutes 0", tea.replace("minutes: 2", "minutes: 0"));
        variants.put("minutes 121", tea.replace("minutes: 1\n", "minutes: 121\n"));
        variants.put("ftp url", tea.replace("https://example.com/water", "ftp://example.com/water"));
        variants.put("unknown level", tea.replace("level: beginner", "level: expert"));
        variants.put("upper-case step id", tea.replace("- id: water", "- id: Water"));
        variants.put("one option", tea.replace("options: [ \"60 °C\", \"80 °C\", \"100 °C\" ]", "options: [ \"60 °C\" ]"));
        variants.put("answer 0", tea.replace("answer: 2\n", "answer: 0\n"));
        variants.put("two kinds", tea.replace("        choice: \"What temperature", "        text: \"x\"\n        choice: \"What temperature"));
        variants.put("options on a text question", tea.replace("        accept: [", "        options: [ \"a\", \"b\" ]\n        accept: ["));
        variants.put("negative tolerance", tea.replace("tolerance: 0.5", "tolerance: -1"));
        variants.put("empty accept", tea.replace("accept: [ \"steeping\", \"steep\", \"brewing\" ]", "accept: []"));
        variants.put("schema 2", tea.replace("schema: 1", "schema: 2"));
        variants.put("glossary entry without meaning", tea.replace("{ term: \"Tannin\", means: \"A bitter compound in tea leaves.\" }", "{ term: \"Tannin\" }"));
        variants.forEach((name, text) -> files.add(Arguments.of("tea.yaml with " + name, text.getBytes(StandardCharsets.UTF_8), "tea")));
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void goodFile_passesTheLoaderAndTheSchema(String name, byte[] bytes, String id) {
        LoadResult loaded = PathLoader.parse(bytes, name, id);

        assertTrue(loaded.ok(), loaded.problems().toString());
        assertEquals(Set.of(), schemaErrors(bytes), name);
    }

    /**
     * Hostile files whose fault lies below what a JSON schema describes (bytes, size, YAML
     * features that JSON has no room for): the loader alone refuses them, with this reason.
     */
    private static final Map<String, String> BELOW_THE_SCHEMA = Map.of(
            "invalid-utf8.yaml", "not valid UTF-8",
            "too-large.yaml", "file is too large",
            "anchors-aliases.yaml", "anchors and aliases are not allowed",
            "binary-tag.yaml", "tags are not allowed");

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFile_failsTheLoaderAndTheSchema(String name, byte[] bytes, String id) {
        LoadResult loaded = PathLoader.parse(bytes, name, id);

        assertFalse(loaded.ok(), name + " passed the loader");
        String below = BELOW_THE_SCHEMA.get(Path.of(name).getFileName().toString());
        if (below != null) {
            assertTrue(loaded.problems().toString().contains(below), loaded.problems().toString());
        } else {
            assertFalse(schemaErrors(bytes).isEmpty(), name + " passed the schema");
        }
    }

    /** The schema's complaints, or one complaint when the file is not YAML a schema can read. */
    private static Set<String> schemaErrors(byte[] bytes) {
        JsonNode tree;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Object yaml = new Yaml(new SafeConstructor(options)).load(new String(bytes, StandardCharsets.UTF_8));
            tree = new ObjectMapper().valueToTree(datesAsText(yaml));
        } catch (RuntimeException | StackOverflowError e) {
            return Set.of("not readable as YAML: " + e.getClass().getSimpleName());
        }
        Set<String> errors = new java.util.TreeSet<>();
        for (ValidationMessage m : SCHEMA.validate(tree)) {
            errors.add(m.getMessage());
        }
        return errors;
    }

    /** Editors see an unquoted date as text; SnakeYAML makes it a Date. */
    private static Object datesAsText(Object value) {
        if (value instanceof Date d) {
            SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
            f.setTimeZone(TimeZone.getTimeZone("UTC"));
            return f.format(d);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), datesAsText(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SchemaAgreementTest::datesAsText).toList();
        }
        return value;
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(Path f) {
        String name = f.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
