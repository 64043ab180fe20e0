package almanac.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;

class SessionTerminalTest {

    private record Parsed(Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
        static Parsed of(String description) {
            Parsed p = new Parsed(EnumSet.noneOf(Capability.class), new EnumMap<>(Capability.class),
                    new EnumMap<>(Capability.class));
            InfoCmp.parseInfoCmp(description, p.bools, p.ints, p.strings);
            return p;
        }
    }

    @Test
    void theDescriptionReadWhole_isTheOneJLineWouldRead_forEveryTermItCarries() {
        for (String term : List.of("xterm", "xterm-256color", "screen", "screen-256color", "rxvt-unicode-256color",
                "ansi", "dumb")) {
            Parsed ours = Parsed.of(SessionTerminal.description(term));
            Parsed jlines = Parsed.of(InfoCmp.getDefaultInfoCmp(term));

            assertEquals(jlines, ours, term);
            assertFalse(ours.strings().isEmpty() && !term.startsWith("dumb"), term + " has string capabilities");
        }
    }

    @Test
    void everyTerm_getsADescriptionJLineCarries() {
        assertEquals("screen-256color", SessionTerminal.capabilities("tmux-256color"));
        assertEquals("xterm-256color", SessionTerminal.capabilities("xterm-ghostty"));
        assertEquals("xterm", SessionTerminal.capabilities(null));
    }
}
