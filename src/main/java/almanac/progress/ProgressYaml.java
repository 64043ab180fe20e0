package almanac.progress;

import almanac.UnsafeCodePoints;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The dotfile's text form (DESIGN §3). Written by hand so the file stays the readable
 * shape people see in the docs; every string is double-quoted with escapes, so no note
 * can break the file's structure. Read back with SnakeYAML's safe constructor.
 */
final class ProgressYaml {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]*");
    private static final Resolver RESOLVER = new Resolver();
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private ProgressYaml() {
    }

    static String write(Progress progress) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# Almanac progress: where you are on each path, your answers and notes.\n");
        out.append("schema: 1\n");
        if (progress.paths().isEmpty()) {
            out.append("paths: {}\n");
            return out.toString();
        }
        out.append("paths:\n");
        progress.paths().forEach((id, p) -> {
            out.append("  ").append(key(id)).append(":\n");
            out.append("    started: ").append(scalar(p.started())).append('\n');
            out.append("    current: ").append(p.current() == null ? "null" : key(p.current())).append('\n');
            out.append("    finished: ").append(scalar(p.finished())).append('\n');
            section(out, "steps", p.steps(), r -> "{ done: " + scalar(r.done()) + ", seconds: " + r.seconds() + " }");
            listSection(out, "answers", p.answers(),
                    a -> "{ at: " + scalar(a.at()) + ", given: " + scalar(a.given()) + ", correct: " + a.correct() + " }");
            listSection(out, "notes", p.notes(), n -> "{ at: " + scalar(n.at()) + ", text: " + scalar(n.text()) + " }");
            section(out, "review", p.review(), ProgressYaml::flow);
        });
        return out.toString();
    }

    private static <V> void section(StringBuilder out, String name, Map<String, V> map,
            java.util.function.Function<V, String> value) {
        if (map.isEmpty()) {
            out.append("    ").append(name).append(": {}\n");
            return;
        }
        out.append("    ").append(name).append(":\n");
        map.forEach((k, v) -> out.append("      ").append(key(k)).append(": ").append(value.apply(v)).append('\n'));
    }

    private static <V> void listSection(StringBuilder out, String name, Map<String, List<V>> map,
            java.util.function.Function<V, String> item) {
        if (map.isEmpty()) {
            out.append("    ").append(name).append(": {}\n");
            return;
        }
        out.append("    ").append(name).append(":\n");
        map.forEach((k, items) -> {
            out.append("      ").append(key(k)).append(":\n");
            for (V v : items) {
                out.append("        - ").append(item.apply(v)).append('\n');
            }
        });
    }

    /** Plain when YAML reads it back as the same string ("yes", "null" and "12" would not be). */
    private static String key(String k) {
        return PLAIN_KEY.matcher(k).matches() && RESOLVER.resolve(NodeId.scalar, k, true) == Tag.STR ? k : quote(k);
    }

    @SuppressWarnings("unchecked")
    private static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("{ ");
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                b.append(first ? "" : ", ").append(key(e.getKey())).append(": ").append(flow(e.getValue()));
                first = false;
            }
            return b.append(map.isEmpty() ? "}" : " }").toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(flow(v)));
            return "[" + String.join(", ", items) + "]";
        }
        return scalar(value);
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Instant at) {
            return at.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? "0.0" : d.toString();
        }
        return quote(value.toString());
    }

    /** A YAML double-quoted string; every character outside printable ASCII and common text is escaped. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    // YAML itself also wants some others escaped (non-characters such as U+FFFE).
                    if (UnsafeCodePoints.isUnsafe(c) || !StreamReader.isPrintable(c)) {
                        b.append(String.format("\\u%04x", c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.append('"').toString();
    }

    static Progress read(String text) throws ProgressFormatException {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(MAX_CODE_POINTS);
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new ProgressFormatException(
                    (m == null ? "" : "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": ")
                            + e.getProblem());
        } catch (YAMLException | StackOverflowError e) {
            throw new ProgressFormatException("not valid YAML");
        }
        if (root == null) {
            return Progress.EMPTY;
        }
        Map<String, Object> top = map(root, "the file");
        Object schema = top.get("schema");
        if (schema instanceof Integer n && n > 1) {
            throw new ProgressFormatException.Newer(n);
        }
        if (schema != null && !Integer.valueOf(1).equals(schema)) {
            throw new ProgressFormatException("unsupported schema " + schema + " (this Almanac reads schema 1)");
        }
        Map<String, PathProgress> paths = new LinkedHashMap<>();
        Object pathsNode = top.get("paths");
        if (pathsNode != null) {
            for (Map.Entry<String, Object> e : map(pathsNode, "paths").entrySet()) {
                paths.put(e.getKey(), pathProgress(e.getKey(), map(e.getValue(), "paths." + e.getKey())));
            }
        }
        return new Progress(paths);
    }

    private static PathProgress pathProgress(String id, Map<String, Object> m) throws ProgressFormatException {
        String where = "paths." + id;
        Map<String, StepRecord> steps = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(m.get("steps"), where + ".steps").entrySet()) {
            Map<String, Object> s = map(e.getValue(), where + ".steps." + e.getKey());
            steps.put(e.getKey(), new StepRecord(instant(s.get("done"), where), number(s.get("seconds"), where)));
        }
        Map<String, List<Attempt>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(m.get("answers"), where + ".answers").entrySet()) {
            List<Attempt> list = new ArrayList<>();
            for (Object item : list(e.getValue(), where + ".answers." + e.getKey())) {
                Map<String, Object> a = map(item, where + ".answers." + e.getKey());
                list.add(new Attempt(required(instant(a.get("at"), where), where), text(a.get("given")),
                        Boolean.TRUE.equals(a.get("correct"))));
            }
            answers.put(e.getKey(), list);
        }
        Map<String, List<Note>> notes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(m.get("notes"), where + ".notes").entrySet()) {
            List<Note> list = new ArrayList<>();
            for (Object item : list(e.getValue(), where + ".notes." + e.getKey())) {
                Map<String, Object> n = map(item, where + ".notes." + e.getKey());
                list.add(new Note(required(instant(n.get("at"), where), where), text(n.get("text"))));
            }
            notes.put(e.getKey(), list);
        }
        Map<String, Map<String, Object>> review = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(m.get("review"), where + ".review").entrySet()) {
            review.put(e.getKey(), plain(map(e.getValue(), where + ".review." + e.getKey())));
        }
        Object current = m.get("current");
        return new PathProgress(instant(m.get("started"), where), current == null ? null : current.toString(),
                instant(m.get("finished"), where), steps, answers, notes, review);
    }

    /** Review state as written, with dates turned back into instants. */
    private static Map<String, Object> plain(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Date d ? d.toInstant() : v));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String where) throws ProgressFormatException {
        if (o == null) {
            return Map.of();
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw new ProgressFormatException(where + " should be a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    private static List<?> list(Object o, String where) throws ProgressFormatException {
        if (o == null) {
            return List.of();
        }
        if (!(o instanceof List<?> l)) {
            throw new ProgressFormatException(where + " should be a list");
        }
        return l;
    }

    private static Instant instant(Object o, String where) throws ProgressFormatException {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toInstant();
        }
        try {
            return Instant.parse(o.toString());
        } catch (DateTimeParseException e) {
            throw new ProgressFormatException(where + ": '" + o + "' is not a time");
        }
    }

    private static Instant required(Instant at, String where) throws ProgressFormatException {
        if (at == null) {
            throw new ProgressFormatException(where + ": an entry has no time");
        }
        return at;
    }

    private static long number(Object o, String where) throws ProgressFormatException {
        if (o == null) {
            return 0;
        }
        if (o instanceof Number n && n.longValue() >= 0) {
            return n.longValue();
        }
        throw new ProgressFormatException(where + ": '" + o + "' is not a number of seconds");
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
