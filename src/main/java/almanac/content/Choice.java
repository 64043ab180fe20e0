package almanac.content;

import java.util.List;
import java.util.Objects;

/** One right option among several. {@code answer} is 1-based. */
public record Choice(String id, String prompt, List<String> options, int answer, String explain, String hint)
        implements Question {

    public Choice {
        Objects.requireNonNull(id);
        Objects.requireNonNull(prompt);
        options = List.copyOf(options);
        explain = explain == null ? "" : explain;
    }

    @Override
    public Check check(String reply) {
        List<Integer> picked = OptionNumbers.parse(reply, options.size());
        if (picked == null) {
            picked = byText(reply);
        }
        if (picked == null || picked.size() != 1) {
            return new Check.Unreadable("Answer with one number from 1 to " + options.size() + ".");
        }
        int given = picked.get(0);
        String text = Integer.toString(given);
        return given == answer ? new Check.Right(text) : new Check.Wrong(text);
    }

    /** An option typed out in full (ignoring case and spacing) stands for its number. */
    private List<Integer> byText(String reply) {
        String typed = Text.normalize(reply);
        Integer found = null;
        for (int i = 0; i < options.size(); i++) {
            if (Text.normalize(options.get(i)).equals(typed)) {
                if (found != null) {
                    return null;
                }
                found = i + 1;
            }
        }
        return found == null ? null : List.of(found);
    }

    @Override
    public String rightAnswer() {
        return answer + ". " + options.get(answer - 1);
    }

    @Override
    public String replyFormat() {
        return "a number from 1 to " + options.size();
    }
}
