package almanac.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The keys of one YAML mapping, read with their types checked. Every problem is recorded
 * at its line and column and reading goes on, so one pass reports all of them; a getter
 * returns null where the value is missing or wrong.
 */
final class Fields {
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final String file;
    private final List<Problem> problems;
    private final Node node;
    private final Map<String, Node> values = new LinkedHashMap<>();
    /** Keys named in a "did you mean" already; not reported again as missing. */
    private final Set<String> suggested = new java.util.HashSet<>();

    private Fields(String file, List<Problem> problems, Node node) {
        this.file = file;
        this.problems = problems;
        this.node = node;
    }

    /** The keys of {@code node}, which must be a mapping with only {@code known} keys. */
    static Fields of(Node node, String what, Set<String> known, String file, List<Problem> problems) {
        Fields fields = new Fields(file, problems, node);
        if (!(node instanceof MappingNode map)) {
            fields.error(node, what + " must be a mapping of keys to values");
            return fields;
        }
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || keyNode.getTag() == Tag.NULL) {
                fields.error(keyNode, "a key must be a plain word");
                continue;
            }
            String key = scalar.getValue();
            if (!known.contains(key)) {
                String near = Nearest.to(key, known);
                if (near != null) {
                    fields.suggested.add(near);
                }
                fields.error(keyNode, "unknown key '" + key + "' in " + what
                        + (near != null ? " (did you mean '" + near + "'?)" : " (known keys: " + String.join(", ", known) + ")"));
                continue;
            }
            if (fields.values.containsKey(key)) {
                Mark first = fields.values.get(key).getStartMark();
                fields.error(keyNode, "duplicate key '" + key + "' (first given on line " + (first.getLine() + 1) + ")");
                continue;
            }
            fields.values.put(key, tuple.getValueNode());
        }
        return fields;
    }

    boolean has(String key) {
        Node value = values.get(key);
        return value != null && value.getTag() != Tag.NULL;
    }

    Node node() {
        return node;
    }

    Node get(String key) {
        return values.get(key);
    }

    void error(Node at, String message) {
        problems.add(Problem.error(file, line(at), column(at), message));
    }

    void warning(Node at, String message) {
        problems.add(Problem.warning(file, line(at), column(at), message));
    }

    /** A required key that is missing is reported at the start of its mapping. */
    private boolean present(String key, boolean required) {
        if (has(key)) {
            return true;
        }
        if (required && !suggested.contains(key)) {
            error(values.containsKey(key) ? values.get(key) : node, "missing '" + key + "'");
        }
        return false;
    }

    String text(String key, boolean required) {
        if (!present(key, required)) {
            return null;
        }
        Node value = values.get(key);
        if (!(value instanceof ScalarNode scalar)) {
            error(value, "'" + key + "' must be text");
            return null;
        }
        String s = scalar.getValue().strip();
        if (s.isEmpty() && required) {
            error(value, "'" + key + "' must not be empty");
            return null;
        }
        return s;
    }

    Integer integer(String key, boolean required) {
        if (!present(key, required)) {
            return null;
        }
        Node value = values.get(key);
        if (value.getTag() != Tag.INT) {
            error(value, "'" + key + "' must be a whole number");
            return null;
        }
        try {
            return Integer.valueOf(((ScalarNode) value).getValue().replace("_", ""));
        } catch (NumberFormatException e) {
            error(value, "'" + key + "' must be a whole number");
            return null;
        }
    }

    Double number(String key, boolean required) {
        if (!present(key, required)) {
            return null;
        }
        Node value = values.get(key);
        if (value.getTag() != Tag.INT && value.getTag() != Tag.FLOAT) {
            error(value, "'" + key + "' must be a number");
            return null;
        }
        try {
            double d = Double.parseDouble(((ScalarNode) value).getValue().replace("_", ""));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                error(value, "'" + key + "' must be a finite number");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            error(value, "'" + key + "' must be a number");
            return null;
        }
    }

    LocalDate date(String key, boolean required) {
        if (!present(key, required)) {
            return null;
        }
        Node value = values.get(key);
        String s = value instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
        if (DATE.matcher(s).matches()) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(value, "'" + key + "' must be a date like 2026-11-27");
        return null;
    }

    /** A list of non-empty texts; null (reported) if it is not one. */
    List<String> texts(String key, boolean required) {
        List<Node> items = list(key, required);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode scalar && item.getTag() != Tag.NULL && !scalar.getValue().isBlank()) {
                out.add(scalar.getValue().strip());
            } else {
                error(item, "each item of '" + key + "' must be non-empty text");
            }
        }
        return out;
    }

    /** The items of a list; null (reported) if the value is not a list. */
    List<Node> list(String key, boolean required) {
        if (!present(key, required)) {
            return null;
        }
        Node value = values.get(key);
        if (!(value instanceof SequenceNode seq)) {
            error(value, "'" + key + "' must be a list");
            return null;
        }
        return seq.getValue();
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }
}
