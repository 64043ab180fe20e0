package almanac.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.Size;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.junit.jupiter.api.Test;

class JLineInputTest {

    @Test
    void aPercentSignInThePrompt_isShownAsItIs() throws Exception {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        PipedOutputStream keys = new PipedOutputStream();
        InfoCmp.setLoadedInfoCmp("xterm-256color", () -> InfoCmp.getDefaultInfoCmp("xterm-256color"));
        try (keys; Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new PipedInputStream(keys), shown).size(new Size(80, 24))
                .encoding(StandardCharsets.UTF_8).build()) {
            keys.write("go\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            JLineInput input = new JLineInput(LineReaderBuilder.builder().terminal(terminal).build());

            assertEquals("go", input.readLine("(✗ Not quite: 4. 120% as much · Enter to go on) "));
        }
        String out = shown.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("120% as much"), out);
    }
}
