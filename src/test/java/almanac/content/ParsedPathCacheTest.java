package almanac.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedPathCacheTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @TempDir
    Path home;
    private Path dir;
    private byte[] tea;

    @BeforeEach
    void setUp() throws IOException {
        dir = home.resolve("cache");
        tea = Files.readAllBytes(Path.of("src/test/resources/paths/tea.yaml"));
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> all = entries.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void aFileParsedOnce_isReadBackTheSame_withoutBeingWrittenAgain() throws IOException {
        ParsedPathCache cache = new ParsedPathCache(dir, "build 1");
        LoadResult first = cache.parse(tea, "tea.yaml", "tea");
        Path entry = onlyEntry();
        Files.setLastModifiedTime(entry, LONG_AGO);

        LoadResult second = cache.parse(tea, "tea.yaml", "tea");

        assertEquals(PathLoader.parse(tea, "tea.yaml", "tea"), first);
        assertEquals(first, second);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(entry), "a hit reads the entry and leaves it alone");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
    }

    @Test
    void anEditedFile_isParsedAgain_andReplacesItsEntry() throws IOException {
        ParsedPathCache cache = new ParsedPathCache(dir, "build 1");
        cache.parse(tea, "tea.yaml", "tea");
        byte[] edited = new String(tea, StandardCharsets.UTF_8).replace("title: \"Tea: ", "title: \"Green tea: ")
                .getBytes(StandardCharsets.UTF_8);
        assertNotEquals(new String(tea, StandardCharsets.UTF_8), new String(edited, StandardCharsets.UTF_8));

        LoadResult result = cache.parse(edited, "tea.yaml", "tea");

        assertEquals(PathLoader.parse(edited, "tea.yaml", "tea"), result);
        assertTrue(result.path().title().startsWith("Green tea"), result.path().title());
        onlyEntry();
    }

    @Test
    void anotherBuildsEntry_isNotTrusted() throws IOException {
        new ParsedPathCache(dir, "build 1").parse(tea, "tea.yaml", "tea");
        Path entry = onlyEntry();
        Files.setLastModifiedTime(entry, LONG_AGO);

        LoadResult result = new ParsedPathCache(dir, "build 2").parse(tea, "tea.yaml", "tea");

        assertEquals(PathLoader.parse(tea, "tea.yaml", "tea"), result);
        assertNotEquals(LONG_AGO, Files.getLastModifiedTime(entry), "parsed again and written over");
    }

    @Test
    void theSameBytesUnderAnotherName_getTheirOwnMessages() throws IOException {
        ParsedPathCache cache = new ParsedPathCache(dir, "build 1");
        byte[] broken = Files.readAllBytes(Path.of("src/test/resources/broken/typo.yaml"));
        cache.parse(broken, "a/typo.yaml", "typo");

        LoadResult other = cache.parse(broken, "b/typo.yaml", "typo");

        assertFalse(other.problems().isEmpty());
        assertTrue(other.problems().stream().allMatch(p -> p.file().equals("b/typo.yaml")), other.problems().toString());
    }

    @Test
    void aDamagedEntry_isIgnoredAndRepaired() throws IOException {
        ParsedPathCache cache = new ParsedPathCache(dir, "build 1");
        cache.parse(tea, "tea.yaml", "tea");
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        for (int at : new int[] {bytes.length - 1, bytes.length / 2, 20}) {
            byte[] damaged = bytes.clone();
            damaged[at] ^= 0x5A;
            Files.write(entry, damaged);

            assertEquals(PathLoader.parse(tea, "tea.yaml", "tea"), cache.parse(tea, "tea.yaml", "tea"), "damaged at " + at);
            assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(entry)), "written again whole");
        }
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertEquals(PathLoader.parse(tea, "tea.yaml", "tea"), cache.parse(tea, "tea.yaml", "tea"), "a torn entry");
    }

    @Test
    void noHome_noCacheIsMade_andTheFileIsStillParsed() {
        Path nowhere = home.resolve("not yet/cache");

        LoadResult result = new ParsedPathCache(nowhere, "build 1").parse(tea, "tea.yaml", "tea");

        assertTrue(result.ok());
        assertFalse(Files.exists(nowhere.getParent()), "a cache never creates the learner's home");
    }

    @Test
    void aCacheThatCannotBeWritten_changesNothingForTheLearner() throws IOException {
        Files.writeString(dir, "a file where the cache folder would be");

        LoadResult result = new ParsedPathCache(dir, "build 1").parse(tea, "tea.yaml", "tea");

        assertEquals(PathLoader.parse(tea, "tea.yaml", "tea"), result);
        assertEquals("a file where the cache folder would be", Files.readString(dir));
    }

    @Test
    void theProgramsOwnCache_isKeyedByItsBuild() {
        ParsedPathCache cache = ParsedPathCache.in(dir);

        cache.parse(tea, "tea.yaml", "tea");

        assertTrue(Files.isDirectory(dir), "the code source (classes folder or jar) gives a build key");
    }
}
