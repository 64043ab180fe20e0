package almanac.tui;

import almanac.content.LearningPath;
import almanac.content.PathLoader;
import almanac.progress.ProgressStore;
import almanac.tutor.Session;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * Key press to redrawn screen, in process, on Lanterna's virtual terminal at 200x60 with a
 * 5,000-line step: the time the tutor itself adds to a key (run by bench/run).
 */
public final class RedrawBench {
    private RedrawBench() {
    }

    /** Milliseconds per key press: {p50, p99, max} over {@code presses} presses after warm-up. */
    public static double[] run(int presses) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 1700; i++) {
            body.append("      Paragraph ").append(i).append(": the quick brown fox jumps over the lazy dog, and then")
                    .append(" the **dog** wakes up and chases the `fox` around the yard.\n\n");
        }
        String yaml = "schema: 1\nid: long\ntitle: Long\nsteps:\n  - id: one\n    title: One\n    minutes: 120\n"
                + "    body: |\n" + body;
        LearningPath path = PathLoader.parse(yaml.getBytes(StandardCharsets.UTF_8), "long.yaml", "long").orThrow();
        Path home = Files.createTempDirectory("almanac-bench");
        Session session = new Session(path, new ProgressStore(home, Clock.systemUTC()), Clock.systemUTC());
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(200, 60));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        FullScreenTutor tutor = new FullScreenTutor(session, screen, null, new Palette(true), () -> java.time.ZoneOffset.UTC);
        tutor.open(1, false);
        tutor.redraw(true);
        KeyStroke down = new KeyStroke(KeyType.ArrowDown);
        KeyStroke pageDown = new KeyStroke(KeyType.PageDown);
        KeyStroke top = new KeyStroke(KeyType.Home);
        for (int i = 0; i < 2000; i++) {
            press(tutor, i % 50 == 49 ? top : i % 7 == 0 ? pageDown : down);
        }
        double[] ms = new double[presses];
        for (int i = 0; i < presses; i++) {
            KeyStroke key = i % 50 == 49 ? top : i % 7 == 0 ? pageDown : down;
            long t0 = System.nanoTime();
            press(tutor, key);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        screen.stopScreen();
        int lines = new Views(session, () -> java.time.ZoneOffset.UTC).reader(Frame.MAX_TEXT).size();
        Arrays.sort(ms);
        return new double[] {ms[presses / 2], ms[(int) Math.ceil(presses * 0.99) - 1], ms[presses - 1], lines};
    }

    private static void press(FullScreenTutor tutor, KeyStroke key) throws Exception {
        tutor.handle(key);
        tutor.redraw(false);
    }
}
