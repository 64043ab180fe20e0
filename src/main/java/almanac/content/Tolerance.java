package almanac.content;

/** How far a numeric reply may be from the answer: an absolute amount, or a percentage of the answer. */
public record Tolerance(double amount, boolean percent) {

    public static final Tolerance EXACT = new Tolerance(0, false);

    public Tolerance {
        if (amount < 0 || Double.isNaN(amount) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0");
        }
    }

    public boolean allows(double expected, double given) {
        double slack = percent ? Math.abs(expected) * amount / 100 : amount;
        // A hair of slack so that 0.1 + 0.2 style rounding never fails an exact answer.
        return Math.abs(given - expected) <= slack + 1e-9 * Math.max(1, Math.abs(expected));
    }

    @Override
    public String toString() {
        return percent ? Numbers.format(amount) + "%" : Numbers.format(amount);
    }
}
