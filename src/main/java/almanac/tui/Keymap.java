package almanac.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * The one table of keys for the full screen: dispatch reads it, and so do the help panel and
 * the status-line hints, so a key named on screen is always a key that works.
 */
final class Keymap {
    /** A key: a special key, or a printable character typed without Ctrl or Alt. */
    record Key(KeyType type, char ch, String label) {
        static Key of(char ch) {
            return new Key(KeyType.Character, ch, ch == ' ' ? "space" : String.valueOf(ch));
        }

        static Key of(KeyType type, String label) {
            return new Key(type, '\0', label);
        }

        boolean matches(KeyStroke k) {
            if (k.getKeyType() != type) {
                return false;
            }
            return type != KeyType.Character || !k.isCtrlDown() && !k.isAltDown() && k.getCharacter() == ch;
        }
    }

    /** An action and the keys that ask for it, the first one being the one hints name. */
    record Binding(Action action, List<Key> keys) {
        String labels() {
            return String.join("  ", keys.stream().map(Key::label).toList());
        }
    }

    static final List<Binding> BINDINGS = List.of(
            bind(Action.DOWN, Key.of(KeyType.ArrowDown, "↓"), Key.of('j')),
            bind(Action.UP, Key.of(KeyType.ArrowUp, "↑"), Key.of('k')),
            bind(Action.PAGE_DOWN, Key.of(' '), Key.of(KeyType.PageDown, "PgDn")),
            bind(Action.PAGE_UP, Key.of(KeyType.PageUp, "PgUp")),
            bind(Action.TOP, Key.of(KeyType.Home, "Home")),
            bind(Action.BOTTOM, Key.of(KeyType.End, "End")),
            bind(Action.NEXT, Key.of(KeyType.ArrowRight, "→"), Key.of('n')),
            bind(Action.BACK, Key.of(KeyType.ArrowLeft, "←"), Key.of('p')),
            bind(Action.CHOOSE, Key.of(KeyType.Enter, "Enter")),
            bind(Action.OUTLINE, Key.of('o')),
            bind(Action.NOTE, Key.of('a'), Key.of(':')),
            bind(Action.NOTES, Key.of('N')),
            bind(Action.GLOSSARY, Key.of('g')),
            bind(Action.SEARCH, Key.of('/')),
            bind(Action.SOURCES, Key.of('s')),
            bind(Action.HELP, Key.of('?')),
            bind(Action.CLOSE, Key.of(KeyType.Escape, "Esc")),
            bind(Action.QUIT, Key.of('q')));

    private Keymap() {
    }

    private static Binding bind(Action action, Key... keys) {
        return new Binding(action, List.of(keys));
    }

    /** The action a key asks for, or null for a key that means nothing here. */
    static Action action(KeyStroke key) {
        for (Binding b : BINDINGS) {
            for (Key k : b.keys()) {
                if (k.matches(key)) {
                    return b.action();
                }
            }
        }
        return null;
    }

    /** The key a hint names for an action. */
    static String key(Action action) {
        return binding(action).keys().get(0).label();
    }

    static Binding binding(Action action) {
        for (Binding b : BINDINGS) {
            if (b.action() == action) {
                return b;
            }
        }
        throw new IllegalArgumentException(action.name());
    }

    /** A status-line hint: the first key of each action, then a word for what it does in this view. */
    static String hint(String word, Action... actions) {
        StringBuilder keys = new StringBuilder();
        for (Action a : actions) {
            keys.append(key(a));
        }
        return keys + " " + word;
    }

    /** Hints joined as the status line shows them (see {@link Frame#fitting}). */
    static String hints(String... hints) {
        return String.join("  ", hints);
    }
}
