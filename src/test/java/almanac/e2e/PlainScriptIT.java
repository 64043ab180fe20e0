package almanac.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The real launcher, {@code bin/almanac}, in plain mode with a script piped in: what a
 * scripted demo or a CI job does. Runs in {@code mvn verify}, after the jar is packaged.
 */
class PlainScriptIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = ROOT.resolve("bin/almanac");
    private static final String TEA_DIR = ROOT.resolve("src/test/resources/paths").toString();
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path tmp;

    private Path home;

    @BeforeEach
    void setUp() {
        home = tmp.resolve("almanac-home");
    }

    record Run(int code, String out, String err) {
    }

    /** The README's piped example is what a newcomer pastes first: it must still answer step 1's quiz right. */
    @Test
    void readmePipedExample_savesItsNoteAndAnswersStepOnesQuizRight() throws Exception {
        String example = Files.readAllLines(ROOT.resolve("README.md")).stream()
                .filter(line -> line.startsWith("printf ") && line.endsWith("| bin/almanac learn inference-economics"))
                .findFirst().orElseThrow(() -> new AssertionError("README has no piped example"));
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", example).directory(ROOT.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("ALMANAC_HOME", home.toString());
        pb.environment().remove("ALMANAC_PATH");
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the example did not finish");
        assertEquals(0, process.exitValue(), err);
        assertTrue(out.contains("Note saved on step 1."), out);
        int quizSize = (int) Files.readAllLines(ROOT.resolve("paths/inference-economics.yaml")).stream()
                .takeWhile(line -> !line.startsWith("  - id: aws"))
                .filter(line -> line.startsWith("      - id: ")).count();
        assertEquals(quizSize, out.split("✓ Right", -1).length - 1, "every answer of step 1's quiz right:\n" + out);
        assertFalse(out.contains("✗"), out);
        assertTrue(out.replace("\n", " ").strip().endsWith(
                "[2/9 aws]> quit  Saved at step 2/9 · 1 of 9 done · 1 note. Resume: bin/almanac learn inference-economics"),
                "quit ends with what is saved and how to resume:\n" + out);
        assertTrue(out.lines().anyMatch(line -> line.endsWith("Resume: bin/almanac learn inference-economics")), out);
    }

    /** Runs {@code launcher args...} in {@code cwd} with {@code script} as stdin; fails on a hang. */
    private Run almanac(Path launcher, Path cwd, String script, String... args) throws IOException, InterruptedException {
        return almanac(Map.of(), launcher, cwd, script, args);
    }

    /** The same, with {@code environment} added to the launcher's environment. */
    private Run almanac(Map<String, String> environment, Path launcher, Path cwd, String script, String... args)
            throws IOException, InterruptedException {
        Path in = Files.writeString(Files.createTempFile(tmp, "stdin", ".txt"), script);
        Path out = Files.createTempFile(tmp, "stdout", ".txt");
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("ALMANAC_HOME", home.toString());
        pb.environment().remove("ALMANAC_PATH");
        pb.environment().put("TERM", "xterm-256color");
        pb.environment().putAll(environment);
        Process process = pb.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("almanac " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s; output so far:\n"
                    + Files.readString(out));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run learnTea(String script) throws IOException, InterruptedException {
        return almanac(LAUNCHER, ROOT, script, "--paths", "src/test/resources/paths", "learn", "tea");
    }

    private static void assertInOrder(String transcript, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = transcript.indexOf(part, from);
            assertTrue(at >= 0, "expected \"" + part + "\" after position " + from + " in:\n" + transcript);
            from = at + part.length();
        }
    }

    private static void assertClean(Run run) {
        assertEquals(0, run.code(), "exit code; stderr:\n" + run.err() + "\nstdout:\n" + run.out());
        assertFalse(run.out().contains("\u001b"), "no escape sequences when stdout is not a terminal:\n" + run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertInstanceOf(Map.class, o);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertInstanceOf(List.class, o);
        return (List<Object>) o;
    }

    private Map<String, Object> teaRecord() throws IOException {
        String text = Files.readString(home.resolve("progress.yaml"), StandardCharsets.UTF_8);
        Map<String, Object> top = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));
        assertEquals(1, top.get("schema"), text);
        return map(map(top.get("paths")).get("tea"));
    }

    @Test
    void scriptedSession_printsThePlainTranscriptAndSavesTheDotfile() throws Exception {
        Run run = learnTea("note steep for 3 minutes\nnext\nhint\n2\n1,3\n");

        assertClean(run);
        assertInOrder(run.out(),
                "Tea: A Short Path for Tests\n",
                "Level: beginner · 3 steps · about 4 minutes · facts as of 2026-11-27\n",
                "── Step 1/3 · Water (1 min) ──\n",
                "[1/3 water]> note steep for 3 minutes\n",
                "Note saved on step 1.\n",
                "[1/3 water]> next\n",
                "Question 1/2: What temperature suits green tea?\n",
                "  2. 80 °C\n",
                "answer> hint\n",
                "Hint: Cooler than boiling.\n",
                "answer> 2\n",
                "✓ Right.\n",
                "Question 2/2: Which are true? (pick all that apply)\n",
                "answer> 1,3\n",
                "✓ Right.\n",
                "Key points\n",
                "── Step 2/3 · Leaves (2 min) ──\n",
                "[2/3 leaves]> ",
                "\nSaved at step 2/3 · 1 of 3 done · 1 note.", "Resume:");
        assertTrue(run.out().replace("\n", " ").strip().endsWith(" --paths " + ROOT.resolve("src/test/resources/paths")
                + " learn tea"), "the end of input says how to resume, with the --paths it was given:\n" + run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("(.* )?(Resume: )?\\S*bin/almanac( --\\S+ \\S+)* learn tea")),
                "the command to paste is on one line, however long the launcher's name:\n" + run.out());

        Map<String, Object> tea = teaRecord();
        assertEquals(List.of("started", "current", "finished", "steps", "answers", "notes", "review"),
                new ArrayList<>(tea.keySet()));
        assertInstanceOf(Date.class, tea.get("started"));
        assertEquals("leaves", tea.get("current"));
        assertNull(tea.get("finished"));
        Map<String, Object> water = map(map(tea.get("steps")).get("water"));
        assertInstanceOf(Date.class, water.get("done"));
        assertInstanceOf(Integer.class, water.get("seconds"));
        Map<String, Object> answers = map(tea.get("answers"));
        Map<String, Object> greenTemp = map(list(answers.get("water/green-temp")).get(0));
        assertInstanceOf(Date.class, greenTemp.get("at"));
        assertEquals("2", greenTemp.get("given"));
        assertEquals(true, greenTemp.get("correct"));
        assertEquals("1,3", map(list(answers.get("water/tannins")).get(0)).get("given"));
        Map<String, Object> note = map(list(map(tea.get("notes")).get("water")).get(0));
        assertEquals("steep for 3 minutes", note.get("text"));
        assertInstanceOf(Date.class, note.get("at"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("progress.yaml"))));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
    }

    @Test
    void secondRun_resumesWhereTheFirstStopped_andFinishesThePath() throws Exception {
        learnTea("next\n2\n1,3\n");

        Run run = learnTea("next\n6\nnext\nsteeping\n");

        assertClean(run);
        assertTrue(run.out().startsWith("Resuming at step 2/3.\n"), run.out());
        assertFalse(run.out().contains("Three small steps"), "no intro on a later run:\n" + run.out());
        assertInOrder(run.out(),
                "── Step 2/3 · Leaves (2 min) ──\n",
                "[2/3 leaves]> next\n",
                "── Step 3/3 · Time (1 min) ──\n",
                "answer> steeping\n",
                "Path complete: Tea: A Short Path for Tests\n",
                "Steps done:  3/3\n",
                "Quiz:        4 right of 4 answered (4 questions)\n",
                "\nSaved: all 3 steps done.", "Resume:");
        assertNotNull(teaRecord().get("finished"));
    }

    @Test
    void launcher_worksThroughSymlinksFromAnotherWorkingDirectory() throws Exception {
        learnTea("next\n2\n1,3\n");
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path direct = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("bin")).resolve("almanac"), LAUNCHER);
        Path chained = Files.createSymbolicLink(Files.createDirectories(tmp.resolve("bin2")).resolve("alm"),
                Path.of("../bin/almanac"));

        Run viaLink;
        Run viaRelativeChain;
        try {
            viaLink = almanac(direct, elsewhere, "", "--paths", TEA_DIR, "learn", "tea");
            viaRelativeChain = almanac(chained, elsewhere, "", "--paths", TEA_DIR, "learn", "tea");
        } finally {
            Files.delete(chained);
            Files.delete(direct);
        }

        assertClean(viaLink);
        assertTrue(viaLink.out().startsWith("Resuming at step 2/3.\n"), viaLink.out());
        assertClean(viaRelativeChain);
        assertTrue(viaRelativeChain.out().startsWith("Resuming at step 2/3.\n"), viaRelativeChain.out());
    }

    @Test
    void launcher_fromAnotherWorkingDirectory_findsRelativePathsFromThere() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createDirectories(elsewhere.resolve("mine"));
        Files.copy(ROOT.resolve("src/test/resources/paths/tea.yaml"), elsewhere.resolve("mine/tea.yaml"));

        Run run = almanac(LAUNCHER, elsewhere, "", "--paths", "mine", "show", "tea");

        assertClean(run);
        assertTrue(run.out().startsWith("Tea: A Short Path for Tests\n"), run.out());
    }

    @Test
    void unknownPath_failsWithOneLineAndExit1() throws Exception {
        Run run = almanac(LAUNCHER, ROOT, "", "--paths", TEA_DIR, "learn", "nope");

        assertEquals(1, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("almanac: no path with id 'nope'"), run.err());
    }

    @Test
    void install_intoATemporaryHome_givesAWorkingAlmanacOnPath() throws Exception {
        Path userHome = Files.createDirectories(tmp.resolve("user"));
        Path bin = userHome.resolve(".local/bin");
        String path = bin + ":" + System.getenv("PATH");

        Run install = almanac(Map.of("HOME", userHome.toString(), "PATH", path), LAUNCHER, tmp, "", "install");
        Path installed = bin.resolve("almanac");
        Run viaPath = almanac(Map.of("HOME", userHome.toString(), "PATH", path), Path.of("sh"), tmp, "",
                "-c", "almanac --paths '" + TEA_DIR + "' show tea --step 1");
        Run status = almanac(Map.of("PATH", path), installed, tmp, "", "--paths", TEA_DIR);

        assertClean(install);
        assertTrue(Files.isSymbolicLink(installed), install.out());
        assertTrue(install.out().contains(bin + " is on your PATH"), install.out());
        assertClean(viaPath);
        assertTrue(viaPath.out().startsWith("Step 1/3 · Water"), viaPath.out());
        assertClean(status);
        assertTrue(status.out().contains(": almanac learn "), "suggestions say almanac once it is on PATH:\n" + status.out());
    }

    @Test
    void stdinThatIsAFolder_getsOneLine() throws Exception {
        Run run = almanac(Map.of(), Path.of("sh"), ROOT, "", "-c",
                "exec '" + LAUNCHER + "' --paths '" + TEA_DIR + "' learn tea < /");

        assertEquals(1, run.code(), run.err());
        assertEquals("almanac: cannot read the input: Is a directory\n", run.err());
    }
}
