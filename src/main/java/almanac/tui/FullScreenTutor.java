package almanac.tui;

import almanac.render.Line;
import almanac.tutor.Move;
import almanac.tutor.NoteResult;
import almanac.tutor.Opening;
import almanac.tutor.Session;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The full-screen tutor: turns keys into session actions and view changes, and redraws.
 * Lanterna owns the terminal; quizzes and notes are handed to {@link Prompts}.
 */
public final class FullScreenTutor {
    /** How long the key loop sleeps when no key is waiting; bounds the delay of a resize redraw. */
    private static final long IDLE_MILLIS = 10;

    private final Session session;
    private final Screen screen;
    private final Prompts prompts;
    private final Palette palette;
    private final Views views;
    private final ScreenState state = new ScreenState();
    private final AtomicBoolean redrawAll = new AtomicBoolean();
    private boolean interrupted;

    FullScreenTutor(Session session, Screen screen, Prompts prompts, Palette palette, ZoneId zone) {
        this.session = session;
        this.screen = screen;
        this.prompts = prompts;
        this.palette = palette;
        this.views = new Views(session, zone);
    }

    /** Asks for a whole-screen redraw from another thread (after Ctrl-Z and fg, say). */
    public void requestFullRedraw() {
        redrawAll.set(true);
    }

    /** True when the session ended with Ctrl-C. */
    public boolean interrupted() {
        return interrupted;
    }

    /** Opens the session and runs the key loop until the learner quits. */
    public void run(Integer stepNumber, boolean restart) throws IOException {
        open(stepNumber, restart);
        redraw(true);
        try {
            while (!state.quit) {
                KeyStroke key = screen.pollInput();
                if (key == null) {
                    boolean resized = screen.doResizeIfNecessary() != null;
                    boolean whole = redrawAll.getAndSet(false);
                    if (resized || whole) {
                        redraw(true);
                    } else {
                        pause();
                    }
                    continue;
                }
                handle(key);
                if (!state.quit) {
                    boolean resized = screen.doResizeIfNecessary() != null;
                    redraw(resized || redrawAll.getAndSet(false));
                }
            }
        } finally {
            session.quit();
        }
    }

    void open(Integer stepNumber, boolean restart) {
        Opening opening = session.open(stepNumber, restart);
        state.view = opening.kind() == Opening.Kind.INTRO ? View.INTRO : View.READER;
        if (opening.kind() == Opening.Kind.RESUMED) {
            state.flash = "Welcome back — step " + session.stepNumber() + "/" + session.stepCount();
        }
        messages();
    }

    ScreenState state() {
        return state;
    }

    private void pause() {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.quit = true;
        }
    }

    /** Draws the current view; {@code whole} repaints every cell (after a prompt, resize or fg). */
    void redraw(boolean whole) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        Canvas canvas = new Canvas(screen, palette, size);
        int width = Frame.textWidth(canvas);
        List<Line> lines = lines(width);
        ScrollState scroll = state.view == View.READER ? state.body : state.overlay;
        if (state.view == View.OUTLINE) {
            scroll.resize(lines.size(), Frame.bodyRows(canvas));
            scroll.reveal(state.outlineIndex);
        }
        Frame.draw(canvas, Frame.chrome(canvas, session, state), lines, scroll,
                state.view == View.OUTLINE ? state.outlineIndex : -1);
        screen.setCursorPosition(null);
        screen.refresh(whole ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    private List<Line> lines(int width) {
        return switch (state.view) {
            case INTRO -> views.intro(width);
            case READER -> views.reader(width);
            case DONE -> views.done(state.done, width);
            case OUTLINE -> views.outline(width);
            case HELP -> views.help(width);
            case GLOSSARY -> views.glossary(state.glossaryQuery, state.typing, width);
            case SOURCES -> views.sources(width);
            case NOTES -> views.allNotes(width);
            case SUMMARY -> views.summary(state.summary, width);
        };
    }

    /** One key: what it means depends on the view. */
    void handle(KeyStroke key) throws IOException {
        state.flash = null;
        if (key.getKeyType() == KeyType.EOF) {
            state.quit = true;
            return;
        }
        if (isCtrlC(key)) {
            interrupted = true;
            state.quit = true;
            return;
        }
        if (state.view == View.GLOSSARY && state.typing) {
            typeInGlossary(key);
            return;
        }
        Character ch = key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                ? key.getCharacter() : null;
        if (ch != null && ch == 'q') {
            state.quit = true;
            return;
        }
        switch (state.view) {
            case INTRO -> intro(key, ch);
            case READER -> reader(key, ch);
            case DONE -> done(key, ch);
            case OUTLINE -> outline(key, ch);
            case SUMMARY -> summaryKeys(key, ch);
            default -> panel(key, ch);
        }
    }

    private static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'c';
    }

    private void intro(KeyStroke key, Character ch) {
        if (key.getKeyType() == KeyType.ArrowRight || key.getKeyType() == KeyType.Enter || is(ch, 'n', ' ')) {
            state.show(View.READER);
            state.body.home();
        } else {
            common(ch);
        }
    }

    private void reader(KeyStroke key, Character ch) throws IOException {
        switch (key.getKeyType()) {
            case ArrowDown -> state.body.by(1);
            case ArrowUp -> state.body.by(-1);
            case PageDown -> state.body.pageDown();
            case PageUp -> state.body.pageUp();
            case Home -> state.body.home();
            case End -> state.body.end();
            case ArrowRight -> next();
            case ArrowLeft -> moved(session.back());
            default -> {
                if (is(ch, 'j')) {
                    state.body.by(1);
                } else if (is(ch, 'k')) {
                    state.body.by(-1);
                } else if (is(ch, ' ')) {
                    state.body.pageDown();
                } else if (is(ch, 'n')) {
                    next();
                } else if (is(ch, 'p')) {
                    moved(session.back());
                } else if (is(ch, 'a', ':')) {
                    note();
                } else {
                    common(ch);
                }
            }
        }
    }

    private void done(KeyStroke key, Character ch) {
        if (key.getKeyType() == KeyType.ArrowRight || key.getKeyType() == KeyType.Enter
                || key.getKeyType() == KeyType.Escape || is(ch, 'n', ' ')) {
            state.show(View.READER);
            state.body.home();
        } else {
            common(ch);
        }
    }

    private void outline(KeyStroke key, Character ch) {
        int last = session.stepCount() - 1;
        switch (key.getKeyType()) {
            case ArrowDown -> state.outlineIndex = Math.min(last, state.outlineIndex + 1);
            case ArrowUp -> state.outlineIndex = Math.max(0, state.outlineIndex - 1);
            case Home -> state.outlineIndex = 0;
            case End -> state.outlineIndex = last;
            case Enter -> jump(state.outlineIndex + 1);
            case Escape -> back();
            default -> {
                if (is(ch, 'j')) {
                    state.outlineIndex = Math.min(last, state.outlineIndex + 1);
                } else if (is(ch, 'k')) {
                    state.outlineIndex = Math.max(0, state.outlineIndex - 1);
                } else if (is(ch, 'o')) {
                    back();
                } else {
                    common(ch);
                }
            }
        }
    }

    private void jump(int number) {
        if (number != session.stepNumber()) {
            moved(session.goTo(number));
        } else {
            state.summary = null;
            state.show(View.READER);
        }
    }

    private void summaryKeys(KeyStroke key, Character ch) {
        if (key.getKeyType() == KeyType.ArrowDown || is(ch, 'j')) {
            state.overlay.by(1);
        } else if (key.getKeyType() == KeyType.ArrowUp || is(ch, 'k')) {
            state.overlay.by(-1);
        } else if (!is(ch, 'p') && key.getKeyType() != KeyType.ArrowLeft && key.getKeyType() != KeyType.Escape) {
            common(ch);
        }
    }

    /** Help, sources, notes and the glossary: scroll, Esc closes, other letters switch panels. */
    private void panel(KeyStroke key, Character ch) {
        switch (key.getKeyType()) {
            case ArrowDown -> state.overlay.by(1);
            case ArrowUp -> state.overlay.by(-1);
            case PageDown -> state.overlay.pageDown();
            case PageUp -> state.overlay.pageUp();
            case Escape, ArrowLeft -> back();
            default -> {
                if (is(ch, 'j')) {
                    state.overlay.by(1);
                } else if (is(ch, 'k')) {
                    state.overlay.by(-1);
                } else if (is(ch, ' ')) {
                    state.overlay.pageDown();
                } else if (state.view == View.GLOSSARY && is(ch, '/')) {
                    state.typing = true;
                } else if (ch != null && panelKey(ch) == state.view) {
                    back();
                } else {
                    common(ch);
                }
            }
        }
    }

    /** Keys that open a panel from anywhere. */
    private void common(Character ch) {
        if (ch == null) {
            return;
        }
        View target = panelKey(ch);
        if (target == View.OUTLINE) {
            state.outlineIndex = session.stepNumber() - 1;
        }
        if (target == View.GLOSSARY) {
            state.glossaryQuery = "";
            state.typing = false;
        }
        if (target != null) {
            state.show(target);
        }
    }

    private static View panelKey(char ch) {
        return switch (ch) {
            case 'o' -> View.OUTLINE;
            case '?' -> View.HELP;
            case 'g' -> View.GLOSSARY;
            case 's' -> View.SOURCES;
            case 'N' -> View.NOTES;
            default -> null;
        };
    }

    /** Leaves a panel: to the summary if the path is finished there, else to the step. */
    private void back() {
        state.typing = false;
        state.show(state.summary != null ? View.SUMMARY : View.READER);
    }

    private void typeInGlossary(KeyStroke key) {
        switch (key.getKeyType()) {
            case Enter, Escape -> state.typing = false;
            case Backspace -> {
                if (!state.glossaryQuery.isEmpty()) {
                    state.glossaryQuery = state.glossaryQuery.substring(0, state.glossaryQuery.length() - 1);
                }
            }
            case Character -> {
                if (state.glossaryQuery.length() < 40) {
                    state.glossaryQuery += key.getCharacter();
                }
            }
            default -> {
            }
        }
        state.overlay.home();
    }

    private void next() throws IOException {
        Move move = session.next();
        if (move instanceof Move.QuizDue due) {
            boolean finished = prompts.quiz("Quiz · " + session.step().title(), session, due.questions());
            views.invalidate();
            redrawAll.set(true);
            messages();
            if (!finished) {
                state.flash = "Quiz paused: → to go on with it";
                return;
            }
            move = session.next();
        }
        moved(move);
    }

    private void moved(Move move) {
        if (move instanceof Move.Stayed stayed) {
            state.flash = stayed.why();
        } else if (move instanceof Move.Finished finished) {
            state.summary = finished.summary();
            state.show(View.SUMMARY);
        } else if (move instanceof Move.Moved moved) {
            state.summary = null;
            state.body.home();
            if (moved.finished() != null && !moved.finished().keyPoints().isEmpty()) {
                state.done = moved.finished();
                state.show(View.DONE);
            } else {
                state.show(View.READER);
            }
        }
        messages();
    }

    private void note() {
        String text = prompts.note(session.step().title());
        redrawAll.set(true);
        NoteResult result = text == null ? new NoteResult.Blank() : session.addNote(text);
        if (result instanceof NoteResult.Added added) {
            state.flash = added.saved().onDisk() ? "Note saved on step " + session.stepNumber() : added.saved().notSaved("Note");
            views.invalidate();
        } else if (result instanceof NoteResult.TooLong tooLong) {
            state.flash = tooLong.why();
        }
        messages();
    }

    private void messages() {
        List<String> messages = session.takeMessages();
        if (!messages.isEmpty()) {
            state.flash = String.join(" · ", messages);
        }
    }

    private static boolean is(Character ch, char... options) {
        if (ch == null) {
            return false;
        }
        for (char o : options) {
            if (ch == o) {
                return true;
            }
        }
        return false;
    }
}
