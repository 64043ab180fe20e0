package almanac.tui;

import almanac.render.Line;
import almanac.render.Pages;
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
import java.util.function.Supplier;

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
    /** Asked when a date is first shown (see {@link FullScreen#run}). */
    private final Supplier<ZoneId> zone;
    private final ScreenState state = new ScreenState();
    private final AtomicBoolean redrawAll = new AtomicBoolean();
    private boolean interrupted;

    FullScreenTutor(Session session, Screen screen, Prompts prompts, Palette palette, Supplier<ZoneId> zone) {
        this.session = session;
        this.screen = screen;
        this.prompts = prompts;
        this.palette = palette;
        this.views = new Views(session, zone);
        this.zone = zone;
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
        start(stepNumber, restart);
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
            leave();
        }
    }

    /** Opens the session and draws the first frame; only then saves where the learner is. */
    void start(Integer stepNumber, boolean restart) throws IOException {
        open(stepNumber, restart);
        redraw(true);
        // A failure joins what the first frame said (a welcome, a dotfile set aside) instead of hiding it.
        String shown = state.flash;
        session.saveOpening();
        List<String> later = session.takeMessages();
        if (!later.isEmpty()) {
            state.flash = (shown == null ? "" : shown + " · ") + String.join(" · ", later);
            redraw(false);
        }
    }

    void open(Integer stepNumber, boolean restart) {
        Opening opening = session.open(stepNumber, restart);
        if (opening.kind() == Opening.Kind.RESUMED && opening.finishedAt() != null) {
            // A finished path opens on its summary: what was done, and what is due for review.
            state.summary = session.summary();
            state.finishedBefore = opening.finishedAt();
            state.dueThen = session.dueForReview();
            state.base(View.SUMMARY);
            state.flash = "Finished " + Pages.date(opening.finishedAt(), zone.get());
        } else {
            state.base(opening.kind() == Opening.Kind.INTRO ? View.INTRO : View.READER);
            if (opening.kind() == Opening.Kind.RESUMED) {
                state.flash = "Welcome back — step " + session.stepNumber() + "/" + session.stepCount();
                state.resumeAt = session.record().scroll();
            }
        }
        messages();
    }

    /** Leaving, however it happens: keeps where the step was scrolled to and the time spent. */
    void leave() {
        session.keepScroll(state.beneath() == View.READER ? state.body.topPercent() : 0);
        session.quit();
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
        List<Line> pinned = pinned(width);
        ScrollState scroll = state.scroll();
        if (state.resumeAt > 0 && state.view == View.READER && !Frame.tooSmall(canvas)) {
            scroll.resize(lines.size(), Frame.bodyRows(canvas));
            scroll.toPercent(state.resumeAt);
            state.resumeAt = 0;
        }
        if (state.view == View.OUTLINE) {
            scroll.resize(lines.size(), Frame.bodyRows(canvas));
            scroll.reveal(state.outlineIndex);
        }
        Frame.draw(canvas, Frame.chrome(canvas, session, state), lines, pinned, scroll,
                state.view == View.OUTLINE ? state.outlineIndex : -1, state.view == View.READER);
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
            case SOURCES -> views.sources(state.overDone() ? state.done : session.step(), width);
            case NOTES -> views.allNotes(width);
            case SUMMARY -> views.summary(state.summary, state.finishedBefore, state.dueThen, width);
        };
    }

    /** The line that says how to go on, kept in sight under the page at any size. */
    private List<Line> pinned(int width) {
        return switch (state.view) {
            case INTRO -> views.start(width);
            case DONE -> views.upNext(width);
            default -> List.of();
        };
    }

    /** One key: the keymap says which action it asks for, the view what that action means here. */
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
        if (key.getKeyType() == KeyType.CursorLocation || key.getKeyType() == KeyType.MouseEvent) {
            return; // the terminal's reports, not the learner's keys
        }
        Action action = Keymap.action(key);
        if (action == null) {
            state.flash = "Unused key · ? lists keys";
            return;
        }
        if (action == Action.QUIT) {
            state.quit = true;
            return;
        }
        if (panel(action)) {
            return;
        }
        switch (state.view) {
            case INTRO -> intro(action);
            case READER -> reader(action);
            case DONE -> done(action);
            case OUTLINE -> outline(action);
            case SUMMARY -> summaryKeys(action);
            default -> inPanel(action);
        }
    }

    private static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'c';
    }

    /** Opens the panel an action names, or closes it when it is the one showing; false for other actions. */
    private boolean panel(Action action) {
        View target = switch (action) {
            case OUTLINE -> View.OUTLINE;
            case HELP -> View.HELP;
            case GLOSSARY -> View.GLOSSARY;
            case SOURCES -> View.SOURCES;
            case NOTES -> View.NOTES;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        if (target == state.view) {
            state.close();
            return true;
        }
        if (target == View.OUTLINE) {
            state.outlineIndex = session.stepNumber() - 1;
        }
        if (target == View.GLOSSARY) {
            state.glossaryQuery = "";
        }
        state.open(target);
        return true;
    }

    /** Scrolling, the same on every page; false for other actions. */
    private static boolean scrolled(Action action, ScrollState scroll) {
        switch (action) {
            case DOWN -> scroll.by(1);
            case UP -> scroll.by(-1);
            case PAGE_DOWN -> scroll.pageDown();
            case PAGE_UP -> scroll.pageUp();
            case TOP -> scroll.home();
            case BOTTOM -> scroll.end();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void intro(Action action) {
        if (scrolled(action, state.page)) {
            return;
        }
        switch (action) {
            case NEXT, CHOOSE -> readStepFromTop();
            case NOTE -> state.flash = "Notes go on steps: → starts";
            case BACK -> state.flash = "This is the start: → begins";
            default -> state.flash = "→ or Enter starts the path";
        }
    }

    /** From the intro or a done screen, on to the current step's text, at its top. */
    private void readStepFromTop() {
        state.base(View.READER);
        state.body.home();
    }

    private void reader(Action action) throws IOException {
        if (scrolled(action, state.body)) {
            return;
        }
        switch (action) {
            case NEXT -> next();
            case BACK -> moved(session.back());
            case NOTE -> note();
            case CHOOSE -> state.flash = "→ goes on";
            case CLOSE -> state.flash = "No panel is open · q quits";
            default -> state.flash = "/ searches the glossary (g)";
        }
    }

    private void done(Action action) throws IOException {
        if (scrolled(action, state.page)) {
            return;
        }
        switch (action) {
            case NEXT, CHOOSE -> readStepFromTop();
            // Esc closes panels; with none open it must not read on into the next step.
            case CLOSE -> state.flash = "No panel is open · → reads the next step";
            case BACK -> moved(session.back());
            case NOTE -> state.flash = "Notes go on steps: ← or →";
            default -> state.flash = "→ reads the next step";
        }
    }

    private void outline(Action action) {
        int last = session.stepCount() - 1;
        switch (action) {
            case DOWN -> state.outlineIndex = Math.min(last, state.outlineIndex + 1);
            case UP -> state.outlineIndex = Math.max(0, state.outlineIndex - 1);
            case TOP, PAGE_UP -> state.outlineIndex = 0;
            case BOTTOM, PAGE_DOWN -> state.outlineIndex = last;
            case CHOOSE -> jump(state.outlineIndex + 1);
            case CLOSE, BACK -> state.close();
            default -> state.flash = "Enter: go there · Esc: back";
        }
    }

    private void jump(int number) {
        if (number != session.stepNumber()) {
            moved(session.goTo(number));
        } else if (state.beneath() == View.READER) {
            state.close();
        } else {
            state.summary = null;
            state.base(View.READER);
        }
    }

    private void summaryKeys(Action action) {
        if (scrolled(action, state.page)) {
            return;
        }
        state.flash = "Path done · o opens a step";
    }

    /** Help, sources, notes and the glossary: scroll, Esc or ← closes. */
    private void inPanel(Action action) {
        if (scrolled(action, state.overlay)) {
            return;
        }
        switch (action) {
            case CLOSE, BACK -> state.close();
            case SEARCH -> {
                if (state.view == View.GLOSSARY) {
                    state.typing = true;
                } else {
                    state.flash = "/ searches the glossary (g)";
                }
            }
            default -> state.flash = "Esc closes this panel";
        }
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
            boolean finished = prompts.quiz("Quiz · " + session.step().title(), session, due.questions(),
                    session.step().quiz());
            views.invalidate();
            redrawAll.set(true);
            messages();
            if (!finished && !session.pendingQuestions().isEmpty()) {
                state.flash = "Quiz paused · → goes on";
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
            state.base(View.SUMMARY);
        } else if (move instanceof Move.Moved moved) {
            state.summary = null;
            state.body.home();
            if (moved.finished() != null && !moved.finished().keyPoints().isEmpty()) {
                state.done = moved.finished();
                state.doneNumber = moved.number() - 1;
                state.base(View.DONE);
            } else {
                state.base(View.READER);
            }
        }
        messages();
    }

    private void note() {
        String text = prompts.note(session.step().title());
        redrawAll.set(true);
        NoteResult result = text == null ? null : session.addNote(text);
        if (result == null) {
            state.flash = "Note cancelled: not saved";
        } else if (result instanceof NoteResult.Added added) {
            state.flash = added.saved().onDisk() ? "Note saved on step " + session.stepNumber() : added.saved().notSaved("Note");
            views.invalidate();
        } else if (result instanceof NoteResult.TooLong tooLong) {
            state.flash = tooLong.why();
        } else {
            state.flash = "Empty note: nothing saved";
        }
        messages();
    }

    private void messages() {
        List<String> messages = session.takeMessages();
        if (!messages.isEmpty()) {
            state.flash = String.join(" · ", messages);
        }
    }
}
