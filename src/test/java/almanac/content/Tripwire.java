package almanac.content;

/** A class a hostile YAML tag can name; it records whether anyone ever built one. */
public final class Tripwire {
    static volatile boolean built;

    public Tripwire() {
        built = true;
    }

    public Tripwire(String anything) {
        built = true;
    }
}
