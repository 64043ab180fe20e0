package almanac.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finding paths by id across folders searched in order (DESIGN §1, path discovery). */
class CatalogTest {
    @TempDir
    Path root;
    private Path mine;
    private Path shared;

    @BeforeEach
    void twoFolders() throws Exception {
        mine = Files.createDirectory(root.resolve("mine"));
        shared = Files.createDirectory(root.resolve("shared"));
        Files.copy(PathLoaderTest.resource("/paths/tea.yaml"), shared.resolve("tea.yaml"));
        Files.copy(PathLoaderTest.resource("/broken/typo.yaml"), shared.resolve("typo.yaml"));
    }

    private Catalog catalog() {
        return new Catalog(List.of(new PathFolder.Directory(mine), new PathFolder.Directory(shared)));
    }

    private static void writePath(Path file, String id, String title) throws IOException {
        Files.writeString(file, "schema: 1\nid: " + id + "\ntitle: " + title
                + "\nsteps:\n  - { id: one, title: One, minutes: 1, body: Hello. }\n");
    }

    @Test
    void idInTwoFolders_theFirstFolderWins() throws IOException {
        writePath(mine.resolve("tea.yaml"), "tea", "My Own Tea");

        List<Catalog.Entry> entries = catalog().entries();

        Catalog.Entry tea = entries.stream().filter(e -> e.id().equals("tea")).findFirst().orElseThrow();
        assertEquals(new PathFolder.Directory(mine), tea.folder());
        assertEquals("My Own Tea", tea.result().path().title());
        assertEquals("My Own Tea", catalog().find("tea").title());
        assertEquals(1, entries.stream().filter(e -> e.id().equals("tea")).count(), "an id is listed once");
    }

    @Test
    void brokenFile_isListedWithItsProblemsBesideTheGoodOnes() {
        List<Catalog.Entry> entries = catalog().entries();

        assertEquals(List.of("tea", "typo"), entries.stream().map(Catalog.Entry::id).toList());
        assertTrue(entries.get(0).result().ok());
        LoadResult typo = entries.get(1).result();
        assertFalse(typo.ok());
        assertEquals(1, typo.problems().size());
        assertTrue(typo.problems().get(0).toString()
                        .endsWith("typo.yaml:3:1: unknown key 'titel' in the path (did you mean 'title'?)"),
                typo.problems().toString());
    }

    @Test
    void entries_areInIdOrderWhicheverFolderTheyComeFrom() throws IOException {
        writePath(mine.resolve("zen.yaml"), "zen", "Zen");
        writePath(mine.resolve("black.yml"), "black", "Black");

        List<String> ids = catalog().entries().stream().map(Catalog.Entry::id).toList();

        assertEquals(List.of("black", "tea", "typo", "zen"), ids);
    }

    @Test
    void findById_loadsThePath() {
        LearningPath tea = catalog().find("tea");

        assertEquals("tea", tea.id());
        assertEquals(3, tea.steps().size());
    }

    @Test
    void findByIdOfABrokenFile_throwsItsProblems() {
        PathFileException e = assertThrows(PathFileException.class, () -> catalog().find("typo"));

        assertTrue(e.getMessage().endsWith("typo.yaml:3:1: unknown key 'titel' in the path (did you mean 'title'?)"),
                e.getMessage());
    }

    @Test
    void findByFilePath_loadsThatFileEvenOutsideTheFolders() throws IOException {
        Path elsewhere = Files.createDirectory(root.resolve("elsewhere")).resolve("oolong.yaml");
        writePath(elsewhere, "oolong", "Oolong");

        LearningPath oolong = catalog().find(elsewhere.toString());

        assertEquals("Oolong", oolong.title());
    }

    @Test
    void findByFilePathThatIsNotThere_saysSo() {
        String ref = root.resolve("nowhere.yaml").toString();

        UnknownPathException e = assertThrows(UnknownPathException.class, () -> catalog().find(ref));

        assertEquals("no such path file: " + ref, e.getMessage());
    }

    @Test
    void unknownId_listsTheKnownIds() {
        UnknownPathException e = assertThrows(UnknownPathException.class, () -> catalog().find("coffee"));

        assertEquals("no path with id 'coffee'; known paths: tea, typo", e.getMessage());
    }

    @Test
    void unknownIdWithNoPathsAnywhere_saysNoneAreInstalled() {
        Catalog empty = new Catalog(List.of(new PathFolder.Directory(root.resolve("missing"))));

        UnknownPathException e = assertThrows(UnknownPathException.class, () -> empty.find("tea"));

        assertEquals("no path with id 'tea'; no paths are installed", e.getMessage());
        assertEquals(List.of(), empty.entries());
    }

    @ParameterizedTest(name = "\"{0}\" is not an id")
    @ValueSource(strings = {"Tea", "TEA", "..", ".", "te\u0000a", "tea\u0000", "", " tea", "tea.", "-tea",
            "a234567890123456789012345678901234567890123456789012345678901234x"})
    void refThatIsNotAnId_isRefusedAndListsTheKnownIds(String ref) {
        UnknownPathException e = assertThrows(UnknownPathException.class, () -> catalog().find(ref));

        assertEquals("'" + ref + "' is not a path id (ids are lower-case letters, digits and dashes); known paths: tea, typo",
                e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"../outside", "mine/../outside", "tea/", "x/\u0000y", "outside\u0000.yaml", "../outside\u0000"})
    void refThatReachesOutOfTheFolders_neverLoadsTheFileBeside(String ref) throws IOException {
        writePath(mine.resolveSibling("outside.yaml"), "outside", "Outside");

        assertThrows(UnknownPathException.class, () -> catalog().find(ref));
    }

    @Test
    void fileNamedLikeAnIdButWithCapitals_isNotReachableAsAnId() throws IOException {
        writePath(mine.resolve("Green.yaml"), "green", "Green");

        assertThrows(UnknownPathException.class, () -> catalog().find("Green"));
    }

    @Test
    void folderThatDoesNotExist_isSkipped() {
        Catalog catalog = new Catalog(List.of(new PathFolder.Directory(root.resolve("gone")),
                new PathFolder.Directory(shared)));

        assertEquals("tea", catalog.find("tea").id());
    }

    @Test
    void lookUp_keepsTheWarningsOfAPathThatLoads() throws IOException {
        Files.writeString(mine.resolve("dated.yaml"), """
                schema: 1
                id: dated
                title: Dated
                steps:
                  - id: one
                    title: One
                    minutes: 1
                    body: Hello.
                    sources: [ { title: S, url: "https://s.example" } ]
                """);

        LoadResult result = catalog().lookUp("dated");

        assertTrue(result.ok());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).toString().endsWith(
                "dated.yaml:9:16: warning: this source has no date; readers need to know how old a fact is"),
                result.problems().toString());
    }
}
