package almanac.content;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
    static final int FORMAT = 1;

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
            In in = new In(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            LoadResult result = in.result();
            if (in.buffer.hasRemaining()) {
                throw new IllegalArgumentException("bytes left over");
            }
            return result;
        } catch (RuntimeException e) {
            // A short or damaged file (BufferUnderflow, a bad tag, a record's own check).
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

        /** Length-prefixed UTF-8; -1 for null (writeUTF stops at 64 KB, a step body may not). */
        void string(String s) throws IOException {
            if (s == null) {
                data.writeInt(-1);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(utf8.length);
            data.write(utf8);
        }
    }

    private record In(ByteBuffer buffer) {
        LoadResult result() {
            LearningPath path = buffer.get() != 0 ? path() : null;
            int n = count();
            List<Problem> problems = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String file = string();
                int line = buffer.getInt();
                int column = buffer.getInt();
                Problem.Severity severity = Problem.Severity.values()[buffer.get()];
                problems.add(new Problem(file, line, column, severity, string()));
            }
            return new LoadResult(path, problems);
        }

        LearningPath path() {
            String id = string();
            String title = string();
            String summary = string();
            String audience = string();
            Level level = Level.values()[buffer.get()];
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
            int minutes = buffer.getInt();
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
            int kind = buffer.get();
            String id = string();
            String prompt = string();
            return switch (kind) {
                case 0 -> {
                    List<String> options = strings();
                    int answer = buffer.getInt();
                    yield new Choice(id, prompt, options, answer, string(), string());
                }
                case 1 -> {
                    List<String> options = strings();
                    int n = count();
                    TreeSet<Integer> answers = new TreeSet<>();
                    for (int i = 0; i < n; i++) {
                        answers.add(buffer.getInt());
                    }
                    yield new Choices(id, prompt, options, answers, string(), string());
                }
                case 2 -> {
                    double answer = buffer.getDouble();
                    Tolerance tolerance = new Tolerance(buffer.getDouble(), buffer.get() != 0);
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
            return buffer.get() != 0 ? LocalDate.ofEpochDay(buffer.getLong()) : null;
        }

        String string() {
            int length = buffer.getInt();
            if (length == -1) {
                return null;
            }
            if (length < 0 || length > buffer.remaining()) {
                throw new IllegalArgumentException("string of " + length + " bytes");
            }
            String s = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), length, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + length);
            return s;
        }

        /** A count of things that follow: never more than the bytes left could hold. */
        int count() {
            int n = buffer.getInt();
            if (n < 0 || n > buffer.remaining()) {
                throw new IllegalArgumentException("count " + n);
            }
            return n;
        }
    }
}
