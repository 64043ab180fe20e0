package almanac.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;

class TerminalDescriptionTest {
    /** Every description JLine carries (its .caps files). */
    private static final List<String> CARRIED = List.of("ansi", "dumb", "dumb-color", "rxvt", "rxvt-basic",
            "rxvt-unicode", "rxvt-unicode-256color", "screen", "screen-256color", "xterm", "xterm-256color",
            "windows", "windows-256color", "windows-conemu", "windows-vtp");

    private record Tables(Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
        static Tables empty() {
            return new Tables(EnumSet.noneOf(Capability.class), new EnumMap<>(Capability.class),
                    new EnumMap<>(Capability.class));
        }
    }

    @Test
    void everyDescriptionJLineCarries_givesTheTablesJLinesOwnParseGives() {
        for (String type : CARRIED) {
            String description = InfoCmp.getDefaultInfoCmp(type);
            Tables jlines = Tables.empty();
            InfoCmp.parseInfoCmp(description, jlines.bools, jlines.ints, jlines.strings);
            Tables ours = Tables.empty();
            TerminalDescription.parse(description, ours.bools, ours.ints, ours.strings);

            assertEquals(jlines, ours, type);
        }
    }

    @Test
    void theCapabilitiesAPromptAndTheScreenUse_areRead() {
        Tables xterm = Tables.empty();
        TerminalDescription.parse(InfoCmp.getDefaultInfoCmp("xterm-256color"), xterm.bools, xterm.ints, xterm.strings);

        assertEquals(256, xterm.ints.get(Capability.max_colors));
        assertEquals("\\E[?1049h", xterm.strings.get(Capability.enter_ca_mode));
        assertEquals("^H", xterm.strings.get(Capability.key_backspace));
        assertTrue(xterm.bools.contains(Capability.auto_right_margin));
    }

    @Test
    void everyNameInJLinesTable_namesTheSameCapability_andTheRestAreLongNames() {
        Map<String, Capability> jlines = InfoCmp.getCapabilitiesByName();
        Map<String, Capability> ours = TerminalDescription.names();

        jlines.forEach((name, capability) -> assertEquals(capability, ours.get(name), name));
        ours.forEach((name, capability) -> assertTrue(jlines.containsKey(name) || capability.name().equals(name), name));
    }

    @Test
    void numbersInHexAndOctal_andUnknownNames() {
        Tables t = Tables.empty();
        TerminalDescription.parse("# comment\nmy-term|header,\n\tcols#0x50, lines#030, it#8, am, nonsense, "
                + "nonsense=1, bel=^G,\n", t.bools, t.ints, t.strings);

        assertEquals(Map.of(Capability.columns, 80, Capability.lines, 24, Capability.init_tabs, 8), t.ints);
        assertEquals(Set.of(Capability.auto_right_margin), t.bools);
        assertEquals(Map.of(Capability.bell, "^G"), t.strings);
    }
}
