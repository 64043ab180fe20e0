package almanac.cli;

/**
 * Whether to use colour. An explicit {@code --color} wins; with {@code auto} the environment
 * decides, in the order the no-color.org and bixense.com/clicolors conventions give:
 * {@code NO_COLOR} (set and non-empty) turns colour off, else {@code CLICOLOR_FORCE} (not
 * {@code 0}) turns it on, else {@code CLICOLOR=0} turns it off, else colour on a terminal.
 */
final class Colour {
    /** The values of {@code --color}. */
    enum When { auto, always, never }

    private Colour() {
    }

    static boolean wanted(When when, Env env) {
        if (when == When.always) {
            return true;
        }
        if (when == When.never) {
            return false;
        }
        if (env.var("NO_COLOR") != null) {
            return false;
        }
        String force = env.var("CLICOLOR_FORCE");
        if (force != null && !force.equals("0")) {
            return true;
        }
        if ("0".equals(env.var("CLICOLOR"))) {
            return false;
        }
        return env.interactive();
    }
}
