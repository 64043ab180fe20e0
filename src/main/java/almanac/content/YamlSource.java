package almanac.content;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns the bytes of a YAML file from anyone into a node tree, or into problems. Path files
 * are shared between people, so nothing here trusts them: size, encoding, nesting, aliases
 * and tags are all limited before any value is read, and no Java object is ever built
 * from a tag.
 */
public final class YamlSource {
    public static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_NESTING = 16;
    private static final Set<Tag> PLAIN_TAGS = Set.of(
            Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ, Tag.TIMESTAMP);

    private YamlSource() {
    }

    /** The root node, or null with the reasons added to {@code problems}. */
    public static Node parse(byte[] bytes, String file, List<Problem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.error(file, 0, 0,
                    "file is too large (" + (bytes.length + 1023) / 1024 + " KiB; the limit is " + MAX_BYTES / 1024 + " KiB)"));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = e instanceof MalformedInputException ? firstBadByte(bytes) : 0;
            int[] at = lineAndColumn(bytes, offset);
            problems.add(Problem.error(file, at[0], at[1], "not valid UTF-8 text (byte " + offset + ")"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(Problem.error(file, 0, 0, "the file is empty"));
            return null;
        }
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = e.getProblem() != null ? e.getProblem() : e.getContext();
            if (e.getProblem() != null && e.getContext() != null && e.getProblem().startsWith("but ")) {
                // "but found another document" only makes sense after its context
                message = e.getContext() + " " + e.getProblem();
            }
            problems.add(mark == null
                    ? Problem.error(file, 0, 0, "not valid YAML: " + message)
                    : Problem.error(file, mark.getLine() + 1, mark.getColumn() + 1, "not valid YAML: " + message));
            return null;
        } catch (ReaderException e) {
            int[] at = lineAndColumn(text, e.getPosition());
            problems.add(Problem.error(file, at[0], at[1],
                    String.format("not valid YAML: the character U+%04X is not allowed", e.getCodePoint())));
            return null;
        } catch (YAMLException e) {
            problems.add(Problem.error(file, 0, 0, "not valid YAML: " + firstLine(e.getMessage())));
            return null;
        } catch (StackOverflowError e) {
            problems.add(Problem.error(file, 0, 0, "not valid YAML: nested too deeply"));
            return null;
        }
        if (root == null) {
            problems.add(Problem.error(file, 0, 0, "the file is empty"));
            return null;
        }
        return refuseTrickery(root, file, problems) ? root : null;
    }

    private static LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setAllowRecursiveKeys(false);
        o.setMaxAliasesForCollections(10);
        o.setNestingDepthLimit(MAX_NESTING);
        o.setCodePointLimit(MAX_BYTES);
        return o;
    }

    /**
     * Anchors, aliases and tags have no use in a path file and are how YAML is abused
     * (alias bombs, class instantiation), so any of them is an error at its place.
     */
    private static boolean refuseTrickery(Node root, String file, List<Problem> problems) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            Mark at = node.getStartMark();
            if (seen.put(node, Boolean.TRUE) != null || node.getAnchor() != null) {
                problems.add(Problem.error(file, at.getLine() + 1, at.getColumn() + 1,
                        "YAML anchors and aliases are not allowed in a path file"));
                return false;
            }
            if (!PLAIN_TAGS.contains(node.getTag())) {
                problems.add(Problem.error(file, at.getLine() + 1, at.getColumn() + 1,
                        "YAML tags are not allowed in a path file (found " + node.getTag().getValue() + ")"));
                return false;
            }
            if (node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    todo.push(t.getValueNode());
                    todo.push(t.getKeyNode());
                }
            } else if (node instanceof SequenceNode seq) {
                seq.getValue().forEach(todo::push);
            }
        }
        return true;
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }

    private static int[] lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /** The 1-based line and column of the code point at {@code index} of {@code text}. */
    private static int[] lineAndColumn(String text, int index) {
        int line = 1;
        int column = 1;
        int i = 0;
        for (int n = 0; n < index && i < text.length(); n++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
