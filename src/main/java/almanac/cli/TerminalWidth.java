package almanac.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The width to lay printed tables out in: $COLUMNS when set (shells rarely export it), else
 * the terminal's own width when stdout is one, else 80. Asking the terminal costs one
 * {@code stty} (about 20 ms), against about 115 ms to load JLine's native library for one ioctl.
 */
final class TerminalWidth {
    private TerminalWidth() {
    }

    static int of(Env env) {
        if (env.var("COLUMNS") != null || !env.interactive()) {
            return env.columns();
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return env.columns();
            }
            String[] size = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split(" ");
            if (p.exitValue() == 0 && size.length == 2 && size[1].matches("[0-9]{1,4}") && Integer.parseInt(size[1]) >= 20) {
                return Integer.parseInt(size[1]);
            }
        } catch (IOException e) {
            // no stty: the default width
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return env.columns();
    }
}
