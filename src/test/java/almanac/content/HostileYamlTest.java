package almanac.content;

import static almanac.content.LoadHelp.errors;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Path files are shared between people, so a file may be written to hurt: run code, eat
 * memory, blow the stack or write to the terminal. Each such file must give one clear
 * problem, never an exception.
 */
class HostileYamlTest {

    static Stream<String> corpus() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                    .toList().stream();
        }
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(HostileYamlTest.class.getResource("/hostile").toURI());
    }

    private static LoadResult loadHostile(String name) throws URISyntaxException {
        return PathLoader.load(folder().resolve(name), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileFile_isRefusedWithAReadableProblem(String name) throws URISyntaxException {
        LoadResult result = loadHostile(name);

        assertFalse(result.ok(), "loaded a hostile file");
        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        assertFalse(errors.isEmpty(), "no error reported");
        for (Problem p : errors) {
            String text = p.toString();
            assertTrue(text.startsWith(name + ":"), () -> "does not name the file: " + text);
            assertTrue(text.codePoints().noneMatch(HostileYamlTest::isControl),
                    () -> "control character in: " + text.replaceAll("\\p{Cc}", "?"));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            global-tag.yaml      | global-tag.yaml:3:8: not valid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager
            global-tag-root.yaml | global-tag-root.yaml:1:1: not valid YAML: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager
            python-tag.yaml      | python-tag.yaml:3:8: not valid YAML: Global tag is not allowed: tag:yaml.org,2002:python/object/apply:os.system
            binary-tag.yaml      | binary-tag.yaml:3:8: YAML tags are not allowed in a path file (found tag:yaml.org,2002:binary)
            local-tag.yaml       | local-tag.yaml:3:8: YAML tags are not allowed in a path file (found !foo)
            anchors-aliases.yaml | anchors-aliases.yaml:3:8: YAML anchors and aliases are not allowed in a path file
            recursive-alias.yaml | recursive-alias.yaml:3:8: YAML anchors and aliases are not allowed in a path file
            billion-laughs.yaml  | billion-laughs.yaml: not valid YAML: Number of aliases for non-scalar nodes exceeds the specified max=10
            deep-nesting.yaml    | deep-nesting.yaml: not valid YAML: Nesting Depth exceeded max 16
            too-large.yaml       | too-large.yaml: file is too large (1075 KiB; the limit is 1024 KiB)
            invalid-utf8.yaml    | invalid-utf8.yaml:3:10: not valid UTF-8 text (byte 36)
            utf16.yaml           | utf16.yaml:1:1: not valid UTF-8 text (byte 0)
            binary-garbage.yaml  | binary-garbage.yaml:1:1: not valid UTF-8 text (byte 0)
            empty.yaml           | empty.yaml: the file is empty
            duplicate-keys.yaml  | duplicate-keys.yaml:4:1: duplicate key 'title' (first given on line 3)
            nul.yaml             | nul.yaml:3:10: not valid YAML: the character U+0000 is not allowed
            raw-escape.yaml      | raw-escape.yaml:3:8: not valid YAML: the character U+001B is not allowed
            escape-in-id.yaml    | escape-in-id.yaml:2:5: path id '\\u001B]0;pwned\\u0007' must be 1-64 lower-case letters, digits and dashes, starting with a letter or digit
            multi-document.yaml  | multi-document.yaml:9:1: not valid YAML: expected a single document in the stream but found another document
            """)
    void hostileFile_givesOneProblemSayingWhatAndWhere(String name, String expected) throws URISyntaxException {
        LoadResult result = loadHostile(name);

        assertEquals(List.of(expected.replace("\\\\", "\\")), errors(result));
    }

    @Test
    void globalTagNamingAClassOnTheClasspath_neverBuildsIt() {
        Tripwire.built = false;
        String yaml = """
                schema: 1
                id: x
                title: !!almanac.content.Tripwire [ "boom" ]
                steps:
                  - { id: one, title: !!almanac.content.Tripwire {}, minutes: 1, body: Hello. }
                """;

        LoadResult result = LoadHelp.load(yaml);

        assertFalse(Tripwire.built, "a YAML tag built a Java object");
        assertEquals(List.of("x.yaml:3:8: not valid YAML: Global tag is not allowed: tag:yaml.org,2002:almanac.content.Tripwire"),
                errors(result));
    }

    @Test
    void sameBytesGivenDirectly_areRefusedByTheSameLimit() {
        byte[] bytes = new byte[YamlSource.MAX_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) '#');

        LoadResult result = PathLoader.parse(bytes, "x.yaml", "x");

        assertEquals(List.of("x.yaml: file is too large (1025 KiB; the limit is 1024 KiB)"), errors(result));
    }

    @Test
    void fileOfExactlyTheLimit_isReadAsYaml() {
        byte[] head = "schema: 1\nid: x\ntitle: X\nsteps: [ { id: one, title: One, minutes: 1, body: Hi. } ]\n#".getBytes(UTF_8);
        byte[] bytes = new byte[YamlSource.MAX_BYTES];
        java.util.Arrays.fill(bytes, (byte) '#');
        System.arraycopy(head, 0, bytes, 0, head.length);

        LoadResult result = PathLoader.parse(bytes, "x.yaml", "x");

        assertTrue(result.ok(), () -> result.problems().toString());
    }

    @Test
    void byteOrderMark_isIgnored() {
        byte[] yaml = ("\uFEFFschema: 1\nid: x\ntitle: X\nsteps: [ { id: one, title: One, minutes: 1, body: Hi. } ]\n")
                .getBytes(UTF_8);

        LoadResult result = PathLoader.parse(yaml, "x.yaml", "x");

        assertTrue(result.ok(), () -> result.problems().toString());
    }

    @Test
    void badByteAfterWideCharacters_isPlacedOnItsLine() {
        byte[] good = "schema: 1\nid: x\ntitle: 緑茶 ".getBytes(UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3; // a lead byte with no continuation
        bytes[good.length + 1] = '\n';

        LoadResult result = PathLoader.parse(bytes, "x.yaml", "x");

        assertEquals(1, errors(result).size());
        assertTrue(errors(result).get(0).startsWith("x.yaml:3:"), errors(result).toString());
    }

    @Test
    void yamlSyntaxError_isPlacedAtItsLineAndColumn() {
        String yaml = "schema: 1\nid: x\ntitle: X\nsteps:\n  - id: one\n    title: [One\n    minutes: 1\n";

        List<String> errors = errors(yaml);

        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("x.yaml:7:12: not valid YAML: "), errors.toString());
    }

    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}
