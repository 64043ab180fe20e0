package almanac.content;

import java.math.BigDecimal;

/** Formats numbers the way a person writes them: 0.44, 12, 1250.5 (no exponent, no trailing zeros). */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
}
