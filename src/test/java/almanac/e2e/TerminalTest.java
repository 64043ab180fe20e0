package almanac.e2e;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every tmux test starts from: the checkout, a temporary folder with an Almanac home in
 * it, and a private tmux server that is stopped after each test.
 */
abstract class TerminalTest {
    static final Path REPO = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;
    Path home;
    Tmux tmux;

    @BeforeEach
    void startTmux() throws IOException {
        home = dir.resolve("home");
        tmux = new Tmux(dir);
    }

    @AfterEach
    void stopTmux() {
        tmux.close();
    }
}
