package almanac.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import almanac.render.Sanitizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random damage to a good path file, thousands of times with a fixed seed: the loader always
 * answers with a path or with problems (never an exception), and no message it writes can
 * carry a control character to the terminal.
 */
class LoaderFuzzTest {
    private static final long SEED = 20261127L;
    private static final int CASES = 3000;
    private static final byte[] INTERESTING = "\u0000\u001b\u0007\r\n\t :-[]{}&*!|>'\"#%@`,?\\".getBytes(
            java.nio.charset.StandardCharsets.ISO_8859_1);

    @Test
    void damagedFiles_alwaysGiveAPathOrProblems_neverAnException() throws IOException {
        byte[] original = Files.readAllBytes(Path.of("src/test/resources/paths/tea.yaml"));
        Random random = new Random(SEED);
        int refused = 0;
        for (int n = 0; n < CASES; n++) {
            byte[] bytes = damage(original, random);
            LoadResult result;
            try {
                result = PathLoader.parse(bytes, "fuzz.yaml", "tea");
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + n + " (seed " + SEED + ") threw " + e + " on:\n" + new String(bytes,
                        java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            assertTrue(result.ok() || result.problems().stream().anyMatch(Problem::isError), "case " + n);
            for (Problem p : result.problems()) {
                String shown = p.toString();
                assertFalse(shown.codePoints().anyMatch(c -> Sanitizer.isUnsafe(c) || c == '\n' || c == '\t'),
                        "case " + n + ": " + shown);
            }
            refused += result.ok() ? 0 : 1;
        }
        assertTrue(refused > CASES / 2, "most damage is caught: " + refused + " of " + CASES);
    }

    /** One to eight edits: flip a byte, insert a YAML-significant one, delete, duplicate or cut a run. */
    private static byte[] damage(byte[] in, Random random) {
        byte[] out = in.clone();
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && out.length > 1; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(5)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out = splice(out, at, 0, new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]});
                case 2 -> out = splice(out, at, Math.min(out.length - at, 1 + random.nextInt(20)), new byte[0]);
                case 3 -> {
                    int len = Math.min(out.length - at, 1 + random.nextInt(40));
                    byte[] run = java.util.Arrays.copyOfRange(out, at, at + len);
                    out = splice(out, random.nextInt(out.length), 0, run);
                }
                default -> out = java.util.Arrays.copyOf(out, Math.max(1, at));
            }
        }
        return out;
    }

    private static byte[] splice(byte[] in, int at, int remove, byte[] insert) {
        byte[] out = new byte[in.length - remove + insert.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(in, at + remove, out, at + insert.length, in.length - at - remove);
        return out;
    }
}
