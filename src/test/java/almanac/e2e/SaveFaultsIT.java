package almanac.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Saves that fail for real, on the real launcher: system calls made to fail with strace's
 * fault injection ({@code -e inject=SYSCALL:error=ERRNO:when=N}), a file-size limit
 * ({@code ulimit -f}) and a home the learner cannot write. strace runs around the JVM only
 * (a {@code JAVA_HOME} whose {@code bin/java} is a wrapper), so the launcher's own shell
 * tools are left alone. Each case checks what the learner is told, the exit status, and
 * that the dotfile is byte for byte what it was, or holds everything when a retry worked.
 *
 * <p>strace is required ({@code .ci/run} installs it): without it these tests fail, they
 * do not skip, so a machine that cannot check this promise says so.
 */
class SaveFaultsIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = ROOT.resolve("bin/almanac");
    private static final Path STRACE = Path.of("/usr/bin/strace");
    private static final long TIMEOUT_SECONDS = 90;
    private static final String SCRIPT = "note one\nnote two\nquit\n";

    @TempDir
    Path tmp;

    private Path home;
    private byte[] before;
    /** Where the launcher runs from: this checkout, or a copy that another user can read. */
    private Path checkout = ROOT;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void straceIsThere() {
        assertTrue(Files.isExecutable(STRACE), "these tests need strace at " + STRACE
                + " (apt-get install strace; .ci/run installs it)");
    }

    @BeforeEach
    void seed() throws Exception {
        home = tmp.resolve("home");
        Run first = almanac(List.of(), "note seed\nquit\n");
        assertEquals(0, first.code(), first.err());
        before = dotfile();
    }

    private byte[] dotfile() throws IOException {
        return Files.readAllBytes(home.resolve("progress.yaml"));
    }

    /**
     * A JDK folder whose java runs this test's own java under strace with {@code straceArgs}
     * (its release file is copied, so the launcher sees the same Java version).
     */
    private Path tracedJavaHome(List<String> straceArgs) throws IOException {
        Path realJava = Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath();
        Path fake = Files.createTempDirectory(tmp, "jdk");
        Files.createDirectories(fake.resolve("bin"));
        Files.copy(realJava.getParent().getParent().resolve("release"), fake.resolve("release"));
        StringBuilder args = new StringBuilder();
        for (String a : straceArgs) {
            args.append(" '").append(a).append('\'');
        }
        Path java = fake.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nexec " + STRACE + " -f -qq" + args + " " + realJava + " \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return fake;
    }

    /** Runs {@code bin/almanac learn tea} with {@code script} piped in, its JVM under strace with {@code straceArgs}. */
    private Run almanac(List<String> straceArgs, String script, String... shellPrefix) throws Exception {
        List<String> command = new ArrayList<>();
        if (shellPrefix.length > 0) {
            command.addAll(List.of("sh", "-c", String.join(" ", shellPrefix) + "; exec \"$0\" \"$@\""));
        }
        command.addAll(List.of(checkout.resolve("bin/almanac").toString(), "--paths", "src/test/resources/paths",
                "learn", "tea"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(checkout.toFile());
        pb.environment().put("ALMANAC_HOME", home.toString());
        pb.environment().remove("ALMANAC_PATH");
        pb.environment().remove("ALMANAC_JAVA_OPTS");
        pb.environment().put("TERM", "dumb");
        if (!straceArgs.isEmpty()) {
            List<String> quiet = new ArrayList<>(List.of("-o", "/dev/null"));
            quiet.addAll(straceArgs);
            pb.environment().put("JAVA_HOME", tracedJavaHome(quiet).toString());
        }
        Process p = pb.start();
        // Pipes, not files: a file-size limit must hit the dotfile, not the transcript.
        CompletableFuture<String> out = read(p.getInputStream());
        CompletableFuture<String> err = read(p.getErrorStream());
        p.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            fail("almanac did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Run(p.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    private static CompletableFuture<String> read(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }

    /**
     * Which call of {@code syscall} by the JVM's main thread is the one that matches
     * {@code pattern} for the {@code nth} time (1-based), from a traced dry run of the same
     * script on a copy of the same home: strace's {@code when=} counts each thread's calls. The
     * main thread is the one that saves, so the one that makes the last matching call.
     */
    private int callNumber(String syscall, String pattern, int nth) throws Exception {
        Path log = tmp.resolve("trace-" + syscall + ".log");
        Path saved = tmp.resolve("home-saved");
        copy(home, saved);
        Path javaHome = tracedJavaHome(List.of("-y", "-o", log.toString(), "-e", "trace=" + syscall));
        ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "--paths", "src/test/resources/paths", "learn", "tea")
                .directory(ROOT.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("ALMANAC_HOME", home.toString());
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("TERM", "dumb");
        Process p = pb.start();
        p.getOutputStream().write(SCRIPT.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        assertTrue(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the dry run finished");
        deleteTree(home);
        copy(saved, home);
        List<String> lines = Files.readAllLines(log);
        Matcher first = Pattern.compile("^(\\d+)\\s.*" + pattern).matcher("");
        String tid = lines.stream().filter(l -> first.reset(l).find()).map(l -> first.group(1))
                .reduce((earlier, later) -> later)
                .orElseThrow(() -> new AssertionError("no " + syscall + " matching " + pattern + " in the dry run"));
        int calls = 0;
        int matches = 0;
        for (String line : lines) {
            // strace pads the thread id to a column: "1178  write(".
            if (line.matches(tid + "\\s+" + syscall + "\\(.*")) {
                calls++;
                if (line.matches(".*" + pattern + ".*") && ++matches == nth) {
                    return calls;
                }
            }
        }
        throw new AssertionError("fewer than " + nth + " " + syscall + " calls matching " + pattern + " in thread " + tid
                + " of the dry run:\n" + String.join("\n", lines.stream().filter(l -> l.matches(".*" + pattern + ".*")).toList()));
    }

    /** Copies a home with its folders (the parse cache is one), keeping times and modes. */
    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** The launcher, the jar and the tea path, copied where every user can read them. */
    private Path readableCopy() throws IOException {
        Path copy = tmp.resolve("checkout");
        for (String file : List.of("bin/almanac", "target/almanac.jar", "src/test/resources/paths/tea.yaml")) {
            Path to = copy.resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(ROOT.resolve(file), to);
            Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(file.startsWith("bin") ? "rwxr-xr-x" : "rw-r--r--"));
        }
        try (var dirs = Files.walk(copy)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        return copy;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Every save failed: nothing claimed, the warning and exit 1, the old dotfile untouched. */
    private void assertNothingSaved(Run r, String reason) throws IOException {
        assertAll(
                () -> assertEquals(1, r.code(), "exit status; err: " + r.err()),
                () -> assertEquals(0, count(r.out(), "Note saved"), r.out()),
                () -> assertEquals(2, count(r.out(), "Note NOT saved: cannot save progress in " + home + ": " + reason),
                        r.out()),
                () -> assertTrue(r.err().matches("almanac: \\d+ changes were NOT saved \\(.*" + Pattern.quote(reason)
                        + ".*\\); " + Pattern.quote(home.resolve("progress.yaml").toString())
                        + " is as it was before them\\.\\n"), r.err()),
                () -> assertFalse(r.err().contains("Exception"), r.err()));
        assertArrayEquals(before, dotfile(), "the old dotfile is byte for byte unchanged");
    }

    /** One save failed, the next one saved it too: honest on the moment, nothing lost, exit 0. */
    private void assertOneFailedThenRecovered(Run r, String reason) throws IOException {
        String text = new String(dotfile(), StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals(0, r.code(), "exit status; err: " + r.err()),
                () -> assertTrue(r.out().contains("Note NOT saved: cannot save progress in " + home + ": " + reason),
                        r.out()),
                () -> assertEquals(1, count(r.out(), "Note saved on step 1."), r.out()),
                () -> assertTrue(r.out().contains("Saved now, with the change that could not be saved before."), r.out()),
                () -> assertEquals("", r.err()),
                () -> assertTrue(text.contains("\"one\"") && text.contains("\"two\"") && text.contains("\"seed\""), text));
    }

    /**
     * One call fails, in the save of the first note: disk full on its temp file's write, an
     * I/O error on its fsync, no lock available for it (the main thread's third lock: the session's
     * load, the opening, the note; the first load of the dotfile is on a thread of its own).
     */
    @ParameterizedTest(name = "{0} on the first note''s {1} matching {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ENOSPC | write | \\.tmp-                  | 2 | the disk is full
            EIO    | fsync | \\.tmp-                  | 2 | Input/output error
            ENOLCK | fcntl | F_SETLK, \\{l_type=F_WRLCK | 3 | No locks available
            """)
    void oneCallFails_isToldAndTheNextSaveKeepsBothNotes(String errno, String syscall, String pattern, int nth,
            String reason) throws Exception {
        int call = callNumber(syscall, pattern, nth);

        Run r = almanac(List.of("-e", "inject=" + syscall + ":error=" + errno + ":when=" + call), SCRIPT);

        assertOneFailedThenRecovered(r, reason);
    }

    /** Every call fails: an I/O error on each fsync, a rename across file systems or onto a read-only one. */
    @ParameterizedTest(name = "{0} on every {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EIO   | fsync  | Input/output error
            EXDEV | rename | this file system cannot replace files atomically
            EROFS | rename | the file system is read-only
            """)
    void everyCallFails_savesNothingAndSaysSo(String errno, String syscall, String reason) throws Exception {
        Run r = almanac(List.of("-e", "inject=" + syscall + ":error=" + errno), SCRIPT);

        assertNothingSaved(r, reason);
    }

    @Test
    void fileSizeLimit_savesNothingAndSaysSo() throws Exception {
        // The dotfile is over 2 KB after a long note; a 2 KB limit (4 blocks of 512 bytes) stops every save.
        Run seeded = almanac(List.of(), "note " + "x".repeat(3000) + "\nquit\n");
        assertEquals(0, seeded.code(), seeded.err());
        before = dotfile();

        Run r = almanac(List.of(), SCRIPT, "ulimit -f 4");

        assertNothingSaved(r, "File too large");
    }

    @Test
    void homeTheLearnerCannotWrite_savesNothingAndSaysSo() throws Exception {
        List<String> prefix = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // root writes anywhere: run as nobody, who can read the home but not write it, from a
            // copy of the launcher and jar that nobody can reach wherever this checkout is.
            checkout = readableCopy();
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(home.resolve("progress.yaml"), PosixFilePermissions.fromString("rw-r--r--"));
            prefix.add("exec setpriv --reuid=65534 --regid=65534 --clear-groups \"$0\" \"$@\"");
        } else {
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
        }

        Run r = almanac(List.of(), SCRIPT, prefix.toArray(String[]::new));

        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        assertAll(
                () -> assertEquals(1, r.code(), "exit status; err: " + r.err()),
                () -> assertEquals(0, count(r.out(), "Note saved"), r.out()),
                () -> assertEquals(2, count(r.out(), "Note NOT saved: "), r.out()),
                () -> assertTrue(r.out().contains("permission denied"), r.out()),
                () -> assertTrue(r.err().contains("changes were NOT saved"), r.err()),
                () -> assertFalse(r.err().contains("Exception"), r.err()));
        assertArrayEquals(before, dotfile());
    }
}
