package almanac.content;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A parsed path file ({@link LoadResult}) as compact bytes, for {@link ParsedPathCache}. Parsing
 * 100 KB of YAML on a cold JVM takes about a tenth of a second, most of the first screen;
 * reading these bytes back takes a few milliseconds. The bytes are read back through the
 * records' own constructors, so they hold no more than a path file could say.
 *
 * <p>{@link #FORMAT} names the layout: change it with any change to the records written here
 * ({@code LoadResultCodecTest} holds their shape and fails until it is changed).
 */
final class LoadResultCodec {
    static final int FORMAT = 2;
    private static final int NULL = 0;
    private static final int LATIN_1 = 1;
    private static final int UTF_8 = 2;

    private LoadResultCodec() {
    }

    static byte[] write(LoadResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        Out out = new Out(new DataOutputStream(bytes));
        try {
            out.result(result);
            out.data.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a byte array cannot fail to grow
        }
        return bytes.toByteArray();
    }

    /** The result these bytes hold, or an {@link IllegalArgumentException} if they are not such bytes. */
    static LoadResult read(byte[] bytes, int offset) {
        try {
            In in = new In(bytes, offset);
            LoadResult result = in.result();
            if (in.remaining() > 0) {
                throw new IllegalArgumentException("bytes left over");
            }
            return result;
        } catch (RuntimeException e) {
            // A short or damaged file (reading past its end, a bad tag, a record's own check).
            throw new IllegalArgumentException("not a parsed path: " + e, e);
        }
    }

    private record Out(DataOutputStream data) {
        void result(LoadResult r) throws IOException {
            data.writeBoolean(r.path() != null);
            if (r.path() != null) {
                path(r.path());
            }
            data.writeInt(r.problems().size());
            for (Problem p : r.problems()) {
                string(p.file());
                data.writeInt(p.line());
                data.writeInt(p.column());
                data.writeByte(p.severity().ordinal());
                string(p.message());
            }
        }

        void path(LearningPath p) throws IOException {
            string(p.id());
            string(p.title());
            string(p.summary());
            string(p.audience());
            data.writeByte(p.level().ordinal());
            date(p.asOf());
            data.writeInt(p.steps().size());
            for (Step s : p.steps()) {
                step(s);
            }
            data.writeInt(p.glossary().size());
            for (GlossaryEntry g : p.glossary()) {
                string(g.term());
                string(g.means());
            }
            string(p.origin());
        }

        void step(Step s) throws IOException {
            string(s.id());
            string(s.title());
            data.writeInt(s.minutes());
            string(s.why());
            string(s.body());
            strings(s.keyPoints());
            data.writeInt(s.sources().size());
            for (Source source : s.sources()) {
                string(source.title());
                string(source.url());
                date(source.date());
            }
            data.writeInt(s.quiz().size());
            for (Question q : s.quiz()) {
                question(q);
            }
        }

        void question(Question q) throws IOException {
            // Java 17 has no pattern switch; the sealed interface keeps this list complete.
            if (q instanceof Choice c) {
                data.writeByte(0);
                string(c.id());
                string(c.prompt());
                strings(c.options());
                data.writeInt(c.answer());
            } else if (q instanceof Choices c) {
                data.writeByte(1);
                string(c.id());
                string(c.prompt());
                strings(c.options());
                data.writeInt(c.answers().size());
                for (int a : c.answers()) {
                    data.writeInt(a);
                }
            } else if (q instanceof Numeric n) {
                data.writeByte(2);
                string(n.id());
                string(n.prompt());
                data.writeDouble(n.answer());
                data.writeDouble(n.tolerance().amount());
                data.writeBoolean(n.tolerance().percent());
                string(n.unit());
            } else if (q instanceof Text t) {
                data.writeByte(3);
                string(t.id());
                string(t.prompt());
                strings(t.accept());
            } else {
                throw new IllegalArgumentException("unknown question " + q.getClass());
            }
            string(q.explain());
            string(q.hint());
        }

        void strings(List<String> list) throws IOException {
            data.writeInt(list.size());
            for (String s : list) {
                string(s);
            }
        }

        void date(LocalDate d) throws IOException {
            data.writeBoolean(d != null);
            if (d != null) {
                data.writeLong(d.toEpochDay());
            }
        }

        /**
         * A kind byte (null, Latin-1 or UTF-8), then the length and the bytes: text that fits
         * Latin-1 is read back as a plain copy, where UTF-8 is decoded a character at a time
         * (cold, that was the larger part of reading a path back). Not writeUTF: it stops at
         * 64 KB, and a step body may not.
         */
        void string(String s) throws IOException {
            if (s == null) {
                data.writeByte(NULL);
                return;
            }
            boolean latin1 = s.chars().allMatch(c -> c <= 0xff);
            byte[] bytes = s.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
            data.writeByte(latin1 ? LATIN_1 : UTF_8);
            data.writeInt(bytes.length);
            data.write(bytes);
        }
    }

    /**
     * A cursor over the bytes, reading DataOutputStream's big-endian layout by hand: cold, a
     * ByteBuffer's getInt goes through several layers of memory-access code for each number.
     */
    private static final class In {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes, int offset) {
            this.bytes = bytes;
            this.at = offset;
        }

        int remaining() {
            return bytes.length - at;
        }

        /** One byte, as DataOutputStream.writeByte or writeBoolean wrote it. */
        int u8() {
            return bytes[at++] & 0xff;
        }

        int int32() {
            int n = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                    | (bytes[at + 3] & 0xff);
            at += 4;
            return n;
        }

        long int64() {
            return (long) int32() << 32 | (int32() & 0xffffffffL);
        }

        LoadResult result() {
            LearningPath path = u8() != 0 ? path() : null;
            int n = count();
            List<Problem> problems = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String file = string();
                int line = int32();
                int column = int32();
                Problem.Severity severity = Problem.Severity.values()[u8()];
                problems.add(new Problem(file, line, column, severity, string()));
            }
            return new LoadResult(path, problems);
        }

        LearningPath path() {
            String id = string();
            String title = string();
            String summary = string();
            String audience = string();
            Level level = Level.values()[u8()];
            LocalDate asOf = date();
            int n = count();
            List<Step> steps = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                steps.add(step());
            }
            n = count();
            List<GlossaryEntry> glossary = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                glossary.add(new GlossaryEntry(string(), string()));
            }
            return new LearningPath(id, title, summary, audience, level, asOf, steps, glossary, string());
        }

        Step step() {
            String id = string();
            String title = string();
            int minutes = int32();
            String why = string();
            String body = string();
            List<String> keyPoints = strings();
            int n = count();
            List<Source> sources = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sources.add(new Source(string(), string(), date()));
            }
            n = count();
            List<Question> quiz = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                quiz.add(question());
            }
            return new Step(id, title, minutes, why, body, keyPoints, sources, quiz);
        }

        Question question() {
            int kind = u8();
            String id = string();
            String prompt = string();
            return switch (kind) {
                case 0 -> {
                    List<String> options = strings();
                    int answer = int32();
                    yield new Choice(id, prompt, options, answer, string(), string());
                }
                case 1 -> {
                    List<String> options = strings();
                    int n = count();
                    TreeSet<Integer> answers = new TreeSet<>();
                    for (int i = 0; i < n; i++) {
                        answers.add(int32());
                    }
                    yield new Choices(id, prompt, options, answers, string(), string());
                }
                case 2 -> {
                    double answer = Double.longBitsToDouble(int64());
                    Tolerance tolerance = new Tolerance(Double.longBitsToDouble(int64()), u8() != 0);
                    String unit = string();
                    yield new Numeric(id, prompt, answer, tolerance, unit, string(), string());
                }
                case 3 -> {
                    List<String> accept = strings();
                    yield new Text(id, prompt, accept, string(), string());
                }
                default -> throw new IllegalArgumentException("question kind " + kind);
            };
        }

        List<String> strings() {
            int n = count();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(string());
            }
            return list;
        }

        LocalDate date() {
            return u8() != 0 ? LocalDate.ofEpochDay(int64()) : null;
        }

        String string() {
            int kind = u8();
            if (kind == NULL) {
                return null;
            }
            int length = int32();
            if (length < 0 || length > remaining()) {
                throw new IllegalArgumentException("string of " + length + " bytes");
            }
            String s = switch (kind) {
                case LATIN_1 -> new String(bytes, at, length, StandardCharsets.ISO_8859_1);
                case UTF_8 -> new String(bytes, at, length, StandardCharsets.UTF_8);
                default -> throw new IllegalArgumentException("string kind " + kind);
            };
            at += length;
            return s;
        }

        /** A count of things that follow: never more than the bytes left could hold. */
        int count() {
            int n = int32();
            if (n < 0 || n > remaining()) {
                throw new IllegalArgumentException("count " + n);
            }
            return n;
        }
    }
}
