package almanac.content;

import java.util.ArrayList;
import java.util.List;

/** Reads option numbers typed by a reader: "2", "1,3", "1 3", "1, 3". */
final class OptionNumbers {
    private OptionNumbers() {
    }

    /** The numbers in {@code reply}, or null if it holds anything else or a number out of 1..count. */
    static List<Integer> parse(String reply, int count) {
        String trimmed = reply.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : trimmed.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("[0-9]{1,3}")) {
                return null;
            }
            int n = Integer.parseInt(part);
            if (n < 1 || n > count) {
                return null;
            }
            numbers.add(n);
        }
        return numbers;
    }
}
