package almanac.progress;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads the dotfile's text straight into the model from SnakeYAML's event stream: no node tree
 * and no generic maps in between, which made a file of 10,000 answers and notes take seconds.
 * Scalars are typed as SnakeYAML's safe constructor types them (the same resolver, and the
 * constructor itself for every form but the plain numbers and UTC times this program writes).
 *
 * <p>What the safe loader refused is refused here too, with a reason: anchors and aliases, any
 * explicit tag, duplicate keys, keys that are not scalars, more than one document, nesting deeper
 * than {@link #MAX_DEPTH}, and more than the code point limit.
 */
final class ProgressReader {
    static final int MAX_DEPTH = 64;

    private final Parser parser;
    private final Scalars scalars;
    private int depth;

    private ProgressReader(String text, LoaderOptions options) {
        this.parser = new ParserImpl(new StreamReader(text), options);
        this.scalars = new Scalars(options);
    }

    static Progress read(String text, LoaderOptions options) throws ProgressFormatException {
        try {
            return new ProgressReader(text, options).file();
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            throw new ProgressFormatException(
                    (m == null ? "" : "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": ")
                            + e.getProblem());
        } catch (YAMLException | StackOverflowError e) {
            throw new ProgressFormatException("not valid YAML");
        }
    }

    private Progress file() throws ProgressFormatException {
        expect(Event.ID.StreamStart);
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return Progress.EMPTY;
        }
        expect(Event.ID.DocumentStart);
        Progress progress = root();
        expect(Event.ID.DocumentEnd);
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            throw new ProgressFormatException("the file holds more than one YAML document");
        }
        return progress;
    }

    private Progress root() throws ProgressFormatException {
        Event first = peek();
        if (first instanceof ScalarEvent s && scalar(s) == null) {
            next();
            return Progress.EMPTY;
        }
        startMapping("the file");
        Object schema = null;
        Map<String, PathProgress> paths = new LinkedHashMap<>();
        KeySet keys = new KeySet();
        while (!endOf(Event.ID.MappingEnd)) {
            String key = keys.add(key("the file"));
            if (key.equals("schema")) {
                schema = value();
                checkSchema(schema);
            } else if (key.equals("paths")) {
                paths = paths();
            } else {
                value();
            }
        }
        checkSchema(schema);
        return new Progress(paths);
    }

    private static void checkSchema(Object schema) throws ProgressFormatException {
        if (schema instanceof Integer n && n > 1) {
            throw new ProgressFormatException.Newer(n);
        }
        if (schema != null && !Integer.valueOf(1).equals(schema)) {
            throw new ProgressFormatException("unsupported schema " + schema + " (this Almanac reads schema 1)");
        }
    }

    private Map<String, PathProgress> paths() throws ProgressFormatException {
        Map<String, PathProgress> paths = new LinkedHashMap<>();
        if (!startMappingOrNull("paths")) {
            return paths;
        }
        while (!endOf(Event.ID.MappingEnd)) {
            String id = key("paths");
            if (paths.containsKey(id)) {
                throw duplicate(id);
            }
            paths.put(id, path(id));
        }
        return paths;
    }

    private PathProgress path(String id) throws ProgressFormatException {
        String where = "paths." + id;
        PathProgress.Builder path = PathProgress.builder();
        if (!startMappingOrNull(where)) {
            return path.build();
        }
        KeySet keys = new KeySet();
        while (!endOf(Event.ID.MappingEnd)) {
            String key = keys.add(key(where));
            switch (key) {
                case "started" -> path.started(instant(value(), where));
                case "finished" -> path.finished(instant(value(), where));
                case "current" -> {
                    Object current = value();
                    path.current(current == null ? null : current.toString());
                }
                case "steps" -> path.steps(steps(where + ".steps"));
                case "answers" -> path.answers(answers(where + ".answers"));
                case "notes" -> path.notes(notes(where + ".notes"));
                case "review" -> path.review(review(where + ".review"));
                case "scroll" -> path.scroll(value() instanceof Integer percent ? percent : 0);
                default -> value();
            }
        }
        return path.build();
    }

    private Map<String, StepRecord> steps(String where) throws ProgressFormatException {
        Map<String, StepRecord> steps = new LinkedHashMap<>();
        if (!startMappingOrNull(where)) {
            return steps;
        }
        while (!endOf(Event.ID.MappingEnd)) {
            String id = key(where);
            Map<String, Object> s = map(value(), where + "." + id);
            if (steps.put(id, new StepRecord(instant(s.get("done"), where), number(s.get("seconds"), where))) != null) {
                throw duplicate(id);
            }
        }
        return steps;
    }

    /** One entry of a list under {@code answers} or {@code notes}, from its flow map. */
    private interface Entry<T> {
        T read(Map<String, Object> fields, String path) throws ProgressFormatException;
    }

    private Map<String, List<Attempt>> answers(String where) throws ProgressFormatException {
        return lists(where, (a, path) -> new Attempt(required(instant(a.get("at"), path), path), text(a.get("given")),
                Boolean.TRUE.equals(a.get("correct"))));
    }

    private Map<String, List<Note>> notes(String where) throws ProgressFormatException {
        return lists(where, (n, path) -> new Note(required(instant(n.get("at"), path), path), text(n.get("text"))));
    }

    /** A mapping of keys to lists of flow maps, each read by {@code entry}. */
    private <T> Map<String, List<T>> lists(String where, Entry<T> entry) throws ProgressFormatException {
        Map<String, List<T>> lists = new LinkedHashMap<>();
        if (!startMappingOrNull(where)) {
            return lists;
        }
        String path = where.substring(0, where.lastIndexOf('.'));
        while (!endOf(Event.ID.MappingEnd)) {
            String key = key(where);
            List<T> list = new ArrayList<>();
            for (Object item : list(value(), where + "." + key)) {
                list.add(entry.read(map(item, where + "." + key), path));
            }
            if (lists.put(key, List.copyOf(list)) != null) {
                throw duplicate(key);
            }
        }
        return lists;
    }

    /** Review state as written (the review package reads it), with dates as instants. */
    private Map<String, Map<String, Object>> review(String where) throws ProgressFormatException {
        Map<String, Map<String, Object>> review = new LinkedHashMap<>();
        if (!startMappingOrNull(where)) {
            return review;
        }
        while (!endOf(Event.ID.MappingEnd)) {
            String key = key(where);
            Map<String, Object> state = new LinkedHashMap<>();
            map(value(), where + "." + key).forEach((k, v) -> state.put(k, v instanceof Date d ? d.toInstant() : v));
            if (review.put(key, state) != null) {
                throw duplicate(key);
            }
        }
        return review;
    }

    // ---- generic values, for the small flow maps and for keys this version does not know

    /** The next value as plain Java: maps, lists, and scalars typed as the safe constructor types them. */
    private Object value() throws ProgressFormatException {
        Event e = next();
        if (e instanceof ScalarEvent s) {
            return scalar(s);
        }
        if (e.is(Event.ID.MappingStart)) {
            enter();
            Map<String, Object> map = new LinkedHashMap<>();
            while (!endOf(Event.ID.MappingEnd)) {
                String key = key("a mapping");
                if (map.containsKey(key)) {
                    throw duplicate(key);
                }
                map.put(key, value());
            }
            depth--;
            return map;
        }
        if (e.is(Event.ID.SequenceStart)) {
            enter();
            List<Object> list = new ArrayList<>();
            while (!endOf(Event.ID.SequenceEnd)) {
                list.add(value());
            }
            depth--;
            return list;
        }
        throw new ProgressFormatException(where(e) + "unexpected " + e.getEventId());
    }

    private void enter() throws ProgressFormatException {
        if (++depth > MAX_DEPTH) {
            throw new ProgressFormatException("nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    /** A mapping key, as the loader turned scalar keys into strings. */
    private String key(String where) throws ProgressFormatException {
        Event e = next();
        if (!(e instanceof ScalarEvent s)) {
            throw new ProgressFormatException(where(e) + where + " has a key that is not a plain value");
        }
        return String.valueOf(scalar(s));
    }

    private Object scalar(ScalarEvent s) {
        String value = s.getValue();
        if (!s.isPlain()) {
            return value;
        }
        return scalars.plain(value);
    }

    private void startMapping(String where) throws ProgressFormatException {
        Event e = next();
        if (!e.is(Event.ID.MappingStart)) {
            throw new ProgressFormatException(where + " should be a mapping");
        }
    }

    /** True at the start of a mapping; false (and consumed) for a null; an error for anything else. */
    private boolean startMappingOrNull(String where) throws ProgressFormatException {
        Event e = peek();
        if (e instanceof ScalarEvent s && scalar(s) == null) {
            next();
            return false;
        }
        startMapping(where);
        return true;
    }

    /** True (and consumed) when the collection ends here. */
    private boolean endOf(Event.ID end) throws ProgressFormatException {
        if (peek().is(end)) {
            next();
            return true;
        }
        return false;
    }

    private void expect(Event.ID id) throws ProgressFormatException {
        Event e = next();
        if (!e.is(id)) {
            throw new ProgressFormatException(where(e) + "unexpected " + e.getEventId());
        }
    }

    private Event peek() throws ProgressFormatException {
        return checked(parser.peekEvent());
    }

    private Event next() throws ProgressFormatException {
        return checked(parser.getEvent());
    }

    /** Refuses what a progress file never needs and a hostile one could use. */
    private static Event checked(Event e) throws ProgressFormatException {
        if (e instanceof AliasEvent) {
            throw new ProgressFormatException(where(e) + "aliases are not allowed in a progress file");
        }
        if (e instanceof NodeEvent n && n.getAnchor() != null) {
            throw new ProgressFormatException(where(e) + "anchors are not allowed in a progress file");
        }
        String tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : null;
        if (tag != null && !tag.equals("!")) {
            throw new ProgressFormatException(where(e) + "tags are not allowed in a progress file (" + tag + ")");
        }
        return e;
    }

    private static String where(Event e) {
        Mark m = e.getStartMark();
        return m == null ? "" : "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": ";
    }

    private static ProgressFormatException duplicate(String key) {
        return new ProgressFormatException("the key '" + key + "' appears twice");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String where) throws ProgressFormatException {
        if (o == null) {
            return Map.of();
        }
        if (!(o instanceof Map<?, ?> m)) {
            throw new ProgressFormatException(where + " should be a mapping");
        }
        return (Map<String, Object>) m;
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
        if (o instanceof Instant at) {
            return at;
        }
        if (o instanceof Date d) {
            return d.toInstant();
        }
        try {
            return Instant.parse(o.toString());
        } catch (DateTimeException e) {
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

    /** Remembers a mapping's keys, to refuse one written twice. */
    private static final class KeySet {
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        String add(String key) throws ProgressFormatException {
            if (!seen.add(key)) {
                throw duplicate(key);
            }
            return key;
        }
    }

    /**
     * Plain scalars typed as the safe constructor types them. The forms this program writes (UTC
     * times to the second, whole numbers, true, false, null) are read directly; every other form
     * goes through SnakeYAML's resolver and constructor.
     */
    private static final class Scalars extends SafeConstructor {
        Scalars(LoaderOptions options) {
            super(options);
        }

        Object plain(String value) {
            Object fast = fast(value);
            if (fast != NONE) {
                return fast;
            }
            Tag tag = ImplicitTags.of(value);
            if (tag == Tag.STR) {
                return value;
            }
            return constructObject(new ScalarNode(tag, value, null, null, DumperOptions.ScalarStyle.PLAIN));
        }

        private static final Object NONE = new Object();

        private static Object fast(String v) {
            int n = v.length();
            if (n == 0) {
                return null;
            }
            switch (v) {
                case "null", "~" -> {
                    return null;
                }
                case "true" -> {
                    return Boolean.TRUE;
                }
                case "false" -> {
                    return Boolean.FALSE;
                }
                default -> {
                }
            }
            if (n == 20 && v.charAt(4) == '-' && v.charAt(10) == 'T' && v.charAt(19) == 'Z' && digitsAt(v, 0, 4)) {
                try {
                    return Instant.parse(v);
                } catch (DateTimeException e) {
                    return NONE;
                }
            }
            int start = v.charAt(0) == '-' ? 1 : 0;
            if (n - start >= 1 && n - start <= 18 && digitsAt(v, start, n) && (v.charAt(start) != '0' || n - start == 1)) {
                long l = Long.parseLong(v);
                if (l == (int) l) {
                    return Integer.valueOf((int) l); // as the safe constructor: Integer when it fits
                }
                return Long.valueOf(l);
            }
            return NONE;
        }

        private static boolean digitsAt(String v, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }
    }
}
