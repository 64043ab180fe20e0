package almanac.tui;

import almanac.content.LearningPath;
import almanac.content.PathLoader;
import almanac.content.Question;
import almanac.progress.ProgressStore;
import almanac.tutor.Session;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The full-screen tutor on Lanterna's virtual terminal, with scripted prompts: what a
 * learner would see, read back row by row.
 */
final class ScreenFixture {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final Session session;
    final FullScreenTutor tutor;
    final Deque<String> answers = new ArrayDeque<>();
    final List<String> notesAsked = new ArrayList<>();
    final List<String> headings = new ArrayList<>();
    String noteToGive;

    ScreenFixture(Path home, String pathFile, int columns, int rows) throws IOException {
        LearningPath path = PathLoader.load(Path.of(pathFile), pathFile).orThrow();
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
        session = new Session(path, new ProgressStore(home, clock), clock);
        tutor = new FullScreenTutor(session, screen, new Prompts() {
            @Override
            public boolean quiz(String heading, almanac.tutor.AnswerSheet s, List<Question> questions,
                    List<Question> quiz) {
                headings.add(heading);
                for (Question q : questions) {
                    String reply = answers.poll();
                    if (reply == null) {
                        return false;
                    }
                    s.answer(q, reply);
                }
                return true;
            }

            @Override
            public String note(String stepTitle) {
                notesAsked.add(stepTitle);
                return noteToGive;
            }
        }, new Palette(true), () -> ZoneOffset.UTC);
    }

    static ScreenFixture tea(Path home, int columns, int rows) throws IOException {
        return new ScreenFixture(home, "src/test/resources/paths/tea.yaml", columns, rows);
    }

    ScreenFixture open() throws IOException {
        tutor.start(null, false);
        return this;
    }

    ScreenFixture press(char... keys) throws IOException {
        for (char k : keys) {
            tutor.handle(new KeyStroke(k, false, false));
            tutor.redraw(false);
        }
        return this;
    }

    ScreenFixture press(KeyType... keys) throws IOException {
        for (KeyType k : keys) {
            tutor.handle(new KeyStroke(k));
            tutor.redraw(false);
        }
        return this;
    }

    ScreenFixture resize(int columns, int rows) throws IOException {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        screen.doResizeIfNecessary();
        tutor.redraw(true);
        return this;
    }

    /** The characters of one row, trailing blanks removed (wide characters counted once). */
    String row(int r) {
        StringBuilder b = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int c = 0; c < columns; c++) {
            var ch = terminal.getCharacter(c, r);
            b.append(ch.getCharacterString());
            if (ch.isDoubleWidth()) {
                c++;
            }
        }
        return b.toString().stripTrailing();
    }

    String lastRow() {
        return row(terminal.getTerminalSize().getRows() - 1);
    }

    /** The whole screen as text. */
    String text() {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            b.append(row(r)).append('\n');
        }
        return b.toString();
    }

    /** Width in cells of the widest row's content, wide characters counting two. */
    int widestRow() {
        int widest = 0;
        int columns = terminal.getTerminalSize().getColumns();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            int last = 0;
            for (int c = 0; c < columns; c++) {
                if (!terminal.getCharacter(c, r).getCharacterString().isBlank()) {
                    last = c + 1;
                }
            }
            widest = Math.max(widest, last);
        }
        return widest;
    }
}
