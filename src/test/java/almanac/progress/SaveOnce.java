package almanac.progress;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Saves one progress record in the home folder given as the argument. Run in a child JVM
 * by {@link ProgressStoreTest} under a umask of its choosing; prints the umask it ran with.
 */
public final class SaveOnce {
    private SaveOnce() {
    }

    public static void main(String[] args) throws Exception {
        Process umask = new ProcessBuilder("sh", "-c", "umask").redirectErrorStream(true).start();
        String mask = new String(umask.getInputStream().readAllBytes()).strip();
        umask.waitFor();
        System.out.println("umask " + mask);
        new ProgressStore(Path.of(args[0]), Clock.systemUTC())
                .update(p -> p.with("tea", r -> r.withStarted(Clock.systemUTC().instant())));
    }
}
