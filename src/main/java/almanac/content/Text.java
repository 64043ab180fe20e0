package almanac.content;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A short free answer; right when it matches one of {@code accept}, ignoring case and spacing. */
public record Text(String id, String prompt, List<String> accept, String explain, String hint) implements Question {

    public Text {
        Objects.requireNonNull(id);
        Objects.requireNonNull(prompt);
        accept = List.copyOf(accept);
        explain = explain == null ? "" : explain;
    }

    @Override
    public Check check(String reply) {
        String given = normalize(reply);
        if (given.isEmpty()) {
            return new Check.Unreadable("Type your answer (or 'skip').");
        }
        boolean right = accept.stream().map(Text::normalize).anyMatch(given::equals);
        return right ? new Check.Right(given) : new Check.Wrong(given);
    }

    @Override
    public String rightAnswer() {
        return accept.get(0);
    }

    @Override
    public String replyFormat() {
        return "a word or short phrase";
    }

    /** Lower case, single spaces, no surrounding quotes or final full stop. */
    static String normalize(String s) {
        String t = withoutFullStop(s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return withoutFullStop(t);
    }

    /** Drops trailing full stops; called before and after the quotes come off, for "steeping". as for "steeping." */
    private static String withoutFullStop(String t) {
        while (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
