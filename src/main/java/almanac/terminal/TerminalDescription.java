package almanac.terminal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * Reads a terminal description in infocmp's text form (the {@code .caps} files JLine
 * carries) into JLine's capability tables, as {@code InfoCmp.parseInfoCmp} does. JLine
 * builds its table of short names from {@code capabilities.txt} on every parse, decoding
 * it a character at a time (about 20 ms of a cold start); here the file is read whole,
 * once. {@code TerminalDescriptionTest} checks both give the same tables for every
 * description JLine carries.
 */
final class TerminalDescription {
    private static Map<String, Capability> names;

    private TerminalDescription() {
    }

    /**
     * Fills {@code bools}, {@code ints} and {@code strings} from {@code description}: its
     * first line is a comment, then comma-separated entries, {@code name} for a flag,
     * {@code name#number} (decimal, 0x hex or 0 octal) or {@code name=value}. Names JLine
     * does not know (the terminal's own header among them) are passed over.
     */
    static void parse(String description, Set<Capability> bools, Map<Capability, Integer> ints,
            Map<Capability, String> strings) {
        Map<String, Capability> byName = names();
        int lineEnd = description.indexOf('\n');
        while (lineEnd >= 0 && lineEnd < description.length()) {
            int start = lineEnd + 1;
            int end = description.indexOf('\n', start);
            lineEnd = end < 0 ? description.length() : end;
            int at = start;
            while (at < lineEnd) {
                int comma = description.indexOf(',', at);
                if (comma < 0 || comma > lineEnd) {
                    break;  // an entry must end with a comma
                }
                int from = at;
                while (from < comma && Character.isWhitespace(description.charAt(from))) {
                    from++;
                }
                if (from < comma) {
                    entry(description.substring(from, comma), byName, bools, ints, strings);
                }
                at = comma + 1;
            }
        }
    }

    private static void entry(String entry, Map<String, Capability> byName, Set<Capability> bools,
            Map<Capability, Integer> ints, Map<Capability, String> strings) {
        int hash = entry.indexOf('#');
        int equals = entry.indexOf('=');
        if (hash >= 0) {
            Capability c = byName.get(entry.substring(0, hash));
            if (c != null) {
                ints.put(c, number(entry.substring(hash + 1)));
            }
        } else if (equals >= 0) {
            Capability c = byName.get(entry.substring(0, equals));
            if (c != null) {
                strings.put(c, entry.substring(equals + 1));
            }
        } else {
            Capability c = byName.get(entry);
            if (c != null) {
                bools.add(c);
            }
        }
    }

    private static int number(String value) {
        if (value.equals("0")) {
            return 0;
        }
        if (value.startsWith("0x")) {
            return Integer.parseInt(value.substring(2), 16);
        }
        if (value.startsWith("0")) {
            return Integer.parseInt(value.substring(1), 8);
        }
        return Integer.parseInt(value);
    }

    /**
     * Each capability by its long name and by its short (terminfo) name, from JLine's own
     * list: lines of {@code long_name, short, termcap}, and # comments.
     */
    static synchronized Map<String, Capability> names() {
        if (names == null) {
            String text;
            try (InputStream in = InfoCmp.class.getResourceAsStream("capabilities.txt")) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("JLine's capabilities.txt is missing"));
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // By the constants themselves: Capability.valueOf would first list them by reflection.
            Map<String, Capability> map = new HashMap<>();
            for (Capability capability : Capability.values()) {
                map.put(capability.name(), capability);
            }
            for (int start = 0, end; start < text.length(); start = end + 1) {
                end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                String line = text.substring(start, end).trim();
                int comma = line.indexOf(", ");
                if (line.isEmpty() || line.startsWith("#") || comma < 0) {
                    continue;
                }
                int next = line.indexOf(", ", comma + 2);
                Capability capability = map.get(line.substring(0, comma));
                if (capability != null) {
                    map.put(line.substring(comma + 2, next < 0 ? line.length() : next), capability);
                }
            }
            names = map;
        }
        return names;
    }
}
