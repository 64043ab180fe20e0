package almanac.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a path file (DESIGN §2) into a {@link LearningPath}, checking every rule and
 * reporting all problems at once, each at its line and column.
 */
public final class PathLoader {
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*%");
    static final int LONG_STEP_WORDS = 1500;

    private static final Set<String> PATH_KEYS = ordered(
            "schema", "id", "title", "summary", "audience", "level", "as_of", "steps", "glossary");
    private static final Set<String> STEP_KEYS = ordered(
            "id", "title", "minutes", "why", "body", "key_points", "sources", "quiz");
    private static final Set<String> SOURCE_KEYS = ordered("title", "url", "date");
    private static final Set<String> GLOSSARY_KEYS = ordered("term", "means");
    private static final Set<String> KINDS = ordered("choice", "choices", "number", "text");
    private static final Set<String> QUESTION_KEYS = ordered(
            "id", "choice", "choices", "number", "text", "options", "answer", "answers", "tolerance", "unit",
            "accept", "explain", "hint");

    private PathLoader() {
    }

    /** Loads a file; {@code shownAs} is how messages name it. */
    public static LoadResult load(Path file, String shownAs) {
        return load(file, shownAs, ParsedPathCache.NONE);
    }

    /** The same, reading the parse from {@code cache} when it has this file's. */
    public static LoadResult load(Path file, String shownAs, ParsedPathCache cache) {
        byte[] bytes;
        try {
            var attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                // A FIFO would block the read for ever, and /dev/zero never ends.
                return new LoadResult(null, List.of(Problem.error(shownAs, 0, 0, "not a regular file ("
                        + (attributes.isDirectory() ? "a folder" : "a pipe, device or socket") + "); a path file must be a plain file")));
            }
            long size = attributes.size();
            if (size <= YamlSource.MAX_BYTES) {
                try (var in = Files.newInputStream(file)) {
                    // Never more than the limit, even if the file grows meanwhile.
                    bytes = in.readNBytes(YamlSource.MAX_BYTES + 1);
                }
                size = bytes.length;
            } else {
                bytes = null;
            }
            if (size > YamlSource.MAX_BYTES) {
                return new LoadResult(null, List.of(Problem.error(shownAs, 0, 0,
                        "file is too large (" + (size + 1023) / 1024 + " KiB; the limit is " + YamlSource.MAX_BYTES / 1024 + " KiB)")));
            }
        } catch (NoSuchFileException e) {
            return new LoadResult(null, List.of(Problem.error(shownAs, 0, 0, "no such file")));
        } catch (IOException e) {
            return new LoadResult(null, List.of(Problem.error(shownAs, 0, 0, "cannot read: " + e.getMessage())));
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String expectedId = name.endsWith(".yaml") ? name.substring(0, name.length() - 5)
                : name.endsWith(".yml") ? name.substring(0, name.length() - 4) : null;
        return cache.parse(bytes, shownAs, expectedId);
    }

    /**
     * Parses the bytes of a path file.
     *
     * @param expectedId the id the file name implies, or null when there is no file name
     */
    public static LoadResult parse(byte[] bytes, String file, String expectedId) {
        List<Problem> problems = new ArrayList<>();
        Node root = YamlSource.parse(bytes, file, problems);
        if (root == null) {
            return new LoadResult(null, problems);
        }
        LearningPath path = new PathReader(file, problems).path(root, expectedId);
        boolean failed = problems.stream().anyMatch(Problem::isError);
        problems.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new LoadResult(failed ? null : path, problems);
    }

    private static Set<String> ordered(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    /** One pass over one file's node tree. */
    private static final class PathReader {
        private final String file;
        private final List<Problem> problems;

        PathReader(String file, List<Problem> problems) {
            this.file = file;
            this.problems = problems;
        }

        LearningPath path(Node root, String expectedId) {
            Fields f = Fields.of(root, "the path", PATH_KEYS, file, problems);
            if (!(root instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
                return null;
            }
            Integer schema = f.integer("schema", true);
            if (schema != null && schema != 1) {
                f.error(f.get("schema"), "unsupported schema " + schema + " (this Almanac reads schema 1)");
            }
            String id = id(f, "path");
            if (id != null && expectedId != null && !id.equals(expectedId)) {
                f.error(f.get("id"), "id '" + id + "' does not match the file name (expected '" + expectedId + "')");
            }
            String title = f.text("title", true);
            String summary = f.text("summary", false);
            String audience = f.text("audience", false);
            Level level = level(f);
            LocalDate asOf = f.date("as_of", false);
            List<Step> steps = new ArrayList<>();
            List<Node> stepNodes = f.list("steps", true);
            if (stepNodes != null && stepNodes.isEmpty()) {
                f.error(f.get("steps"), "a path needs at least one step");
            }
            Set<String> stepIds = new HashSet<>();
            for (Node node : stepNodes == null ? List.<Node>of() : stepNodes) {
                Step step = step(node, stepIds);
                if (step != null) {
                    steps.add(step);
                }
            }
            List<GlossaryEntry> glossary = glossary(f);
            if (id == null || title == null) {
                return null;
            }
            return new LearningPath(id, title, summary, audience, level, asOf, steps, glossary, file);
        }

        private String id(Fields f, String what) {
            String id = f.text("id", true);
            if (id != null && !ID.matcher(id).matches()) {
                f.error(f.get("id"), what + " id '" + id
                        + "' must be 1-64 lower-case letters, digits and dashes, starting with a letter or digit");
                return null;
            }
            return id;
        }

        private Level level(Fields f) {
            String level = f.text("level", false);
            if (level == null) {
                return Level.MIXED;
            }
            try {
                return Level.valueOf(level.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.error(f.get("level"), "level must be one of beginner, intermediate, advanced, mixed");
                return Level.MIXED;
            }
        }

        private Step step(Node node, Set<String> stepIds) {
            Fields f = Fields.of(node, "a step", STEP_KEYS, file, problems);
            if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
                return null;
            }
            String id = id(f, "step");
            if (id != null && !stepIds.add(id)) {
                f.error(f.get("id"), "step id '" + id + "' is used twice");
            }
            String title = f.text("title", true);
            Integer minutes = f.integer("minutes", true);
            if (minutes != null && (minutes < 1 || minutes > 120)) {
                f.error(f.get("minutes"), "minutes must be from 1 to 120");
                minutes = null;
            }
            String why = f.text("why", false);
            String body = f.text("body", true);
            List<String> keyPoints = f.texts("key_points", false);
            List<Source> sources = sources(f);
            List<Question> quiz = quiz(f);
            if (body != null) {
                bodyWarnings(f, body);
            }
            if (id == null || title == null || minutes == null || body == null) {
                return null;
            }
            Step step = new Step(id, title, minutes, why, body, keyPoints == null ? List.of() : keyPoints, sources, quiz);
            ReadingTime estimate = ReadingTime.of(step);
            if (!estimate.fits(minutes)) {
                f.warning(f.get("minutes"), "minutes: " + minutes + " is more than 25% off the estimate of "
                        + estimate.describe() + "; write " + estimate.rounded());
            }
            return step;
        }

        private void bodyWarnings(Fields f, String body) {
            int words = ReadingTime.words(body);
            if (words > LONG_STEP_WORDS) {
                f.warning(f.get("body"), "the body has " + words + " words; steps read best under " + LONG_STEP_WORDS);
            }
        }

        private List<Source> sources(Fields step) {
            List<Source> out = new ArrayList<>();
            List<Node> nodes = step.list("sources", false);
            for (Node node : nodes == null ? List.<Node>of() : nodes) {
                Fields f = Fields.of(node, "a source", SOURCE_KEYS, file, problems);
                if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
                    continue;
                }
                String title = f.text("title", true);
                String url = f.text("url", true);
                if (url != null && !URL.matcher(url).matches()) {
                    f.error(f.get("url"), "url must start with http:// or https:// (got '" + url + "')");
                    url = null;
                }
                LocalDate date = f.date("date", false);
                if (!f.has("date") && f.get("date") == null) {
                    f.warning(node, "this source has no date; readers need to know how old a fact is");
                }
                if (title != null && url != null) {
                    out.add(new Source(title, url, date));
                }
            }
            return out;
        }

        private List<GlossaryEntry> glossary(Fields path) {
            List<GlossaryEntry> out = new ArrayList<>();
            List<Node> nodes = path.list("glossary", false);
            Set<String> terms = new HashSet<>();
            for (Node node : nodes == null ? List.<Node>of() : nodes) {
                Fields f = Fields.of(node, "a glossary entry", GLOSSARY_KEYS, file, problems);
                if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
                    continue;
                }
                String term = f.text("term", true);
                String means = f.text("means", true);
                if (term != null && !terms.add(term.toLowerCase(Locale.ROOT))) {
                    f.error(f.get("term"), "glossary term '" + term + "' is defined twice");
                }
                if (term != null && means != null) {
                    out.add(new GlossaryEntry(term, means));
                }
            }
            return out;
        }

        private List<Question> quiz(Fields step) {
            List<Question> out = new ArrayList<>();
            List<Node> nodes = step.list("quiz", false);
            Set<String> ids = new HashSet<>();
            for (Node node : nodes == null ? List.<Node>of() : nodes) {
                Question q = question(node, ids);
                if (q != null) {
                    out.add(q);
                }
            }
            return out;
        }

        private Question question(Node node, Set<String> ids) {
            Fields f = Fields.of(node, "a question", QUESTION_KEYS, file, problems);
            if (!(node instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
                return null;
            }
            String id = id(f, "question");
            if (id != null && !ids.add(id)) {
                f.error(f.get("id"), "question id '" + id + "' is used twice in this step");
            }
            List<String> kinds = KINDS.stream().filter(k -> f.get(k) != null).toList();
            if (kinds.size() != 1) {
                f.error(kinds.size() > 1 ? f.get(kinds.get(1)) : node, kinds.isEmpty()
                        ? "a question needs one of 'choice', 'choices', 'number' or 'text' (the question's kind and text)"
                        : "a question has one kind, but this one has both '" + kinds.get(0) + "' and '" + kinds.get(1) + "'");
                return null;
            }
            String kind = kinds.get(0);
            String prompt = f.text(kind, true);
            String explain = f.text("explain", false);
            if (explain == null && f.get("explain") == null) {
                f.warning(node, (id == null ? "this question" : "question '" + id + "'")
                        + " has no 'explain'; readers learn most from the explanation");
            }
            String hint = f.text("hint", false);
            refuseOtherKindsKeys(f, kind);
            // The kind's own rules are checked even when the id or the prompt is bad, so build with stand-ins.
            String qid = id == null ? "" : id;
            String text = prompt == null ? "" : prompt;
            Question q = switch (kind) {
                case "choice" -> choice(f, qid, text, explain, hint);
                case "choices" -> choices(f, qid, text, explain, hint);
                case "number" -> numeric(f, qid, text, explain, hint);
                default -> text(f, qid, text, explain, hint);
            };
            return id == null || prompt == null ? null : q;
        }

        private void refuseOtherKindsKeys(Fields f, String kind) {
            Set<String> own = switch (kind) {
                case "choice" -> Set.of("options", "answer");
                case "choices" -> Set.of("options", "answers");
                case "number" -> Set.of("answer", "tolerance", "unit");
                default -> Set.of("accept");
            };
            for (String key : List.of("options", "answer", "answers", "tolerance", "unit", "accept")) {
                if (f.get(key) != null && !own.contains(key)) {
                    f.error(f.get(key), "'" + key + "' does not belong in a " + kind + " question");
                }
            }
        }

        private List<String> options(Fields f) {
            List<String> options = f.texts("options", true);
            if (options != null && (options.size() < 2 || options.size() > 8)) {
                f.error(f.get("options"), "a question needs 2 to 8 options (this one has " + options.size() + ")");
                return null;
            }
            return options;
        }

        private Question choice(Fields f, String id, String prompt, String explain, String hint) {
            List<String> options = options(f);
            Integer answer = f.integer("answer", true);
            if (answer != null && options != null && (answer < 1 || answer > options.size())) {
                f.error(f.get("answer"), "answer " + answer + " is not an option (1 to " + options.size() + ")");
                return null;
            }
            if (options == null || answer == null) {
                return null;
            }
            return new Choice(id, prompt, options, answer, explain, hint);
        }

        private Question choices(Fields f, String id, String prompt, String explain, String hint) {
            List<String> options = options(f);
            List<Node> answerNodes = f.list("answers", true);
            if (answerNodes == null || options == null) {
                return null;
            }
            TreeSet<Integer> answers = new TreeSet<>();
            boolean ok = true;
            for (Node n : answerNodes) {
                String v = n instanceof ScalarNode s ? s.getValue() : "";
                if (!v.matches("[0-9]{1,3}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > options.size()) {
                    f.error(n, "each answer must be an option number from 1 to " + options.size());
                    ok = false;
                } else if (!answers.add(Integer.parseInt(v))) {
                    f.error(n, "answer " + v + " is listed twice");
                    ok = false;
                }
            }
            if (ok && answers.isEmpty()) {
                f.error(f.get("answers"), "'answers' must list at least one option number");
                ok = false;
            }
            return ok ? new Choices(id, prompt, options, answers, explain, hint) : null;
        }

        private Question numeric(Fields f, String id, String prompt, String explain, String hint) {
            Double answer = f.number("answer", true);
            Tolerance tolerance = tolerance(f);
            String unit = f.text("unit", false);
            if (answer == null || tolerance == null) {
                return null;
            }
            return new Numeric(id, prompt, answer, tolerance, unit, explain, hint);
        }

        private Tolerance tolerance(Fields f) {
            Node node = f.get("tolerance");
            if (node == null) {
                return Tolerance.EXACT;
            }
            String raw = node instanceof ScalarNode s ? s.getValue().strip() : "";
            var percent = PERCENT.matcher(raw);
            if (percent.matches()) {
                return new Tolerance(Double.parseDouble(percent.group(1)), true);
            }
            Double amount = f.number("tolerance", true);
            if (amount == null) {
                return null;
            }
            if (amount < 0) {
                f.error(node, "tolerance must not be negative");
                return null;
            }
            return new Tolerance(amount, false);
        }

        private Question text(Fields f, String id, String prompt, String explain, String hint) {
            List<String> accept = f.texts("accept", true);
            if (accept != null && accept.isEmpty()) {
                f.error(f.get("accept"), "'accept' must list at least one answer");
                return null;
            }
            return accept == null ? null : new Text(id, prompt, accept, explain, hint);
        }
    }
}
