package almanac.tui;

import almanac.render.Style;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How each style looks on screen. Backgrounds stay the terminal's own and bars use reverse
 * video, so it reads on light and dark themes alike; with colour off (NO_COLOR, --no-color)
 * only bold, italic, underline and reverse remain.
 */
final class Palette {
    /** One look: a foreground colour and modifiers. */
    record Look(TextColor foreground, EnumSet<SGR> modifiers) {
    }

    private final boolean colour;
    /** Made once: every cell of every frame asks for one. */
    private final java.util.EnumMap<Style, Look> looks = new java.util.EnumMap<>(Style.class);
    private final Look bar;
    private final Look selected;
    /**
     * Lanterna's character for each code point in each look, made once: building them (and
     * their style sets) for every cell of every frame was most of a key press's redraw time.
     * Keyed by the look itself, which this palette made: the record's own hashCode hashes its
     * set through method handles, a tenth of the first frame on a cold JVM.
     */
    private final Map<Look, Map<Integer, TextCharacter>> characters = new IdentityHashMap<>();

    Palette(boolean colour) {
        this.colour = colour;
        for (Style style : Style.values()) {
            looks.put(style, make(style));
        }
        bar = look(null, SGR.REVERSE);
        selected = look(null, SGR.REVERSE, SGR.BOLD);
    }

    boolean colour() {
        return colour;
    }

    /** The screen character for {@code codePoint} in {@code look}, one of this palette's looks. */
    synchronized TextCharacter character(int codePoint, Look look) {
        return characters.computeIfAbsent(look, l -> new HashMap<>()).computeIfAbsent(codePoint,
                cp -> TextCharacter.fromString(new String(Character.toChars(cp)), look.foreground(),
                        TextColor.ANSI.DEFAULT, look.modifiers())[0]);
    }

    Look of(Style style) {
        return looks.get(style);
    }

    private Look make(Style style) {
        return switch (style) {
            case PLAIN -> look(null);
            case BOLD -> look(null, SGR.BOLD);
            case ITALIC -> look(null, SGR.ITALIC);
            case CODE -> look(TextColor.ANSI.GREEN);
            case HEADING -> look(TextColor.ANSI.BLUE, SGR.BOLD);
            case LINK -> look(TextColor.ANSI.CYAN, SGR.UNDERLINE);
            case QUOTE -> look(TextColor.ANSI.MAGENTA);
            case DIM -> colour ? look(TextColor.ANSI.BLACK_BRIGHT) : look(null);
            case RULE -> look(TextColor.ANSI.BLACK_BRIGHT);
            case RIGHT -> look(TextColor.ANSI.GREEN, SGR.BOLD);
            case WRONG -> look(TextColor.ANSI.RED, SGR.BOLD);
        };
    }

    /** Title and status bars. */
    Look bar() {
        return bar;
    }

    /** The selected row of a list. */
    Look selected() {
        return selected;
    }

    private Look look(TextColor foreground, SGR... modifiers) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        for (SGR m : modifiers) {
            set.add(m);
        }
        return new Look(colour && foreground != null ? foreground : TextColor.ANSI.DEFAULT, set);
    }
}
