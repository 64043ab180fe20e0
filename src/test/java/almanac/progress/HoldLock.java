package almanac.progress;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A child JVM for {@link ProgressCrashIT}: starts a save through {@link ProgressStore} and,
 * inside the edit (so while the store holds its lock), prints {@code locked} and sleeps until
 * it is killed. Argument: the home folder.
 */
public final class HoldLock {
    private HoldLock() {
    }

    public static void main(String[] args) {
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        new ProgressStore(Path.of(args[0]), Clock.systemUTC()).update(p -> {
            try {
                out.write("locked\n".getBytes(StandardCharsets.UTF_8));
                Thread.sleep(Long.MAX_VALUE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return p;
        });
    }
}
