package almanac.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/almanac} copied into a checkout of its own under a folder with a space in its
 * name, with the packaged jar beside it: which Java it picks, its archive or AOT cache, and
 * its one-build-at-a-time lock (with a stand-in {@code mvn} that "builds" by copying the jar).
 */
class LauncherIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path JAR = ROOT.resolve("target/almanac.jar");
    private static final long TIMEOUT_SECONDS = 120;
    /** The JVM running the tests: the project's Java 17 (its version is read, not assumed). */
    private static final Path RUNNER_JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path tmp;

    private Path checkout;
    private Path launcher;
    private Path fakeBin;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws IOException {
        checkout = Files.createDirectories(tmp.resolve("my checkout"));
        launcher = Files.createDirectories(checkout.resolve("bin")).resolve("almanac");
        Files.copy(ROOT.resolve("bin/almanac"), launcher);
        Files.createDirectories(checkout.resolve("target"));
        fakeBin = Files.createDirectories(tmp.resolve("fake bin"));
        Path mvn = fakeBin.resolve("mvn");
        // Stands in for Maven: a build that takes a moment and leaves the real jar.
        Files.writeString(mvn, "#!/bin/sh\nsleep 1\ncp \"$ALMANAC_TEST_JAR\" target/almanac.jar\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private void installJar() throws IOException {
        Files.copy(JAR, checkout.resolve("target/almanac.jar"));
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = Stream.concat(Stream.of(launcher.toString()), Stream.of(args)).toList();
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().remove("ALMANAC_JAVA_OPTS");
        pb.environment().put("ALMANAC_HOME", tmp.resolve("home").toString());
        pb.environment().put("ALMANAC_TEST_JAR", JAR.toString());
        pb.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
        pb.environment().putAll(env);
        return pb.start();
    }

    private Run finish(Process process) throws IOException, InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("the launcher did not finish in " + TIMEOUT_SECONDS + " s; stderr so far:\n" + err());
        }
        return new Run(process.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8), err());
    }

    private String err() throws IOException {
        return Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
    }

    private Run almanac(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return finish(start(env, args));
    }

    /** The java.version the launched JVM reports in its settings listing on stderr. */
    private static String javaVersion(Run run) {
        Matcher m = Pattern.compile("java\\.version = (\\S+)").matcher(run.err());
        assertTrue(m.find(), "no JVM settings in stderr:\n" + run.err());
        return m.group(1);
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("[.+-]")[0]);
    }

    private Optional<Path> archive(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(checkout.resolve("target"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("almanac-java")
                    && p.getFileName().toString().endsWith(suffix)).findFirst();
        }
    }

    /** A JDK of 25 or newer in the usual folder, or none. */
    private static Optional<Path> jdk25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java"))).filter(h -> {
                try {
                    Matcher m = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(h.resolve("release")));
                    return m.find() && Integer.parseInt(m.group(1)) >= 25;
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        }
    }

    @Test
    void fromAFolderWithASpace_java17MakesItsArchiveAndUsesIt() throws Exception {
        installJar();
        Map<String, String> java17 = Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString());
        Run first = almanac(java17, "--version");
        assertEquals(0, first.code(), first.err());
        assertEquals("almanac 0.1.0\n", first.out().replaceAll("almanac .*", "almanac 0.1.0"));
        assertTrue(archive(".jsa").isPresent(), "no class-data archive was made in " + checkout);

        // -Xshare:on makes the JVM refuse to start unless it can map the archive it was given.
        Run second = almanac(Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString(), "ALMANAC_JAVA_OPTS", "-Xshare:on"), "--version");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().startsWith("almanac "), second.out());
        assertEquals("", second.err());
    }

    @Test
    void theArchive_holdsWhatARealTerminalSessionLoads() throws Exception {
        installJar();
        assertEquals(0, almanac(Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString()), "--version").code(), err());
        Path archive = archive(".jsa").orElseThrow();

        // The training run draws a first frame on a pseudo-terminal (script(1)), so classes that
        // only a real terminal loads, such as its signal handling, are in the archive.
        Process print = new ProcessBuilder(RUNNER_JAVA_HOME.resolve("bin/java").toString(),
                "-XX:SharedArchiveFile=" + archive, "-XX:+PrintSharedArchiveAndExit",
                "--enable-native-access=ALL-UNNAMED", "-cp", checkout.resolve("target/almanac.jar").toString())
                .redirectErrorStream(true).start();
        String listing = new String(print.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        print.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertTrue(listing.contains(" almanac.terminal.NativeTerminal "), "not in the archive: almanac.terminal.NativeTerminal");
        assertTrue(listing.contains(" almanac.terminal.ScreenMode "), "not in the archive: almanac.terminal.ScreenMode");
    }

    @Test
    void withAScriptThatCannotRun_theArchiveIsStillMade_withoutAPseudoTerminal() throws Exception {
        installJar();
        // As where no pseudo-terminal can be had (a container without /dev/ptmx): script fails.
        Path script = fakeBin.resolve("script");
        Files.writeString(script, "#!/bin/sh\necho 'script: openpty failed' >&2\nexit 1\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run first = almanac(Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString()), "--version");

        assertEquals(0, first.code(), first.err());
        assertTrue(archive(".jsa").isPresent(), "no class-data archive was made in " + checkout);
        Run second = almanac(Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString(), "ALMANAC_JAVA_OPTS", "-Xshare:on"), "--version");
        assertEquals(0, second.code(), second.err());
    }

    @Test
    void javaHomeIsHonoured_evenWhenANewerJdkIsInstalled() throws Exception {
        installJar();
        Run run = almanac(Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString(), "ALMANAC_JAVA_OPTS", "-XshowSettings:properties"),
                "--version");
        assertEquals(0, run.code(), run.err());
        assertEquals(System.getProperty("java.version"), javaVersion(run));
        assertFalse(archive(".aot").isPresent(), "an AOT cache was made for a JAVA_HOME of " + System.getProperty("java.version"));
    }

    @Test
    void withoutJavaHome_aJdk25IsPreferredWithItsAotCache() throws Exception {
        assumeTrue(jdk25().isPresent(), "no JDK 25+ in /usr/lib/jvm on this machine");
        installJar();
        Run first = almanac(Map.of("ALMANAC_JAVA_OPTS", "-XshowSettings:properties"), "--version");
        assertEquals(0, first.code(), first.err());
        assertTrue(major(javaVersion(first)) >= 25, "ran on Java " + javaVersion(first));
        assertTrue(archive(".aot").isPresent(), "no AOT cache was made in " + checkout);

        // AOTMode=on makes the JVM refuse to start unless it can use the cache it was given.
        Run second = almanac(Map.of("ALMANAC_JAVA_OPTS", "-XX:AOTMode=on"), "--version");
        assertEquals(0, second.code(), second.err());
        assertTrue(second.out().startsWith("almanac "), second.out());
    }

    @Test
    void withNoJdk25Around_theJavaOnPathRuns() throws Exception {
        installJar();
        Path noJdks = Files.createDirectories(tmp.resolve("no jdks"));
        Path runnerBin = RUNNER_JAVA_HOME.resolve("bin");
        Run run = almanac(Map.of("ALMANAC_JVM_DIRS", noJdks.toString(), "PATH", fakeBin + ":" + runnerBin + ":/usr/bin:/bin",
                "ALMANAC_JAVA_OPTS", "-XshowSettings:properties"), "--version");
        assertEquals(0, run.code(), run.err());
        assertEquals(System.getProperty("java.version"), javaVersion(run));
    }

    /** A folder of JDKs holding one that says it is Java {@code major}: its java only prints that it ran. */
    private Path jdksWithAFake(int major) throws IOException {
        Path home = Files.createDirectories(tmp.resolve("jdks").resolve("fake-" + major).resolve("bin")).getParent();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"nobody\"\nJAVA_VERSION=\"" + major + ".0.1\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho \"fake java " + major + " ran\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home.getParent();
    }

    @Test
    void aJavaOnPathOf25_isPreferredToANewerJdkInTheFolders() throws Exception {
        assumeTrue(jdk25().isPresent(), "no JDK 25+ in /usr/lib/jvm on this machine");
        installJar();
        Path jdks = jdksWithAFake(26);
        Path pathBin = Files.createDirectories(tmp.resolve("path bin"));
        Files.createSymbolicLink(pathBin.resolve("java"), jdk25().get().resolve("bin/java"));

        Run run = almanac(Map.of("ALMANAC_JVM_DIRS", jdks.toString(), "PATH", fakeBin + ":" + pathBin + ":/usr/bin:/bin",
                "ALMANAC_JAVA_OPTS", "-XshowSettings:properties"), "--version");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("almanac "), run.out());
        assertTrue(major(javaVersion(run)) >= 25, "ran on Java " + javaVersion(run));
    }

    @Test
    void aJavaOnPathOlderThan25_givesWayToTheNewestJdkInTheFolders() throws Exception {
        assumeTrue(major(System.getProperty("java.version")) < 25, "the tests run on Java 25+ here");
        installJar();
        Path jdks = jdksWithAFake(26);
        Path runnerBin = RUNNER_JAVA_HOME.resolve("bin");

        Run run = almanac(Map.of("ALMANAC_JVM_DIRS", jdks.toString(), "PATH", fakeBin + ":" + runnerBin + ":/usr/bin:/bin"),
                "--version");

        assertEquals(0, run.code(), run.err());
        assertEquals("fake java 26 ran\n", run.out());
    }

    @Test
    void aChangedJar_getsAFreshArchive() throws Exception {
        installJar();
        Map<String, String> java17 = Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString());
        assertEquals(0, almanac(java17, "--version").code());
        Path archive = archive(".jsa").orElseThrow();
        Path jar = checkout.resolve("target/almanac.jar");
        // As if the jar had been rebuilt after the archive was made.
        Files.setLastModifiedTime(archive, FileTime.from(Files.getLastModifiedTime(jar).toInstant().minusSeconds(10)));

        Run run = almanac(Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString(), "ALMANAC_JAVA_OPTS", "-Xshare:on"), "--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0,
                "the archive is older than the jar it is used with");
    }

    @Test
    void aBuildLockWhoseOwnerIsGone_isClearedAtOnce() throws Exception {
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path lock = Files.createDirectories(checkout.resolve("target/.build-lock"));
        Files.writeString(lock.resolve("pid"), gone.pid() + "\n");

        Run run = almanac(Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString()), "--version");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("almanac "), run.out());
        assertTrue(run.err().contains("Building almanac"), run.err());
        assertFalse(Files.exists(lock), "the build lock was left behind");
    }

    @Test
    void aBuildUnderWay_isWaitedForWithAMessage_andItsJarUsed() throws Exception {
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Path lock = Files.createDirectories(checkout.resolve("target/.build-lock"));
        // This test's own JVM plays the other build, alive for as long as the lock is held.
        Files.writeString(lock.resolve("pid"), ProcessHandle.current().pid() + "\n");

        Process waiting = start(Map.of("JAVA_HOME", RUNNER_JAVA_HOME.toString()), "--version");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!err().contains("waiting for another build")) {
            assertTrue(waiting.isAlive(), "the launcher stopped instead of waiting: " + err());
            assertTrue(System.nanoTime() < deadline, "no waiting message; stderr: " + err());
            Thread.sleep(50);
        }
        installJar();  // the other build finishes
        Files.delete(lock.resolve("pid"));
        Files.delete(lock);

        Run run = finish(waiting);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("almanac "), run.out());
        assertFalse(run.err().contains("Building almanac"), "it built again instead of using the new jar: " + run.err());
    }
}
