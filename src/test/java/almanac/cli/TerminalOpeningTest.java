package almanac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The terminal opened on a thread of its own, and given back when the run has no use for it. */
class TerminalOpeningTest {
    private static Env env(java.util.function.Supplier<Boolean> terminal) {
        return new Env(Map.of("TERM", "xterm-256color"), Path.of("."), null, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Clock.systemUTC(),
                () -> ZoneOffset.UTC, terminal, Path.of("."), null);
    }

    @Test
    void anOpeningThatFailed_isGivenBackQuietly_butASessionThatNeedsItHearsWhy() {
        Env failing = env(() -> {
            throw new IllegalStateException("no console to ask");
        });

        TerminalOpening.begin(failing, false).close();  // a run that had no use for it: nothing thrown
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TerminalOpening.begin(failing, false).join(false));
        assertEquals("no console to ask", e.getMessage());
    }

    @Test
    void withoutATerminal_thereIsNoneToOpen_andNothingToGiveBack() {
        Env piped = env(() -> false);

        assertNull(TerminalOpening.begin(piped, false).join(false));
        TerminalOpening.begin(piped, false).close();
    }

    @Test
    void aGuessTheModelDisproves_isGivenBack_oneItConfirms_isKept() {
        Env piped = env(() -> false);
        picocli.CommandLine.Model.CommandSpec root = CommandModel.command(new Object(), "almanac", "", java.util.List.of(),
                CommandModel.option("--home", "DIR", Path.class, v -> { }, "").build(),
                CommandModel.flag("--plain", v -> { }, "").build());

        String[] homeCalledLearn = {"--home", "learn", "list"};
        String[] session = {"--plain", "learn", "tea"};
        TerminalOpening disproved = TerminalOpening.beginForSession(piped, homeCalledLearn);
        TerminalOpening confirmed = TerminalOpening.beginForSession(piped, session);

        assertNull(TerminalOpening.keepFor(disproved, root, homeCalledLearn));
        assertSame(confirmed, TerminalOpening.keepFor(confirmed, root, session));
        assertNull(TerminalOpening.keepFor(null, root, new String[] {"list"}));
    }

    @Test
    void onlyArgumentsNamingLearn_beginTheOpeningEarly() {
        Env piped = env(() -> false);

        assertNull(TerminalOpening.beginForSession(piped, new String[] {"list"}));
        assertNull(TerminalOpening.beginForSession(piped, new String[] {"--home", "learning", "list"}));
        assertNull(TerminalOpening.beginForSession(piped, new String[] {"learn", "tea"}).join(false));
    }
}
