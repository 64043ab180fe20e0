package almanac.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a dotfile in exactly the form {@link ProgressYaml#write} gives it, line by line, without
 * a YAML parser: the common case (the file as Almanac left it) costs one pass over the text.
 * Anything else (a comment or blank line added by hand, another quoting style, a nested review
 * value, a duplicate key, an escape this program never writes) makes it give up and return
 * null, and {@link ProgressReader} reads the file with SnakeYAML instead, with all its checks.
 * So this reader only ever accepts text that SnakeYAML reads the same way, which
 * {@code WrittenFormTest} checks against it.
 */
final class WrittenForm {
    private final String text;
    private int pos;

    private WrittenForm(String text) {
        this.text = text;
    }

    /** The progress, or null when the text is not exactly in the written form. */
    static Progress read(String text) {
        try {
            return new WrittenForm(text).file();
        } catch (NotWritten | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The text strays from the written form. */
    private static final class NotWritten extends Exception {
        NotWritten() {
            super(null, null, false, false);
        }
    }

    private static final NotWritten STRAY = new NotWritten();

    private Progress file() throws NotWritten {
        line("# Almanac progress: where you are on each path, your answers and notes.");
        line("schema: 1");
        Map<String, PathProgress> paths = new LinkedHashMap<>();
        if (take("paths: {}\n")) {
            return end(new Progress(paths));
        }
        line("paths:");
        while (pos < text.length()) {
            expect("  ");
            String id = key();
            expect(":\n");
            if (paths.put(id, path()) != null) {
                throw STRAY;
            }
        }
        if (paths.isEmpty()) {
            throw STRAY;
        }
        return new Progress(paths);
    }

    private Progress end(Progress progress) throws NotWritten {
        if (pos != text.length()) {
            throw STRAY;
        }
        return progress;
    }

    private PathProgress path() throws NotWritten {
        PathProgress.Builder path = PathProgress.builder();
        expect("    started: ");
        path.started(instantOrNull());
        expect("\n    current: ");
        path.current(text.startsWith("null\n", pos) && take("null") ? null : key()); // a step may be "null1"
        expect("\n    finished: ");
        path.finished(instantOrNull());
        expect("\n");
        if (take("    scroll: ")) {
            path.scroll((int) Math.min(100, whole()));
            expect("\n");
        }
        Map<String, StepRecord> steps = new LinkedHashMap<>();
        if (section("steps")) {
            while (take("      ")) {
                String id = key();
                expect(": { done: ");
                Instant done = instantOrNull();
                expect(", seconds: ");
                long seconds = whole();
                expect(" }\n");
                if (seconds < 0 || steps.put(id, new StepRecord(done, seconds)) != null) {
                    throw STRAY;
                }
            }
        }
        path.steps(steps);
        Map<String, List<Attempt>> answers = new LinkedHashMap<>();
        if (section("answers")) {
            while (take("      ")) {
                String key = key();
                expect(":\n");
                List<Attempt> list = new ArrayList<>();
                while (take("        - { at: ")) {
                    Instant at = instant();
                    expect(", given: ");
                    String given = quoted();
                    expect(", correct: ");
                    boolean correct = take("true");
                    if (!correct) {
                        expect("false");
                    }
                    expect(" }\n");
                    list.add(new Attempt(at, given, correct));
                }
                if (list.isEmpty() || answers.put(key, List.copyOf(list)) != null) {
                    throw STRAY;
                }
            }
        }
        path.answers(answers);
        Map<String, List<Note>> notes = new LinkedHashMap<>();
        if (section("notes")) {
            while (take("      ")) {
                String key = key();
                expect(":\n");
                List<Note> list = new ArrayList<>();
                while (take("        - { at: ")) {
                    Instant at = instant();
                    expect(", text: ");
                    String note = quoted();
                    expect(" }\n");
                    list.add(new Note(at, note));
                }
                if (list.isEmpty() || notes.put(key, List.copyOf(list)) != null) {
                    throw STRAY;
                }
            }
        }
        path.notes(notes);
        Map<String, Map<String, Object>> review = new LinkedHashMap<>();
        if (section("review")) {
            while (take("      ")) {
                String key = key();
                expect(": ");
                if (review.put(key, flowMap()) != null) {
                    throw STRAY;
                }
                expect("\n");
            }
        }
        path.review(review);
        return path.build();
    }

    /** True when the section has entries; false for {@code name: {}}. */
    private boolean section(String name) throws NotWritten {
        expect("    " + name + ":");
        if (take(" {}\n")) {
            return false;
        }
        expect("\n");
        return true;
    }

    /** A review card: a flow map of scalars, as {@code ProgressYaml.flow} writes one. */
    private Map<String, Object> flowMap() throws NotWritten {
        Map<String, Object> map = new LinkedHashMap<>();
        if (take("{}")) {
            return map;
        }
        expect("{ ");
        do {
            String key = key();
            expect(": ");
            if (map.containsKey(key)) {
                throw STRAY;
            }
            map.put(key, scalar());
        } while (take(", "));
        expect(" }");
        return map;
    }

    /** A scalar as {@code ProgressYaml.scalar} writes it: quoted text, a UTC time, a number, true, false or null. */
    private Object scalar() throws NotWritten {
        char c = text.charAt(pos);
        if (c == '"') {
            return quoted();
        }
        if (take("null")) {
            return null;
        }
        if (take("true")) {
            return Boolean.TRUE;
        }
        if (take("false")) {
            return Boolean.FALSE;
        }
        int start = pos;
        if (c == '-') {
            pos++;
        }
        int digits = digits();
        if (digits == 4 && take("-")) {
            pos = start;
            return instant();
        }
        if (digits == 0 || digits > 18 || text.charAt(start + (c == '-' ? 1 : 0)) == '0' && digits > 1) {
            throw STRAY;
        }
        if (take(".")) {
            if (digits() == 0) {
                throw STRAY;
            }
            if (pos < text.length() && (text.charAt(pos) == 'E' || text.charAt(pos) == 'e')) {
                // Java writes 1.0E-4 and 1.0E7; YAML 1.1 may read such a form as text, so ask its resolver.
                pos++;
                if (!take("-")) {
                    take("+");
                }
                if (digits() == 0) {
                    throw STRAY;
                }
                String token = text.substring(start, pos);
                Tag tag = ImplicitTags.of(token);
                if (tag == Tag.STR) {
                    return token;
                }
                if (tag != Tag.FLOAT) {
                    throw STRAY;
                }
                return Double.valueOf(token);
            }
            return Double.parseDouble(text.substring(start, pos));
        }
        long n = Long.parseLong(text.substring(start, pos));
        if (n == (int) n) {
            return Integer.valueOf((int) n);
        }
        return Long.valueOf(n);
    }

    private int digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos - start;
    }

    private long whole() throws NotWritten {
        int start = pos;
        int digits = digits();
        if (digits == 0 || digits > 18 || text.charAt(start) == '0' && digits > 1) {
            throw STRAY;
        }
        return Long.parseLong(text.substring(start, pos));
    }

    private Instant instantOrNull() throws NotWritten {
        return take("null") ? null : instant();
    }

    /** A UTC time to the second, as {@code Instant.toString} writes one: 2026-11-27T09:12:03Z. */
    private Instant instant() throws NotWritten {
        int end = pos + 20;
        if (end > text.length() || text.charAt(pos + 4) != '-' || text.charAt(pos + 7) != '-'
                || text.charAt(pos + 10) != 'T' || text.charAt(pos + 13) != ':' || text.charAt(pos + 16) != ':'
                || text.charAt(pos + 19) != 'Z') {
            throw STRAY;
        }
        // Worked out from the digits: Instant.parse would set up java.time's formatters, a few
        // ms of a cold start, and so would LocalDate (its leap-year test initialises Year, whose
        // parser is built when the class is). A 30 February or an hour 24 strays, as it does
        // for Instant.parse.
        int year = digits(0, 4);
        int month = digits(5, 2);
        int day = digits(8, 2);
        int hour = digits(11, 2);
        int minute = digits(14, 2);
        int second = digits(17, 2);
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59
                || second > 59) {
            throw STRAY;
        }
        pos = end;
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second);
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (years 0 to 9999
     * here): the count of days in 400-year eras of 146,097 days, with the year taken to start
     * on 1 March so that a leap day falls at a year's end.
     */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** The number written in {@code count} digits at {@code offset} from here. */
    private int digits(int offset, int count) throws NotWritten {
        int n = 0;
        for (int i = pos + offset; i < pos + offset + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw STRAY;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A key: plain (the characters {@code ProgressYaml} leaves plain) or quoted. */
    private String key() throws NotWritten {
        if (text.charAt(pos) == '"') {
            return quoted();
        }
        int start = pos;
        while (pos < text.length() && plainKeyChar(text.charAt(pos))) {
            pos++;
        }
        String key = text.substring(start, pos);
        if (key.isEmpty() || !ProgressYaml.isPlainKey(key)) {
            throw STRAY;
        }
        return key;
    }

    private static boolean plainKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                || c == '/' || c == '-';
    }

    /** A double-quoted string with the escapes {@code ProgressYaml.quote} writes, and no others. */
    private String quoted() throws NotWritten {
        expect("\"");
        StringBuilder b = null;
        int start = pos;
        while (true) {
            char c = text.charAt(pos);
            if (c == '"') {
                String s = b == null ? text.substring(start, pos) : b.append(text, start, pos).toString();
                pos++;
                return s;
            }
            if (c == '\n' || c == '\r') {
                throw STRAY;
            }
            if (c != '\\') {
                pos += rawLength(c);
                continue;
            }
            if (b == null) {
                b = new StringBuilder();
            }
            b.append(text, start, pos);
            char e = text.charAt(pos + 1);
            switch (e) {
                case '"' -> b.append('"');
                case '\\' -> b.append('\\');
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    String hex = text.substring(pos + 2, pos + 6);
                    for (int i = 0; i < 4; i++) {
                        if (Character.digit(hex.charAt(i), 16) < 0) {
                            throw STRAY;
                        }
                    }
                    b.append((char) Integer.parseInt(hex, 16));
                    pos += 4;
                }
                default -> throw STRAY;
            }
            pos += 2;
            start = pos;
        }
    }

    /**
     * How many chars a raw character in quotes takes (2 for a surrogate pair); a character the
     * writer would have escaped (controls, line separators, a BOM, lone surrogates, anything
     * SnakeYAML does not accept as printable) is left to SnakeYAML to judge.
     */
    private int rawLength(char c) throws NotWritten {
        if (c >= 0x20 && c < 0x7f) {
            return 1;
        }
        int cp = text.codePointAt(pos);
        if (cp < 0x20 || cp == 0x7f || cp >= 0x80 && cp <= 0x9f || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF
                || cp >= 0xD800 && cp <= 0xDFFF || !org.yaml.snakeyaml.reader.StreamReader.isPrintable(cp)) {
            throw STRAY;
        }
        return Character.charCount(cp);
    }

    private void line(String expected) throws NotWritten {
        expect(expected);
        expect("\n");
    }

    private boolean take(String expected) {
        if (text.startsWith(expected, pos)) {
            pos += expected.length();
            return true;
        }
        return false;
    }

    private void expect(String expected) throws NotWritten {
        if (!take(expected)) {
            throw STRAY;
        }
    }
}
