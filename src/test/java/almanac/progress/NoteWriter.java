package almanac.progress;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child JVM for {@link ProgressCrashIT}: adds notes one by one through {@link ProgressStore}
 * and prints {@code saved N} after each save has returned, so the parent knows which saves
 * were confirmed when it kills this process.
 *
 * <p>Arguments: {@code home prefix first count padding [wait]}. Note {@code i} has the text
 * {@code prefix-i} followed by {@code padding} characters of filler; all notes go to path
 * {@value #PATH}, step {@value #STEP}. Prints {@code ready} before the first save; with
 * {@code wait}, then waits for a line on stdin (so two writers can start together) and pauses 1 ms after each note.
 */
public final class NoteWriter {
    static final String PATH = "crash-test";
    static final String STEP = "notes";
    /** Filler with characters the dotfile must quote or escape, so those paths are exercised too. */
    private static final String FILLER = "steep 3 min at 85°C, \"not boiling\" \\ tab\there: é 你好 🍵 \u001b[31m; ";

    private NoteWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        String prefix = args[1];
        int first = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        int padding = Integer.parseInt(args[4]);
        boolean wait = args.length > 5 && args[5].equals("wait");
        String pad = filler(padding);
        // One write(2) per line, unbuffered: a line the parent reads in full was really printed.
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        Clock clock = Clock.systemUTC();
        ProgressStore store = new ProgressStore(home, clock);
        line(out, "ready");
        if (wait) {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        for (int i = first; i < first + count; i++) {
            Note note = new Note(clock.instant(), text(prefix, i, pad));
            store.update(p -> p.with(PATH, r -> r.withNote(STEP, note)));
            line(out, "saved " + i);
            if (wait) {
                // A pause between notes, as a person makes: a file lock is not fair, and a writer
                // that re-takes it at once can keep the other waiting until it is done.
                pause();
            }
        }
        line(out, "done");
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String text(String prefix, int i, String pad) {
        return prefix + "-" + i + (pad.isEmpty() ? "" : " " + pad);
    }

    static String filler(int length) {
        StringBuilder b = new StringBuilder(length + FILLER.length());
        while (b.length() < length) {
            b.append(FILLER);
        }
        return b.substring(0, Math.min(length, b.length()));
    }

    private static void line(FileOutputStream out, String text) throws IOException {
        out.write((text + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
