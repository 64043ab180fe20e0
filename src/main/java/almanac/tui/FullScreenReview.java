package almanac.tui;

import almanac.render.Line;
import almanac.render.Pages;
import almanac.render.Sanitizer;
import almanac.render.Span;
import almanac.render.Style;
import almanac.render.Wrapper;
import almanac.tutor.Review;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The review on the full screen: what is due, then each question at the prompt, then how it
 * went and when the next review is.
 */
final class FullScreenReview {
    /** How long the key loop sleeps when no key is waiting; bounds the delay of a resize redraw. */
    private static final long IDLE_MILLIS = 10;
    private final AtomicBoolean redrawAll = new AtomicBoolean();
    private final Review review;
    private final Screen screen;
    private final Prompts prompts;
    private final Palette palette;
    private final Supplier<ZoneId> zone;
    private final ScrollState scroll = new ScrollState();
    private List<Review.Item> due;
    private Review.Outcome outcome;
    private int reviewed;
    private String flash;

    FullScreenReview(Review review, Screen screen, Prompts prompts, Palette palette, Supplier<ZoneId> zone) {
        this.review = review;
        this.screen = screen;
        this.prompts = prompts;
        this.palette = palette;
        this.zone = zone;
    }

    void run(Instant now) throws IOException {
        due = review.due();
        if (due.isEmpty()) {
            outcome = review.outcome();
        }
        redraw(now, true);
        while (true) {
            // Polled, not read blocking, so a resize or fg redraws while no key comes.
            KeyStroke key = screen.pollInput();
            if (key == null) {
                boolean resized = screen.doResizeIfNecessary() != null;
                if (resized || redrawAll.getAndSet(false)) {
                    redraw(now, true);
                } else {
                    pause();
                }
                continue;
            }
            if (key.getKeyType() == KeyType.EOF || isQuit(key)) {
                return;
            }
            if (outcome == null && (key.getKeyType() == KeyType.Enter || key.getKeyType() == KeyType.ArrowRight
                    || is(key, 'n'))) {
                ask();
                outcome = review.outcome();
            } else if (key.getKeyType() == KeyType.ArrowDown || is(key, 'j')) {
                scroll.by(1);
            } else if (key.getKeyType() == KeyType.ArrowUp || is(key, 'k')) {
                scroll.by(-1);
            } else if (outcome != null && key.getKeyType() == KeyType.Enter) {
                return;
            }
            boolean resized = screen.doResizeIfNecessary() != null;
            redraw(now, resized || redrawAll.getAndSet(false) || outcome != null);
        }
    }

    /** Asks for a whole-screen redraw from another thread (after Ctrl-Z and fg, say). */
    void requestFullRedraw() {
        redrawAll.set(true);
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(IDLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
    }

    private void ask() {
        for (int i = 0; i < due.size(); i++) {
            Review.Item item = due.get(i);
            String heading = "Review " + (i + 1) + "/" + due.size() + " · " + item.path().title() + " · step "
                    + item.stepNumber() + ": " + item.step().title();
            if (!prompts.quiz(heading, review.sheet(item), List.of(item.question()), List.of(item.question()))) {
                flash = "Review paused; the rest stay due";
                break;
            }
            reviewed++;
        }
        List<String> messages = review.takeMessages();
        if (!messages.isEmpty()) {
            flash = String.join(" · ", messages);
        }
    }

    void redraw(Instant now, boolean whole) throws IOException {
        Canvas canvas = new Canvas(screen, palette, screen.getTerminalSize());
        int width = Frame.textWidth(canvas);
        List<Line> lines = outcome == null ? dueList(width) : results(now, width);
        String hints = outcome == null ? "Enter start  q quit" : "q quit";
        Chrome chrome = new Chrome("Review", due.size() + " due", reviewed, Math.max(1, due.size()),
                reviewed + "/" + due.size() + " reviewed", hints, flash);
        Frame.draw(canvas, chrome, lines, scroll, -1);
        screen.setCursorPosition(null);
        screen.refresh(whole ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    private List<Line> dueList(int width) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(Pages.para(Pages.questionsDue(due.size()) + " for review, the longest overdue first.",
                Style.HEADING, width));
        lines.add(Line.EMPTY);
        for (Review.Item item : due) {
            lines.addAll(Pages.para("• " + item.path().title() + " · step " + item.stepNumber() + ": "
                    + item.step().title(), Style.BOLD, width));
            lines.addAll(Wrapper.wrap(List.of(new Span(Sanitizer.clean(item.question().prompt()), Style.PLAIN)), width,
                    new Span("  ", Style.PLAIN), new Span("  ", Style.PLAIN)));
        }
        lines.add(Line.EMPTY);
        lines.addAll(Pages.para("Press Enter to start. Each question opens at the prompt; 'hint' and 'skip' work there.",
                Style.DIM, width));
        return lines;
    }

    private List<Line> results(Instant now, int width) {
        List<Line> lines = new ArrayList<>();
        if (due.isEmpty()) {
            lines.addAll(Pages.para(Pages.nothingDue(outcome.next(), review.now(), zone.get()), Style.HEADING, width));
        } else {
            lines.addAll(Pages.para(Pages.reviewed(outcome.asked(), due.size(), outcome.right()), Style.HEADING, width));
            lines.add(Line.EMPTY);
            lines.addAll(Pages.para(Pages.leftAfterReview(outcome, review.now(), zone.get()), Style.PLAIN, width));
        }
        lines.add(Line.EMPTY);
        lines.add(Line.of("Press q to leave.", Style.DIM));
        return lines;
    }

    private static boolean isQuit(KeyStroke key) {
        return is(key, 'q') || key.getKeyType() == KeyType.Escape
                || key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c';
    }

    private static boolean is(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && key.getCharacter() == c;
    }
}
