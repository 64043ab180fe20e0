package almanac.progress;

import almanac.UnsafeCodePoints;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The dotfile's text form (DESIGN §3). Written by hand so the file stays the readable
 * shape people see in the docs; every string is double-quoted with escapes, so no note
 * can break the file's structure. Read back by {@link ProgressReader}.
 */
final class ProgressYaml {
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]*");
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    /**
     * The written lines of each list of answers or notes, so a save formats only the lists that
     * changed. Keyed by the list's contents (records compare by value), so a hit is always the
     * right text; held weakly, so it lasts as long as the progress that holds the lists.
     */
    private static final Map<List<?>, String> ITEMS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Each key as written: the check for a plain key (two regular expressions) is done once per key. */
    private static final Map<String, String> KEYS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

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
            if (p.scroll() > 0) {
                out.append("    scroll: ").append(p.scroll()).append('\n');
            }
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
        for (Map.Entry<String, V> e : map.entrySet()) {
            out.append("      ").append(key(e.getKey())).append(": ").append(value.apply(e.getValue())).append('\n');
        }
    }

    private static <V> void listSection(StringBuilder out, String name, Map<String, List<V>> map,
            java.util.function.Function<V, String> item) {
        if (map.isEmpty()) {
            out.append("    ").append(name).append(": {}\n");
            return;
        }
        out.append("    ").append(name).append(":\n");
        for (Map.Entry<String, List<V>> e : map.entrySet()) {
            List<V> items = e.getValue();
            out.append("      ").append(key(e.getKey())).append(":\n");
            String lines = ITEMS.get(items);
            if (lines == null) {
                StringBuilder made = new StringBuilder();
                for (V v : items) {
                    made.append("        - ").append(item.apply(v)).append('\n');
                }
                lines = made.toString();
                ITEMS.put(items, lines);
            }
            out.append(lines);
        }
    }

    /** Plain when YAML reads it back as the same string ("yes", "null" and "12" would not be). */
    private static String key(String k) {
        return KEYS.computeIfAbsent(k, ProgressYaml::keyText);
    }

    private static String keyText(String k) {
        return isPlainKey(k) ? k : quote(k);
    }

    /** True for a key written without quotes: YAML reads it back as the same string. */
    static boolean isPlainKey(String k) {
        return PLAIN_KEY.matcher(k).matches() && ImplicitTags.of(k) == Tag.STR;
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
            for (Object v : list) {
                items.add(flow(v));
            }
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
        if (plainAscii(s)) {
            return "\"" + s + "\"";
        }
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

    /** True when every character is printable ASCII that needs no escape (most notes and answers). */
    private static boolean plainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * The progress the text describes: by {@link WrittenForm} when the text is exactly as this
     * program writes it, else by {@link ProgressReader} (see there for what is refused).
     */
    static Progress read(String text) throws ProgressFormatException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setCodePointLimit(MAX_CODE_POINTS);
        if (text.length() <= MAX_CODE_POINTS) {
            Progress written = WrittenForm.read(text);
            if (written != null) {
                return written;
            }
        }
        return ProgressReader.read(text, options);
    }
}
