package almanac.content;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Several right options; the reply must name exactly those. {@code answers} are 1-based. */
public record Choices(String id, String prompt, List<String> options, SortedSet<Integer> answers, String explain,
        String hint) implements Question {

    public Choices {
        Objects.requireNonNull(id);
        Objects.requireNonNull(prompt);
        options = List.copyOf(options);
        answers = new TreeSet<>(answers);
        explain = explain == null ? "" : explain;
    }

    @Override
    public Check check(String reply) {
        List<Integer> picked = OptionNumbers.parse(reply, options.size());
        if (picked == null || picked.isEmpty()) {
            return new Check.Unreadable(
                    "Answer with the numbers of every right option (1 to " + options.size() + "), e.g. 1,3.");
        }
        SortedSet<Integer> given = new TreeSet<>(picked);
        String text = join(given);
        return given.equals(answers) ? new Check.Right(text) : new Check.Wrong(text);
    }

    @Override
    public String rightAnswer() {
        return answers.stream().map(i -> i + ". " + options.get(i - 1)).collect(Collectors.joining("; "));
    }

    @Override
    public String replyFormat() {
        return "the numbers of all right options, e.g. 1,3";
    }

    private static String join(SortedSet<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
