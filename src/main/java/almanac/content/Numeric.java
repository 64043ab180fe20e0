package almanac.content;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A number to compute; right when within {@code tolerance} of {@code answer}. */
public record Numeric(String id, String prompt, double answer, Tolerance tolerance, String unit, String explain,
        String hint) implements Question {

    // An optional sign and currency sign, digits with optional thousands commas and decimals,
    // then anything without digits (a unit such as "$", "%", "dollars", "tokens/s").
    private static final Pattern REPLY = Pattern.compile(
            "^([-+]?)\\s*\\$?\\s*((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]*)?|\\.[0-9]+)\\s*([^0-9]*)$");

    public Numeric {
        Objects.requireNonNull(id);
        Objects.requireNonNull(prompt);
        tolerance = tolerance == null ? Tolerance.EXACT : tolerance;
        unit = unit == null ? "" : unit;
        explain = explain == null ? "" : explain;
    }

    @Override
    public Check check(String reply) {
        Matcher m = REPLY.matcher(reply.strip());
        if (!m.matches()) {
            return new Check.Unreadable("Answer with a number, e.g. 0.44 (a $ sign, commas and a unit are fine).");
        }
        double given = Double.parseDouble(m.group(1) + m.group(2).replace(",", ""));
        if (!Double.isFinite(given)) {
            // Over 309 digits a double is infinite: no answer is that large, and it cannot be shown.
            return new Check.Unreadable("That is not a number I can read: it has too many digits.");
        }
        String text = Numbers.format(given);
        return tolerance.allows(answer, given) ? new Check.Right(text) : new Check.Wrong(text);
    }

    @Override
    public String rightAnswer() {
        String number = Numbers.format(answer);
        String withUnit;
        if (unit.isEmpty()) {
            withUnit = number;
        } else if (unit.equals("$")) {
            withUnit = "$" + number;
        } else {
            withUnit = number + " " + unit;
        }
        return tolerance.amount() == 0 ? withUnit : withUnit + " (within " + tolerance + ")";
    }

    @Override
    public String replyFormat() {
        return "a number" + (unit.isEmpty() ? "" : " (" + unit + ")");
    }
}
