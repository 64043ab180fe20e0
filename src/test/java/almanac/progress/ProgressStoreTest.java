package almanac.progress;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class ProgressStoreTest {
    private static final Instant T0 = Instant.parse("2026-11-27T09:12:03Z");
    private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path home() {
        return tmp.resolve("home");
    }

    private ProgressStore store() {
        return new ProgressStore(home(), CLOCK);
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-27T" + time + "Z");
    }

    /** A record with every field set, as a learner half-way through a path would have. */
    private static PathProgress fullRecord() {
        Map<String, StepRecord> steps = new LinkedHashMap<>();
        steps.put("nvidia", new StepRecord(at("09:18:40"), 397));
        steps.put("aws", new StepRecord(null, 120));
        Map<String, List<Attempt>> answers = new LinkedHashMap<>();
        answers.put("nvidia/cost-floor", List.of(
                new Attempt(at("09:17:00"), "1", false),
                new Attempt(at("09:18:10"), "2", true)));
        answers.put("nvidia/tokens", List.of(new Attempt(at("09:18:20"), "0.44", true)));
        Map<String, List<Note>> notes = new LinkedHashMap<>();
        notes.put("nvidia", List.of(new Note(at("09:15:00"), "H100 at $2.35/h"), new Note(at("09:16:00"), "second")));
        Map<String, Map<String, Object>> review = new LinkedHashMap<>();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("due", at("09:18:10").plusSeconds(3 * 86400));
        state.put("interval", 3);
        state.put("ease", 2.5);
        state.put("lapsed", false);
        review.put("nvidia/cost-floor", state);
        return PathProgress.builder().started(T0).current("hugging-face").steps(steps).answers(answers).notes(notes)
                .review(review).build();
    }

    @Nested
    class RoundTrip {

        @Test
        void fullRecord_savedAndLoaded_keepsEveryField() {
            PathProgress expected = fullRecord().withFinished(at("10:00:00")).withScroll(37);
            store().update(p -> p.with("inference-economics", old -> expected));

            PathProgress actual = new ProgressStore(home(), CLOCK).load().path("inference-economics");

            assertEquals(expected, actual);
        }

        @Test
        void scroll_writtenByHand_isReadToo() throws IOException {
            Files.createDirectories(home());
            Files.writeString(home().resolve(ProgressStore.FILE_NAME),
                    "schema: 1\npaths:\n  tea:\n    current: water   # edited by hand\n    scroll: 40\n");

            assertEquals(40, store().load().path("tea").scroll());
        }

        @Test
        void unfinishedPath_loadsWithNoFinishTime() {
            store().update(p -> p.with("tea", old -> fullRecord()));

            PathProgress actual = store().load().path("tea");

            assertAll(
                    () -> assertNull(actual.finished()),
                    () -> assertEquals("hugging-face", actual.current()));
        }

        @Test
        void severalPaths_keepTheirOwnRecordsInOrder() {
            store().update(p -> p.with("b-path", r -> r.withStarted(T0).withCurrent("one"))
                    .with("a-path", r -> r.withStarted(T0).withCurrent("two")));

            Progress actual = store().load();

            assertAll(
                    () -> assertEquals(List.of("b-path", "a-path"), new ArrayList<>(actual.paths().keySet())),
                    () -> assertEquals("one", actual.path("b-path").current()),
                    () -> assertEquals("two", actual.path("a-path").current()));
        }

        static Stream<Arguments> awkwardTexts() {
            return Stream.of(
                    Arguments.of("double quotes", "She said \"steep it\""),
                    Arguments.of("single quotes", "it's 'fine'"),
                    Arguments.of("backslashes", "C:\\tea\\cup \\n not a newline"),
                    Arguments.of("newlines", "line one\nline two\n\nline four"),
                    Arguments.of("carriage return", "dos\r\nline"),
                    Arguments.of("tab", "a\tb"),
                    Arguments.of("accents", "Crème brûlée, Grüße, ça va"),
                    Arguments.of("CJK", "你好，世界 お茶"),
                    Arguments.of("emoji", "🍵 tea ✅ 👨‍👩‍👧"),
                    Arguments.of("terminal escape codes", "\u001b]0;PWNED\u0007\u001b[2J\u001b[31mred"),
                    Arguments.of("NUL and DEL", "a\u0000b\u007fc"),
                    Arguments.of("C1 controls", "\u0085\u009b31m"),
                    Arguments.of("bidi overrides", "abc\u202edcba\u2066x\u2069"),
                    Arguments.of("line separators", "a\u2028b\u2029c"),
                    Arguments.of("byte order mark", "\ufeffstart"),
                    Arguments.of("noncharacters", "a\ufffeb\uffffc"),
                    Arguments.of("a lone surrogate", "a\ud800b"),
                    Arguments.of("private use and astral noncharacters", "\ue000\udbff\udfff\ud83f\udffe"),
                    Arguments.of("yes", "yes"),
                    Arguments.of("no", "no"),
                    Arguments.of("on", "on"),
                    Arguments.of("null", "null"),
                    Arguments.of("tilde", "~"),
                    Arguments.of("true", "true"),
                    Arguments.of("a number", "0.44"),
                    Arguments.of("octal-looking", "0o17"),
                    Arguments.of("a date", "2026-11-27"),
                    Arguments.of("colon and hash", ": #"),
                    Arguments.of("key-value", "key: value # comment"),
                    Arguments.of("flow mapping", "{ a: b, c: [1, 2] }"),
                    Arguments.of("list item", "- item"),
                    Arguments.of("anchor and alias", "&a *a"),
                    Arguments.of("tag", "!!python/object:os.system"),
                    Arguments.of("document markers", "---\n...\n%YAML 1.2"),
                    Arguments.of("leading and trailing spaces", "  padded  "),
                    Arguments.of("empty", ""),
                    Arguments.of("long", "x".repeat(10_000)));
        }

        @ParameterizedTest(name = "note text with {0} comes back unchanged")
        @MethodSource("awkwardTexts")
        void noteText_savedAndLoaded_isUnchanged(String what, String text) {
            Note expected = new Note(T0, text);
            store().update(p -> p.with("tea", r -> r.withNote("water", expected)));

            List<Note> actual = new ProgressStore(home(), CLOCK).load().path("tea").notes("water");

            assertEquals(List.of(expected), actual);
        }

        @ParameterizedTest(name = "note text with {0} is stored escaped, never raw")
        @MethodSource("awkwardTexts")
        void noteText_neverReachesTheFileRawWhenUnsafe(String what, String text) throws IOException {
            store().update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, text))));

            String file = Files.readString(home().resolve(ProgressStore.FILE_NAME), StandardCharsets.UTF_8);

            assertTrue(file.codePoints().noneMatch(almanac.UnsafeCodePoints::isUnsafe), file);
        }

        @ParameterizedTest(name = "answer given as {0} comes back unchanged")
        @MethodSource("awkwardTexts")
        void givenAnswer_savedAndLoaded_isUnchanged(String what, String text) {
            Attempt expected = new Attempt(T0, text, false);
            store().update(p -> p.with("tea", r -> r.withAttempt("water/temp", expected)));

            List<Attempt> actual = store().load().path("tea").attempts("water/temp");

            assertEquals(List.of(expected), actual);
        }

        @ParameterizedTest(name = "id \"{0}\" comes back as the same string")
        @ValueSource(strings = {"on", "off", "yes", "no", "y", "n", "true", "false", "null", "Null", "~",
                "12", "1.5", "1e3", "0x1f", ".inf", ".nan", "2026-11-27", "a b", "a: b", "#hash", "-dash",
                "with\"quote", "ünïcödé", "🍵"})
        void awkwardIds_savedAndLoaded_areKeptAsStrings(String id) {
            Note note = new Note(T0, "note on " + id);
            Attempt attempt = new Attempt(T0, "2", true);
            store().update(p -> p.with(id, r -> r.withStarted(T0).withCurrent(id)
                    .withStepDone(id, T0)
                    .withAttempt(id + "/" + id, attempt)
                    .withNote(id, note)
                    .withReview(id + "/" + id, Map.of(id, id))));

            PathProgress actual = store().load().path(id);

            assertAll(
                    () -> assertTrue(actual.isStarted(), "the path record is found under its id"),
                    () -> assertEquals(id, actual.current()),
                    () -> assertTrue(actual.step(id).isDone()),
                    () -> assertEquals(List.of(attempt), actual.attempts(id + "/" + id)),
                    () -> assertEquals(List.of(note), actual.notes(id)),
                    () -> assertEquals(Map.of(id, id), actual.review().get(id + "/" + id)));
        }

        @Test
        void subSecondTimes_areSavedToTheSecond() {
            Instant precise = Instant.parse("2026-11-27T09:12:03.987654Z");
            store().update(p -> p.with("tea", r -> r.withNote("water", new Note(precise, "x"))));

            Instant actual = store().load().path("tea").notes("water").get(0).at();

            assertEquals(T0, actual);
        }
    }

    @Nested
    class FileShape {

        @SuppressWarnings("unchecked")
        private Map<String, Object> map(Object o) {
            assertInstanceOf(Map.class, o);
            return (Map<String, Object>) o;
        }

        @Test
        void savedFile_hasTheShapeOfDesignSection3() throws IOException {
            store().update(p -> p.with("inference-economics", old -> fullRecord()));

            String text = Files.readString(store().file(), StandardCharsets.UTF_8);
            Map<String, Object> top = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text));

            assertEquals(1, top.get("schema"));
            Map<String, Object> path = map(map(top.get("paths")).get("inference-economics"));
            assertEquals(List.of("started", "current", "finished", "steps", "answers", "notes", "review"),
                    new ArrayList<>(path.keySet()));
            assertEquals("hugging-face", path.get("current"));
            assertNull(path.get("finished"));
            Map<String, Object> nvidia = map(map(path.get("steps")).get("nvidia"));
            assertEquals(397, nvidia.get("seconds"));
            assertEquals(Set.of("done", "seconds"), nvidia.keySet());
            List<Object> attempts = (List<Object>) map(path.get("answers")).get("nvidia/cost-floor");
            assertEquals(2, attempts.size());
            Map<String, Object> last = map(attempts.get(1));
            assertEquals(List.of("at", "given", "correct"), new ArrayList<>(last.keySet()));
            assertEquals("2", last.get("given"));
            assertEquals(true, last.get("correct"));
            Map<String, Object> note = map(((List<Object>) map(path.get("notes")).get("nvidia")).get(0));
            assertEquals(List.of("at", "text"), new ArrayList<>(note.keySet()));
            assertEquals("H100 at $2.35/h", note.get("text"));
            assertTrue(map(path.get("review")).containsKey("nvidia/cost-floor"));
        }

        @Test
        void savedFile_writesTimesAsReadableUtcInstants() throws IOException {
            store().update(p -> p.with("inference-economics", old -> fullRecord()));

            String actual = Files.readString(store().file(), StandardCharsets.UTF_8);

            assertAll(
                    () -> assertTrue(actual.contains("started: 2026-11-27T09:12:03Z"), actual),
                    () -> assertTrue(actual.contains("nvidia: { done: 2026-11-27T09:18:40Z, seconds: 397 }"), actual),
                    () -> assertTrue(actual.contains("current: hugging-face"), actual));
        }

        @Test
        void noteWithEscapeCodes_isWrittenInert() throws IOException {
            store().update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "\u001b[2Jclear"))));

            String actual = Files.readString(store().file(), StandardCharsets.UTF_8);

            assertAll(
                    () -> assertFalse(actual.contains("\u001b"), "no raw ESC in the file, so `cat` is safe"),
                    () -> assertTrue(actual.contains("clear")));
        }

        @Test
        void emptyProgress_isStillASchema1File() throws IOException {
            store().update(p -> p);

            Map<String, Object> actual = map(new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(store().file())));

            assertEquals(Map.of("schema", 1, "paths", Map.of()), actual);
        }
    }

    @Nested
    class Permissions {

        @Test
        void newHome_isCreatedPrivate() throws IOException {
            Path deep = tmp.resolve("a").resolve("home");
            ProgressStore store = new ProgressStore(deep, CLOCK);

            store.update(p -> p.with("tea", r -> r.withStarted(T0)));

            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(deep)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())));
        }

        @Test
        void newHome_withPermissiveUmask_isStillPrivate() throws Exception {
            Path newHome = tmp.resolve("umask-000").resolve("home");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", "umask 000 && exec \"$0\" -cp \"$1\" \"$2\" \"$3\"",
                    java, System.getProperty("java.class.path"), SaveOnce.class.getName(), newHome.toString())
                    .redirectErrorStream(true);

            Process process = pb.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the child JVM should finish");
            assertEquals(0, process.exitValue(), output);

            Set<PosixFilePermission> file = Files.getPosixFilePermissions(newHome.resolve(ProgressStore.FILE_NAME));
            Set<PosixFilePermission> folder = Files.getPosixFilePermissions(newHome);
            assertAll(
                    () -> assertEquals("rw-------", PosixFilePermissions.toString(file)),
                    () -> assertEquals("rwx------", PosixFilePermissions.toString(folder)),
                    () -> assertTrue(output.contains("umask 0000"), "the child really ran with umask 000: " + output));
        }

        @Test
        void existingFile_isReplacedByAPrivateOne() throws IOException {
            Files.createDirectories(home());
            Path file = home().resolve(ProgressStore.FILE_NAME);
            Files.writeString(file, "schema: 1\npaths: {}\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

            store().update(p -> p.with("tea", r -> r.withStarted(T0)));

            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Nested
    class AtomicWrite {

        @Test
        void afterManySaves_onlyTheProgressFileAndItsLockRemain() throws IOException {
            ProgressStore store = store();
            for (int i = 0; i < 20; i++) {
                String text = "note " + i;
                store.update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, text))));
            }

            Set<String> actual = names(home());

            assertEquals(Set.of("progress.yaml", "progress.lock"), actual);
        }

        @Test
        void tempFileOfAKilledWriter_isIgnoredByLoadAndRemovedByTheNextSave() throws Exception {
            ProgressStore store = store();
            store.update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "kept"))));
            Process gone = new ProcessBuilder("true").start();
            assertEquals(0, gone.waitFor());
            Path temp = home().resolve("progress.yaml.tmp-" + gone.pid() + "-123456789");
            Files.writeString(temp, "schema: 1\npaths:\n  tea:\n    notes:\n      water:\n        - { at: 2026-11-");

            Progress loaded = store.load();
            store.update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "next"))));

            assertAll(
                    () -> assertEquals(List.of(new Note(T0, "kept")), loaded.path("tea").notes("water")),
                    () -> assertEquals(List.of(), store.takeNotices()),
                    () -> assertEquals(Set.of("progress.yaml", "progress.lock"), names(home())));
        }

        @Test
        void tempFileOfAWriterStillRunning_isLeftAlone() throws Exception {
            ProgressStore store = store();
            store.update(p -> p.with("tea", r -> r.withStarted(T0)));
            Process running = new ProcessBuilder("sleep", "60").start();
            try {
                Path temp = home().resolve("progress.yaml.tmp-" + running.pid() + "-123456789");
                Path notOurs = home().resolve("progress.yaml.tmp-notes.txt");
                Files.writeString(temp, "being written");
                Files.writeString(notOurs, "a file someone made");

                store.update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "x"))));

                assertAll(
                        () -> assertEquals("being written", Files.readString(temp)),
                        () -> assertEquals("a file someone made", Files.readString(notOurs)));
            } finally {
                running.destroyForcibly();
            }
        }

        @Test
        void editThatFails_leavesTheSavedFileAndNoTempFile() throws IOException {
            ProgressStore store = store();
            store.update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "kept"))));
            byte[] before = Files.readAllBytes(store.file());

            assertThrows(IllegalStateException.class, () -> store.update(p -> {
                throw new IllegalStateException("boom");
            }));

            assertArrayEquals(before, Files.readAllBytes(store.file()));
            assertEquals(Set.of("progress.yaml", "progress.lock"), names(home()));
        }

        @Test
        void noFileYet_loadsEmptyAndCreatesNothing() {
            Progress actual = store().load();

            assertEquals(Progress.EMPTY, actual);
            assertFalse(Files.exists(home()), "only saving creates the home folder");
        }
    }

    @Nested
    class BrokenFile {

        static Stream<Arguments> brokenFiles() {
            return Stream.of(
                    Arguments.of("not YAML", "paths: [ { unclosed\n  - : :\n".getBytes(StandardCharsets.UTF_8)),
                    Arguments.of("a tab-indented mess", "schema: 1\npaths:\n\t- x: [\n".getBytes(StandardCharsets.UTF_8)),
                    Arguments.of("a plain list", "- one\n- two\n".getBytes(StandardCharsets.UTF_8)),
                    Arguments.of("paths as a list", "schema: 1\npaths: [1, 2]\n".getBytes(StandardCharsets.UTF_8)),
                    Arguments.of("notes as a mapping",
                            "schema: 1\npaths:\n  tea:\n    notes:\n      water: { at: 1 }\n".getBytes(StandardCharsets.UTF_8)),
                    Arguments.of("a time that is not a time",
                            "schema: 1\npaths:\n  tea:\n    started: last tuesday\n".getBytes(StandardCharsets.UTF_8)),
                    Arguments.of("negative seconds",
                            "schema: 1\npaths:\n  tea:\n    steps:\n      water: { seconds: -5 }\n".getBytes(StandardCharsets.UTF_8)),
                    Arguments.of("invalid UTF-8", new byte[] {'s', 'c', 'h', 'e', 'm', 'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}),
                    Arguments.of("binary junk", new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE, 0x1b, '[', '2', 'J'}));
        }

        private void writeBroken(byte[] bytes) throws IOException {
            Files.createDirectories(home());
            Files.write(home().resolve(ProgressStore.FILE_NAME), bytes);
        }

        @ParameterizedTest(name = "{0}: moved aside intact, with a notice")
        @MethodSource("brokenFiles")
        void brokenFile_onLoad_isMovedAsideWithANotice(String what, byte[] bytes) throws IOException {
            writeBroken(bytes);
            ProgressStore store = store();
            Path expectedAside = home().resolve("progress.yaml.broken-20261127T091203Z");

            Progress actual = store.load();

            assertEquals(Progress.EMPTY, actual);
            assertArrayEquals(bytes, Files.readAllBytes(expectedAside), "the broken file is kept byte for byte");
            assertFalse(Files.exists(store.file()));
            List<String> notices = store.takeNotices();
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).contains(expectedAside.toString()), notices.get(0));
            assertFalse(notices.get(0).contains("\n"), "one line: " + notices.get(0));
        }

        @ParameterizedTest(name = "{0}: never overwritten by the next save")
        @MethodSource("brokenFiles")
        void brokenFile_onSave_isNeverOverwritten(String what, byte[] bytes) throws IOException {
            writeBroken(bytes);
            ProgressStore store = store();

            store.update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "fresh"))));

            assertArrayEquals(bytes, Files.readAllBytes(home().resolve("progress.yaml.broken-20261127T091203Z")));
            assertEquals(List.of(new Note(T0, "fresh")), store.load().path("tea").notes("water"));
            assertEquals(1, store.takeNotices().size());
        }

        @Test
        void noticeIsGivenOnce() throws IOException {
            writeBroken("[".getBytes(StandardCharsets.UTF_8));
            ProgressStore store = store();
            store.load();
            store.takeNotices();

            List<String> actual = store.takeNotices();

            assertEquals(List.of(), actual);
        }

        @Test
        void twoBrokenFilesInTheSameSecond_bothAreKept() throws IOException {
            byte[] first = "first [".getBytes(StandardCharsets.UTF_8);
            byte[] second = "second [".getBytes(StandardCharsets.UTF_8);
            writeBroken(first);
            store().load();
            writeBroken(second);

            store().load();

            assertArrayEquals(first, Files.readAllBytes(home().resolve("progress.yaml.broken-20261127T091203Z")));
            assertArrayEquals(second, Files.readAllBytes(home().resolve("progress.yaml.broken-20261127T091203Z-2")));
        }

        @Test
        void emptyFile_isNoProgressAndNotBroken() throws IOException {
            writeBroken(new byte[0]);
            ProgressStore store = store();

            Progress actual = store.load();

            assertEquals(Progress.EMPTY, actual);
            assertEquals(List.of(), store.takeNotices());
            assertTrue(Files.exists(store.file()));
        }
    }

    @Nested
    class Concurrency {

        @Test
        void twoStoresAddingNotesAtOnce_keepAllOfThem() throws Exception {
            int each = 200;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (String who : List.of("A", "B")) {
                    ProgressStore store = new ProgressStore(home(), CLOCK);
                    writers.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < each; i++) {
                            String text = who + i;
                            store.update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, text))));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> w : writers) {
                    w.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            List<String> actual = store().load().path("tea").notes("water").stream().map(Note::text).toList();

            assertEquals(2 * each, actual.size());
            for (String who : List.of("A", "B")) {
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    expected.add(who + i);
                }
                assertEquals(expected, actual.stream().filter(t -> t.startsWith(who)).toList(),
                        "every note of writer " + who + ", in the order written");
            }
        }

        @Test
        void staleLockFileLeftBehind_doesNotBlockSaving() throws IOException {
            Files.createDirectories(home());
            Files.writeString(home().resolve("progress.lock"), "12345\n");

            store().update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "after a crash"))));

            assertEquals(List.of(new Note(T0, "after a crash")), store().load().path("tea").notes("water"));
        }

        @Test
        void secondStore_seesWhatTheFirstSaved() {
            ProgressStore first = new ProgressStore(home(), CLOCK);
            ProgressStore second = new ProgressStore(home(), CLOCK);
            first.update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "one"))));

            second.update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "two"))));

            assertEquals(List.of("one", "two"),
                    first.load().path("tea").notes("water").stream().map(Note::text).toList());
        }
    }

    @Nested
    class UnusableHome {

        @Test
        void homeIsARegularFile_saveFailsWithAClearMessage() throws IOException {
            Path file = tmp.resolve("not-a-folder");
            Files.writeString(file, "precious");
            ProgressStore store = new ProgressStore(file, CLOCK);

            ProgressException actual = assertThrows(ProgressException.class,
                    () -> store.update(p -> p.with("tea", r -> r.withStarted(T0))));

            assertTrue(actual.getMessage().contains(file.toString()), actual.getMessage());
            assertTrue(actual.getMessage().contains("not a folder"), actual.getMessage());
            assertFalse(actual.getMessage().contains("\n"), actual.getMessage());
            assertEquals("precious", Files.readString(file));
        }

        @Test
        void homeInsideARegularFile_saveFailsWithAClearMessage() throws IOException {
            Path file = tmp.resolve("not-a-folder");
            Files.writeString(file, "precious");
            Path inside = file.resolve("home");
            ProgressStore store = new ProgressStore(inside, CLOCK);

            ProgressException actual = assertThrows(ProgressException.class,
                    () -> store.update(p -> p.with("tea", r -> r.withStarted(T0))));

            assertTrue(actual.getMessage().contains(inside.toString()), actual.getMessage());
            assertEquals("precious", Files.readString(file));
        }

        @Test
        void homeIsARegularFile_loadFindsNoProgress() throws IOException {
            Path file = tmp.resolve("not-a-folder");
            Files.writeString(file, "precious");

            Progress actual = new ProgressStore(file, CLOCK).load();

            assertEquals(Progress.EMPTY, actual);
        }

    }

    @Nested
    class HostileFiles {

        private void mkfifo(Path where) throws Exception {
            Files.createDirectories(where.getParent());
            assertEquals(0, new ProcessBuilder("mkfifo", where.toString()).inheritIO().start().waitFor());
        }

        private void assertOneLine(ProgressException e, String... parts) {
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            for (String part : parts) {
                assertTrue(e.getMessage().contains(part), e.getMessage());
            }
        }

        @Test
        void dotfileThatIsAFifo_isRefusedInOneLine_neverWaitedOn() throws Exception {
            Path fifo = home().resolve(ProgressStore.FILE_NAME);
            mkfifo(fifo);

            ProgressException load = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> assertThrows(ProgressException.class, () -> store().load()));
            ProgressException save = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> assertThrows(ProgressException.class, () -> store().update(p -> p)));

            assertOneLine(load, fifo.toString(), "not a regular file");
            assertOneLine(save, "not a regular file");
            assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the FIFO is left where it is");
        }

        @Test
        void dotfileThatIsAFolder_isRefusedInOneLine_andLeftAlone() throws Exception {
            Path folder = Files.createDirectories(home().resolve(ProgressStore.FILE_NAME));
            Files.writeString(folder.resolve("inside"), "kept");

            ProgressException e = assertThrows(ProgressException.class, () -> store().update(p -> p));

            assertOneLine(e, "is a folder");
            assertEquals("kept", Files.readString(folder.resolve("inside")));
        }

        @Test
        void dotfileOverTheSizeLimit_isRefusedWithWhatToDo_andUnchanged() throws IOException {
            store().update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "x".repeat(5000)))));
            byte[] before = Files.readAllBytes(home().resolve(ProgressStore.FILE_NAME));
            ProgressStore small = new ProgressStore(home(), CLOCK, 4096);

            ProgressException load = assertThrows(ProgressException.class, small::load);
            ProgressException save = assertThrows(ProgressException.class, () -> small.update(p -> p));

            assertOneLine(load, "more than Almanac reads", "ALMANAC_JAVA_OPTS=-Xmx", "move it aside");
            assertOneLine(save, "more than Almanac reads");
            assertArrayEquals(before, Files.readAllBytes(home().resolve(ProgressStore.FILE_NAME)));
            assertEquals(Set.of(ProgressStore.FILE_NAME, "progress.lock"), names(home()), "nothing set aside");
        }

        @Test
        void dotfileThatIsALink_isSavedThroughTheLink() throws IOException {
            Path repo = Files.createDirectories(tmp.resolve("dotfiles"));
            Path target = repo.resolve("almanac-progress.yaml");
            store().update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "first"))));
            Files.move(home().resolve(ProgressStore.FILE_NAME), target);
            Files.createSymbolicLink(home().resolve(ProgressStore.FILE_NAME), target);

            store().update(p -> p.with("tea", r -> r.withNote("water", new Note(T0, "second"))));

            assertTrue(Files.isSymbolicLink(home().resolve(ProgressStore.FILE_NAME)), "still a link");
            assertEquals(List.of("first", "second"), new ProgressStore(home(), CLOCK).load().path("tea").notes("water")
                    .stream().map(Note::text).toList());
            assertTrue(Files.readString(target).contains("\"second\""));
            assertEquals(Set.of("almanac-progress.yaml"), names(repo), "no temp file left beside the target");
        }

        @Test
        void dotfileThatIsADanglingLink_isRefused_notReplacedByAPlainFile() throws IOException {
            Files.createDirectories(home());
            Path link = home().resolve(ProgressStore.FILE_NAME);
            Files.createSymbolicLink(link, tmp.resolve("gone.yaml"));

            ProgressException e = assertThrows(ProgressException.class, () -> store().update(p -> p));

            assertOneLine(e, "does not exist");
            assertTrue(Files.isSymbolicLink(link));
        }

        @Test
        void lockThatIsALink_isNotFollowed() throws IOException {
            Files.createDirectories(home());
            Path elsewhere = tmp.resolve("planted");
            Files.createSymbolicLink(home().resolve("progress.lock"), elsewhere);

            ProgressException e = assertThrows(ProgressException.class, () -> store().update(p -> p));

            assertOneLine(e, "symbolic link");
            assertFalse(Files.exists(elsewhere), "the link's target was not created");
        }

        @Test
        void lockThatIsAFifo_isRefused_neverWaitedOn() throws Exception {
            mkfifo(home().resolve("progress.lock"));

            ProgressException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                    () -> assertThrows(ProgressException.class, () -> store().update(p -> p)));

            assertOneLine(e, "not a regular file");
        }

        @Test
        void homeOthersCanWrite_isMadePrivate_withANotice() throws IOException {
            Files.createDirectories(home());
            Files.setPosixFilePermissions(home(), PosixFilePermissions.fromString("rwxrwxrwx"));
            ProgressStore store = store();

            store.update(p -> p.with("tea", r -> r.withStarted(T0)));

            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(home()));
            List<String> notices = store.takeNotices();
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).contains("now private"), notices.get(0));
        }

        @Test
        void sharedFolderWithTheStickyBit_isOnlyWarnedAbout() throws Exception {
            Files.createDirectories(home());
            assertEquals(0, new ProcessBuilder("chmod", "1777", home().toString()).start().waitFor());
            ProgressStore store = store();

            store.update(p -> p.with("tea", r -> r.withStarted(T0)));

            assertEquals(PosixFilePermissions.fromString("rwxrwxrwx"), Files.getPosixFilePermissions(home()));
            assertTrue(store.takeNotices().get(0).contains("can be written by other users"));
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> names = new TreeSet<>();
            files.forEach(f -> names.add(f.getFileName().toString()));
            return names;
        }
    }
}
