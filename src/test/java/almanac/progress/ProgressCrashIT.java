package almanac.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dotfile's promises tested with real processes and real {@code kill -9}
 * (DESIGN §3, docs/reliability.md). Each child is a fresh JVM on the packaged jar
 * ({@code target/almanac.jar}) plus the test classes, saving through {@link ProgressStore}.
 * Runs in {@code mvn verify}. Figures go to stdout and to
 * {@code target/reliability/ProgressCrashIT.txt}.
 *
 * <p>Tunable with system properties: {@code almanac.crash.seed}, {@code almanac.crash.rounds}.
 * A dozen kill rounds by default, so {@code mvn verify} stays quick; the full run that the
 * figures in docs/reliability.md come from is {@code -Dalmanac.crash.rounds=120}.
 */
class ProgressCrashIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path FIGURES = ROOT.resolve("target/reliability/ProgressCrashIT.txt");
    private static final long SEED = Long.getLong("almanac.crash.seed", 20261127L);
    private static final int ROUNDS = Integer.getInteger("almanac.crash.rounds", 12);
    private static final int ROUNDS_PER_HOME = 12;
    /** Filler per note (with characters that need escaping), so the dotfile grows to ~150 KB. */
    private static final int PADDING = 400;
    private static final int MAX_KILL_DELAY_MS = 700;
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path tmp;

    // ------------------------------------------------------------------ kill -9

    @Test
    void killNineAtRandomMoments_neverLosesAConfirmedSaveNorBreaksTheFile() throws Exception {
        Random random = new Random(SEED);
        String pad = NoteWriter.filler(PADDING);
        long started = System.nanoTime();
        int kills = 0;
        int finishedBeforeKill = 0;
        int roundsFailed = 0;
        long confirmed = 0;
        long confirmedLost = 0;
        long unconfirmedKept = 0;
        long kept = 0;
        int roundsLeavingTemp = 0;
        int mostTempsInOneHome = 0;
        long biggestFile = 0;
        List<String> failures = new ArrayList<>();
        Path home = null;
        int next = 0;
        for (int round = 0; round < ROUNDS; round++) {
            if (round % ROUNDS_PER_HOME == 0) {
                kept += next;
                home = tmp.resolve("home-" + round / ROUNDS_PER_HOME);
                next = 0;
            }
            int failuresBefore = failures.size();
            int delay = random.nextInt(MAX_KILL_DELAY_MS + 1);
            List<String> tempsBefore = names(home, "progress.yaml.tmp-*");
            Child child = Child.start(tmp, NoteWriter.class, home.toString(), "n", String.valueOf(next), "1000000",
                    String.valueOf(PADDING));
            child.await("ready", 30);
            Thread.sleep(delay);
            int exit = child.kill();
            if (exit == 137) {
                kills++;
            } else {
                finishedBeforeKill++;
                failures.add("round " + round + ": child exited " + exit + " before the kill; stderr: " + child.stderr());
            }
            int lastConfirmed = next - 1;
            for (String line : child.lines()) {
                if (line.startsWith("saved ")) {
                    lastConfirmed = Math.max(lastConfirmed, Integer.parseInt(line.substring(6)));
                    confirmed++;
                }
            }

            ProgressStore store = new ProgressStore(home, CLOCK);
            Progress progress = store.load();
            List<String> notices = store.takeNotices();
            List<String> broken = names(home, "progress.yaml.broken-*");
            List<String> temps = names(home, "progress.yaml.tmp-*");
            List<Note> notes = progress.path(NoteWriter.PATH).notes(NoteWriter.STEP);
            int present = notes.size();
            for (int i = 0; i < present; i++) {
                String expected = NoteWriter.text("n", i, pad);
                if (!expected.equals(notes.get(i).text())) {
                    failures.add("round " + round + ": note " + i + " is " + abbreviate(notes.get(i).text()));
                    break;
                }
            }
            if (present <= lastConfirmed) {
                confirmedLost += lastConfirmed + 1 - present;
            }
            if (!notices.isEmpty() || !broken.isEmpty()) {
                failures.add("round " + round + ": file did not load cleanly: " + notices + " " + broken);
            }
            if (present < lastConfirmed + 1 || present > lastConfirmed + 2) {
                failures.add("round " + round + ": " + present + " notes on disk, but saves up to " + lastConfirmed
                        + " were confirmed (expected " + (lastConfirmed + 1) + " or, if the kill came between the"
                        + " save and its line, " + (lastConfirmed + 2) + "); child started at " + next
                        + ", killed after " + delay + " ms, lines: " + tail(child.lines()) + ", reader done: "
                        + !child.reader.isAlive());
            }
            unconfirmedKept += Math.max(0, present - (lastConfirmed + 1));
            roundsLeavingTemp += tempsBefore.containsAll(temps) ? 0 : 1;
            mostTempsInOneHome = Math.max(mostTempsInOneHome, temps.size());
            if (Files.exists(home.resolve(ProgressStore.FILE_NAME))) {
                biggestFile = Math.max(biggestFile, Files.size(home.resolve(ProgressStore.FILE_NAME)));
            }
            next = present;
            if (failures.size() > failuresBefore) {
                roundsFailed++;
            }
        }
        kept += next;
        double seconds = (System.nanoTime() - started) / 1e9;

        record("kill -9 at random moments: seed " + SEED + ", " + ROUNDS + " rounds, " + kills + " killed with SIGKILL, "
                + finishedBeforeKill + " finished early; " + confirmed + " saves confirmed, " + confirmedLost
                + " confirmed saves lost, " + kept + " notes kept on disk (" + unconfirmedKept
                + " saved but killed before their line was printed); " + roundsLeavingTemp
                + " kills left a new temp file (at most " + mostTempsInOneHome + " at once in one folder); largest dotfile "
                + biggestFile + " bytes; " + roundsFailed + " rounds failed a check; "
                + String.format("%.1f", seconds) + " s");
        assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())),
                roundsFailed + " of " + ROUNDS + " rounds failed a check; the first ones:");
        assertEquals(0, confirmedLost);
        assertTrue(mostTempsInOneHome <= 1, "temp files of killed writers are cleared by the next save, but "
                + mostTempsInOneHome + " were seen at once");
        assertEquals(ROUNDS, kills, "every round ended in a kill -9");
    }

    // ------------------------------------------------------------------ two writers

    @Test
    void twoProcessesAddingNotesAtOnce_keepAllOfThem() throws Exception {
        int each = 300;
        Path home = tmp.resolve("home");
        long started = System.nanoTime();
        Child a = Child.start(tmp, NoteWriter.class, home.toString(), "A", "0", String.valueOf(each), "40", "wait");
        Child b = Child.start(tmp, NoteWriter.class, home.toString(), "B", "0", String.valueOf(each), "40", "wait");
        a.await("ready", 30);
        b.await("ready", 30);
        a.send("go");
        b.send("go");
        assertEquals(0, a.waitFor(120), "writer A; stderr: " + a.stderr());
        assertEquals(0, b.waitFor(120), "writer B; stderr: " + b.stderr());

        ProgressStore store = new ProgressStore(home, CLOCK);
        List<String> actual = store.load().path(NoteWriter.PATH).notes(NoteWriter.STEP).stream().map(Note::text).toList();
        int switches = 0;
        for (int i = 1; i < actual.size(); i++) {
            switches += actual.get(i).charAt(0) != actual.get(i - 1).charAt(0) ? 1 : 0;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        record("two writers: " + each + " + " + each + " notes sent, " + actual.size() + " kept ("
                + actual.stream().filter(t -> t.startsWith("A-")).count() + " from A, "
                + actual.stream().filter(t -> t.startsWith("B-")).count() + " from B); writers took turns "
                + switches + " times; " + String.format("%.1f", seconds) + " s");

        assertEquals(List.of(), store.takeNotices());
        assertEquals(2 * each, actual.size(), "notes kept");
        for (String who : List.of("A", "B")) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                expected.add(NoteWriter.text(who, i, NoteWriter.filler(40)));
            }
            assertEquals(expected, actual.stream().filter(t -> t.startsWith(who + "-")).toList(),
                    "every note of writer " + who + ", once, in the order written");
        }
        assertTrue(switches >= 2, "the two writers really ran at the same time (turns taken: " + switches + ")");
    }

    // ------------------------------------------------------------------ stale lock

    @Test
    void lockHeldByAProcessKilledWithSigkill_doesNotBlockTheNextSave() throws Exception {
        Path home = tmp.resolve("home");
        Child holder = Child.start(tmp, HoldLock.class, home.toString());
        holder.await("locked", 30);
        Instant at = Instant.parse("2026-11-27T09:12:03Z");
        CompletableFuture<Progress> waiting = CompletableFuture.supplyAsync(() -> new ProgressStore(home, CLOCK)
                .update(p -> p.with("tea", r -> r.withNote("water", new Note(at, "waited for the lock")))));
        try {
            waiting.get(1500, TimeUnit.MILLISECONDS);
            fail("a save went ahead while another process held the lock");
        } catch (TimeoutException expected) {
            // the lock is real: this save is waiting for it
        }
        Path lockFile = home.resolve("progress.lock");
        assertTrue(Files.exists(lockFile), "the holder made a lock file");

        assertEquals(137, holder.kill(), "killed with SIGKILL while holding the lock");
        long killed = System.nanoTime();
        try {
            waiting.get(15, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            fail("the save still waits 15 s after the lock holder was killed");
        }
        double waitedMs = (System.nanoTime() - killed) / 1e6;
        assertTrue(Files.exists(lockFile), "the killed process left its lock file behind");

        Child next = Child.start(tmp, NoteWriter.class, home.toString(), "after", "0", "1", "0");
        assertEquals(0, next.waitFor(30), "a new process saves despite the leftover lock file; stderr: " + next.stderr());

        Progress actual = new ProgressStore(home, CLOCK).load();
        record("stale lock: a save blocked while the holder lived, went through " + String.format("%.0f", waitedMs)
                + " ms after its kill -9; a new process then saved with the old lock file still present");
        assertEquals(List.of(new Note(at, "waited for the lock")), actual.path("tea").notes("water"));
        assertEquals(List.of("after-0"),
                actual.path(NoteWriter.PATH).notes(NoteWriter.STEP).stream().map(Note::text).toList());
    }

    // ------------------------------------------------------------------ lock held for ever

    @Test
    void lockHeldForEverByALiveProcess_saveGivesUpWithALine_andTheNextSaveWorksOnceItIsGone() throws Exception {
        Path home = tmp.resolve("home");
        Child holder = Child.start(tmp, HoldLock.class, home.toString());
        holder.await("locked", 30);
        ProgressStore store = new ProgressStore(home, CLOCK);
        Instant at = Instant.parse("2026-11-27T09:12:03Z");
        long start = System.nanoTime();

        ProgressException e = assertThrows(ProgressException.class,
                () -> store.update(p -> p.with("tea", r -> r.withNote("water", new Note(at, "blocked")))));
        double waited = (System.nanoTime() - start) / 1e9;
        holder.kill();
        store.update(p -> p.with("tea", r -> r.withNote("water", new Note(at, "after"))));

        record("lock held for ever: the save gave up after " + String.format("%.1f", waited) + " s: " + e.getMessage());
        assertTrue(e.getMessage().contains("another Almanac has held " + home.resolve("progress.lock")), e.getMessage());
        assertTrue(waited >= ProgressStore.LOCK_WAIT.toSeconds() && waited < ProgressStore.LOCK_WAIT.toSeconds() + 5,
                "waited " + waited + " s");
        assertEquals(List.of(new Note(at, "after")), new ProgressStore(home, CLOCK).load().path("tea").notes("water"));
    }

    // ------------------------------------------------------------------ leftover temp file

    @Test
    void tempFileLeftByAWriterKilledMidSave_doesNotConfuseTheNextLoadOrSave() throws Exception {
        Path home = tmp.resolve("home");
        int padding = 20_000;
        String pad = NoteWriter.filler(padding);
        int next = 0;
        int attempts = 0;
        List<String> leftover = List.of();
        while (leftover.isEmpty() && attempts < 40) {
            attempts++;
            Child child = Child.start(tmp, NoteWriter.class, home.toString(), "t", String.valueOf(next), "1000000",
                    String.valueOf(padding));
            child.await("ready", 30);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (names(home, "progress.yaml.tmp-*").isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(137, child.kill());
            leftover = names(home, "progress.yaml.tmp-*");
            next = new ProgressStore(home, CLOCK).load().path(NoteWriter.PATH).notes(NoteWriter.STEP).size();
        }
        assertFalse(leftover.isEmpty(), "no kill in " + attempts + " tries landed while a temp file existed");
        Path temp = home.resolve(leftover.get(0));
        long tempSize = Files.size(temp);

        ProgressStore store = new ProgressStore(home, CLOCK);
        Progress loaded = store.load();
        assertEquals(List.of(), store.takeNotices());
        assertEquals(List.of(), names(home, "progress.yaml.broken-*"));
        List<Note> notes = loaded.path(NoteWriter.PATH).notes(NoteWriter.STEP);
        for (int i = 0; i < notes.size(); i++) {
            assertEquals(NoteWriter.text("t", i, pad), notes.get(i).text());
        }

        Child after = Child.start(tmp, NoteWriter.class, home.toString(), "t", String.valueOf(notes.size()), "2",
                String.valueOf(padding));
        assertEquals(0, after.waitFor(60), after.stderr());
        List<Note> afterwards = new ProgressStore(home, CLOCK).load().path(NoteWriter.PATH).notes(NoteWriter.STEP);
        List<String> tempsAfterwards = names(home, "progress.yaml.tmp-*");
        record("leftover temp: kill -9 in try " + attempts + " left " + leftover.size() + " temp file(s) ("
                + tempSize + " bytes); next load read " + notes.size() + " notes cleanly; next process saved 2 more ("
                + afterwards.size() + " in all) and removed the leftover (" + tempsAfterwards.size() + " remain)");
        assertEquals(notes.size() + 2, afterwards.size());
        assertEquals(List.of(), tempsAfterwards, "the next save removes the killed writer's temp file");
    }

    // ------------------------------------------------------------------ helpers

    private static List<String> names(Path dir, String glob) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            files.forEach(f -> out.add(f.getFileName().toString()));
        }
        return out;
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 5), lines.size());
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static synchronized void record(String line) throws IOException {
        System.out.println("[ProgressCrashIT] " + line);
        Files.createDirectories(FIGURES.getParent());
        Files.writeString(FIGURES, Instant.now() + " " + line + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** A child JVM on the packaged jar; its complete stdout lines are collected as they come. */
    private static final class Child {
        private final Process process;
        private final Path stderr;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Thread reader;

        private Child(Process process, Path stderr) {
            this.process = process;
            this.stderr = stderr;
            this.reader = new Thread(this::read, "child-stdout");
            this.reader.setDaemon(true);
            this.reader.start();
        }

        static Child start(Path tmp, Class<?> main, String... args) throws IOException {
            Path jar = ROOT.resolve("target/almanac.jar");
            Path testClasses = ROOT.resolve("target/test-classes");
            assertTrue(Files.isRegularFile(jar), "run after `mvn package`: " + jar);
            List<String> command = new ArrayList<>(List.of(
                    ProcessHandle.current().info().command().orElse("java"),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                    "-cp", jar + File.pathSeparator + testClasses, main.getName()));
            command.addAll(List.of(args));
            Path err = Files.createTempFile(tmp, "stderr", ".txt");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            return new Child(process, err);
        }

        /** Only whole lines: a line cut off by the kill is not counted as printed. */
        private void read() {
            StringBuilder line = new StringBuilder();
            try (InputStream in = process.getInputStream()) {
                int c;
                while ((c = in.read()) != -1) {
                    if (c == '\n') {
                        lines.add(line.toString());
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
            } catch (IOException e) {
                // the stream ends when the child dies
            }
        }

        void await(String wanted, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (!lines.contains(wanted)) {
                if (!process.isAlive() && !reader.isAlive() && !lines.contains(wanted)) {
                    fail("child exited " + process.exitValue() + " before printing \"" + wanted + "\": " + stderr());
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    fail("child did not print \"" + wanted + "\" in " + seconds + " s: " + stderr());
                }
                Thread.sleep(2);
            }
        }

        void send(String line) throws IOException {
            OutputStream in = process.getOutputStream();
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /**
         * SIGKILL; returns the exit status, 137 when the signal killed it. Sent through the
         * {@link ProcessHandle}: {@code Process.destroyForcibly()} also closes the child's stdout
         * at once, dropping "saved N" lines not yet read, so confirmed saves would go uncounted.
         */
        int kill() throws InterruptedException {
            process.toHandle().destroyForcibly();
            return finish(30);
        }

        int waitFor(int seconds) throws InterruptedException {
            return finish(seconds);
        }

        private int finish(int seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("child did not end in " + seconds + " s: " + stderr());
            }
            reader.join(10_000);
            return process.exitValue();
        }

        List<String> lines() {
            return List.copyOf(lines);
        }

        String stderr() {
            try {
                return Files.readString(stderr, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(stderr unreadable: " + e + ")";
            }
        }
    }
}
