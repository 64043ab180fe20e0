package almanac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --color and the environment: NO_COLOR over CLICOLOR_FORCE over CLICOLOR (no-color.org, bixense.com/clicolors). */
class ColourTest {

    private static Env env(String noColor, String force, String cliColor, boolean terminal) {
        Map<String, String> vars = new HashMap<>();
        put(vars, "NO_COLOR", noColor);
        put(vars, "CLICOLOR_FORCE", force);
        put(vars, "CLICOLOR", cliColor);
        return new Env(vars, Path.of("."), null, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Clock.systemUTC(),
                ZoneOffset.UTC, terminal, Path.of("."));
    }

    private static void put(Map<String, String> vars, String name, String value) {
        if (value != null) {
            vars.put(name, value.equals("<empty>") ? "" : value);
        }
    }

    @ParameterizedTest(name = "--color={0}, NO_COLOR={1}, CLICOLOR_FORCE={2}, CLICOLOR={3}, terminal={4}: colour {5}")
    @CsvSource(nullValues = "-", value = {
        "auto,   -,       -, -, true,  true",
        "auto,   -,       -, -, false, false",
        "-,      1,       -, -, true,  false",
        "auto,   <empty>, -, -, true,  true",
        "auto,   1,       1, -, true,  false",
        "auto,   -,       1, -, false, true",
        "auto,   -,       0, -, false, false",
        "auto,   -,       -, 0, true,  false",
        "auto,   -,       1, 0, true,  true",
        "always, 1,       -, 0, false, true",
        "never,  -,       1, -, true,  false",
    })
    void colourFollowsTheFlagThenTheConventions(Colour.When when, String noColor, String force, String cliColor,
            boolean terminal, boolean expected) {
        boolean actual = Colour.wanted(when, env(noColor, force, cliColor, terminal));

        assertEquals(expected, actual);
    }
}
