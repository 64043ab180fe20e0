package almanac;

/**
 * How the user runs this program, for suggestions printed at any layer ("run 'almanac
 * lint'") so they can be pasted as they are: {@code almanac} once it is on PATH, else the
 * launcher as it was run ({@code bin/almanac}). The command line sets it once per run, from
 * the environment; until then it is {@code almanac}.
 */
public final class Program {
    private static volatile String name = "almanac";

    private Program() {
    }

    public static String name() {
        return name;
    }

    /** Called by the command line before it runs a command. */
    public static void runAs(String command) {
        name = command;
    }
}
