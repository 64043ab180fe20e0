package almanac.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A private tmux server with one pane, driven as a person would: type keys, read the
 * screen. The pane stays readable after its program exits (remain-on-exit).
 */
final class Tmux implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    private final String socket = "almanac-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final Path config;

    Tmux(Path dir) throws IOException {
        config = dir.resolve("tmux.conf");
        Files.writeString(config, "set -g remain-on-exit on\nset -g status off\n");
    }

    /** Starts {@code shellCommand} in a pane of the given size. */
    void start(int columns, int rows, String shellCommand) {
        run("new-session", "-d", "-s", "t", "-x", Integer.toString(columns), "-y", Integer.toString(rows), shellCommand);
    }

    void keys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "t"));
        args.addAll(List.of(keys));
        run(args.toArray(new String[0]));
    }

    /** Types text literally (no key-name lookup). */
    void type(String text) {
        run("send-keys", "-t", "t", "-l", text);
    }

    /** Pastes the file's text as a terminal does: bracketed when the program asked for it. */
    void paste(Path file) {
        run("load-buffer", "-b", "paste", file.toString());
        run("paste-buffer", "-p", "-d", "-b", "paste", "-t", "t");
    }

    void resize(int columns, int rows) {
        run("resize-window", "-t", "t", "-x", Integer.toString(columns), "-y", Integer.toString(rows));
    }

    String screen() {
        return run("capture-pane", "-p", "-t", "t");
    }

    /** The screen with the lines scrolled off above it (up to {@code lines} of them). */
    String screenAndHistory(int lines) {
        return run("capture-pane", "-p", "-t", "t", "-S", Integer.toString(-lines));
    }

    /** A tmux format about the pane, e.g. {@code #{alternate_on}} (1 while a program uses the alternate screen). */
    String paneFormat(String format) {
        return run("display-message", "-p", "-t", "t", format).strip();
    }

    /** The screen with its colours and weights, as SGR escape sequences (capture-pane -e). */
    String styledScreen() {
        return run("capture-pane", "-p", "-e", "-t", "t");
    }

    /** Waits until the screen shows {@code text}; fails with the screen if it never does. */
    String waitFor(String text) {
        return waitUntil("'" + text + "'", screen -> screen.contains(text));
    }

    /** Waits until the screen passes {@code test}; fails with the screen if it never does. */
    String waitUntil(String what, java.util.function.Predicate<String> test) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (test.test(screen)) {
                return screen;
            }
            sleep(50);
        }
        return fail("the screen never showed " + what + "; it shows:\n" + screen);
    }

    /**
     * After the program exits (the pane printed {@code EXIT=$?} and {@code stty -a}): the
     * status, and a terminal back in cooked mode with echo on and Ctrl-C interrupting.
     */
    void assertExitedSane(int expectedStatus) {
        String screen = waitFor("EXIT=");
        java.util.regex.Matcher exit = java.util.regex.Pattern.compile("EXIT=(\\d+)").matcher(screen);
        org.junit.jupiter.api.Assertions.assertTrue(exit.find());
        org.junit.jupiter.api.Assertions.assertEquals(expectedStatus, Integer.parseInt(exit.group(1)), screen);
        // The listing may be caught half printed: wait for its local-modes line (icanon on or off).
        java.util.regex.Pattern localModes = java.util.regex.Pattern.compile("(^|\\s)-?icanon(\\s|$)",
                java.util.regex.Pattern.MULTILINE);
        String stty = waitUntil("the whole stty listing", s -> s.contains("intr = ") && localModes.matcher(s).find());
        for (String mode : List.of("icanon", "echo")) {
            org.junit.jupiter.api.Assertions.assertTrue(java.util.regex.Pattern.compile("(^|\\s)" + mode + "(\\s|$)",
                    java.util.regex.Pattern.MULTILINE).matcher(stty).find(), mode + " on:\n" + stty);
        }
        org.junit.jupiter.api.Assertions.assertTrue(stty.contains("intr = ^C"), "Ctrl-C interrupts again:\n" + stty);
    }

    /** Waits until the screen no longer shows {@code text}. */
    String waitForGone(String text) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (!screen.contains(text)) {
                return screen;
            }
            sleep(50);
        }
        return fail("the screen still shows '" + text + "':\n" + screen);
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // nothing to clean up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String run(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", config.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return fail("tmux did not answer: " + command);
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                return fail("tmux failed (" + p.exitValue() + "): " + command + "\n" + out);
            }
            return out;
        } catch (IOException e) {
            return fail("tmux is needed for the terminal tests (apt-get install tmux): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
