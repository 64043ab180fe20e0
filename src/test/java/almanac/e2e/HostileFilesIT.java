package almanac.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that are not what they seem, given to the real launcher: FIFOs and devices where a
 * path file or the dotfile should be, a dotfile too big for the heap, a heap too small for
 * the dotfile. Each gets one line on stderr and exit 1, never a hang or a stack trace.
 */
class HostileFilesIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = ROOT.resolve("bin/almanac");
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path tmp;

    private Path home;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(tmp.resolve("home"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    }

    private Run almanac(Map<String, String> env, String script, String... args) throws Exception {
        Path in = Files.writeString(tmp.resolve("stdin.txt"), script);
        Path out = tmp.resolve("stdout.txt");
        Path err = tmp.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "--paths", "src/test/resources/paths"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("ALMANAC_HOME", home.toString());
        pb.environment().remove("ALMANAC_PATH");
        pb.environment().remove("ALMANAC_JAVA_OPTS");
        pb.environment().put("TERM", "dumb");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("almanac " + String.join(" ", args) + " hung for " + TIMEOUT_SECONDS + " s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void assertOneLineError(Run r, String part) {
        assertAll(
                () -> assertEquals(1, r.code(), "exit status; err: " + r.err()),
                () -> assertEquals(1, r.err().lines().filter(l -> l.startsWith("almanac: ")).count(), r.err()),
                () -> assertTrue(r.err().contains(part), r.err()),
                () -> assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err()));
    }

    private void mkfifo(Path where) throws Exception {
        assertEquals(0, new ProcessBuilder("mkfifo", where.toString()).start().waitFor());
    }

    /** A dotfile with {@code count} notes of {@code size} characters each. */
    private void bigDotfile(int count, int size) throws IOException {
        StringBuilder b = new StringBuilder("schema: 1\npaths:\n  tea:\n    started: 2026-11-27T09:00:00Z\n    current: water\n"
                + "    finished: null\n    steps: {}\n    answers: {}\n    notes:\n      water:\n");
        String text = "x".repeat(size);
        for (int i = 0; i < count; i++) {
            b.append("        - { at: 2026-11-27T09:00:00Z, text: \"").append(i).append(' ').append(text).append("\" }\n");
        }
        Files.writeString(home.resolve("progress.yaml"), b);
    }

    @Test
    void lintOfAFifo_saysItIsNotAFile_insteadOfHanging() throws Exception {
        Path fifo = tmp.resolve("p.yaml");
        mkfifo(fifo);

        Run r = almanac(Map.of(), "", "lint", fifo.toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(fifo + ": not a regular file"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void lintOfDevZero_saysItIsNotAFile_insteadOfRunningOutOfMemory() throws Exception {
        Run r = almanac(Map.of(), "", "lint", "/dev/zero");

        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("/dev/zero: not a regular file"), r.out());
        assertFalse(r.err().contains("Error"), r.err());
    }

    @Test
    void dotfileThatIsAFifo_stopsLearnWithOneLine_insteadOfHangingWithTheLock() throws Exception {
        mkfifo(home.resolve("progress.yaml"));

        Run r = almanac(Map.of(), "note hi\nquit\n", "learn", "tea");

        assertOneLineError(r, "progress.yaml is not a regular file");
        assertFalse(r.out().contains("Note saved"), r.out());
    }

    @Test
    void tenOneMegabyteNotes_areRefusedWithWhatToDo_andResetWorksWithTheHeapItNames() throws Exception {
        bigDotfile(10, 1 << 20);
        byte[] before = Files.readAllBytes(home.resolve("progress.yaml"));

        Run learn = almanac(Map.of(), "note hi\nquit\n", "learn", "tea");
        Run reset = almanac(Map.of(), "", "reset", "tea", "--all", "--yes");

        assertOneLineError(learn, "ALMANAC_JAVA_OPTS=-Xmx");
        assertOneLineError(reset, "more than Almanac reads");
        assertArrayEquals(before, Files.readAllBytes(home.resolve("progress.yaml")));
        String heap = learn.err().replaceAll("(?s).*ALMANAC_JAVA_OPTS=(-Xmx\\d+m).*", "$1");
        Run withHeap = almanac(Map.of("ALMANAC_JAVA_OPTS", heap), "", "reset", "tea", "--all", "--yes");
        assertEquals(0, withHeap.code(), withHeap.err());
        assertTrue(withHeap.out().contains("Forgot your progress and notes on 'tea'."), withHeap.out());
    }

    @Test
    void heapTooSmall_isOneLineNamingAlmanacJavaOpts_neverATrace() throws Exception {
        bigDotfile(15, 65_000);

        Run r = almanac(Map.of("ALMANAC_JAVA_OPTS", "-Xmx4m"), "note hi\nquit\n", "learn", "tea");

        assertOneLineError(r, "ran out of memory; run it again with a larger heap, e.g. ALMANAC_JAVA_OPTS=-Xmx");
    }

    @Test
    void noteOverTheLimit_isRefusedInOneLine_andNothingIsAdded() throws Exception {
        Run r = almanac(Map.of(), "note " + "y".repeat(70_000) + "\nnotes\nquit\n", "learn", "tea");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("That note is 68 KB; a note can hold at most 64 KB."), r.out());
        assertTrue(r.out().contains("No notes on this path yet."), r.out());
    }
}
