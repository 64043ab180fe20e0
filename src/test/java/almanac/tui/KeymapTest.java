package almanac.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The keymap is the one list of keys: each key asks for one action, and the README names them all. */
class KeymapTest {

    @Test
    void everyKey_asksForItsOwnAction_andNoKeyIsBoundTwice() {
        Set<String> seen = new HashSet<>();
        for (Keymap.Binding b : Keymap.BINDINGS) {
            for (Keymap.Key k : b.keys()) {
                KeyStroke stroke = k.type() == KeyType.Character ? new KeyStroke(k.ch(), false, false) : new KeyStroke(k.type());
                assertEquals(b.action(), Keymap.action(stroke), k.label());
                assertTrue(seen.add(k.label()), k.label() + " is bound twice");
            }
        }
        assertEquals(null, Keymap.action(new KeyStroke('c', true, false)), "Ctrl-C is not a letter key");
    }

    @Test
    void readme_namesEveryKeyOfTheFullScreen() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String keys = readme.substring(readme.indexOf("### Keys in the full-screen tutor"));
        keys = keys.substring(0, keys.indexOf("### ", 4));
        for (Keymap.Binding b : Keymap.BINDINGS) {
            for (Keymap.Key k : b.keys()) {
                assertTrue(keys.contains(k.label()), "the README's keys leave out " + k.label() + " (" + b.action() + ")");
            }
        }
    }
}
