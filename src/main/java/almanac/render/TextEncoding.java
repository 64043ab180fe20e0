package almanac.render;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * How text reaches a terminal: UTF-8 when the locale says the terminal takes it, else the
 * {@link Ascii} rendering. Chosen on purpose rather than inherited from the JVM, which on
 * Java 17 falls back to US-ASCII with no locale and writes {@code ?} for every {@code ·}.
 */
public enum TextEncoding {
    UTF8(StandardCharsets.UTF_8),
    ASCII(StandardCharsets.US_ASCII);

    private final Charset charset;

    TextEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }

    /** Text as this encoding can show it. */
    public String render(String text) {
        return this == UTF8 ? text : Ascii.of(text);
    }

    /**
     * From the locale variables, in POSIX order: the first of LC_ALL, LC_CTYPE and LANG that
     * is set decides; it means UTF-8 when its codeset is UTF-8 (en_US.UTF-8, C.utf8). None set,
     * C or POSIX, or another codeset: ASCII.
     */
    public static TextEncoding fromLocale(Function<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.apply(name);
            if (value != null && !value.isEmpty()) {
                String lower = value.toLowerCase(Locale.ROOT);
                return lower.contains("utf-8") || lower.contains("utf8") ? UTF8 : ASCII;
            }
        }
        return ASCII;
    }

    public static TextEncoding fromLocale(Map<String, String> vars) {
        return fromLocale(vars::get);
    }
}
