package almanac.tui;

import almanac.content.Step;
import almanac.tutor.Summary;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the full-screen tutor shows now, apart from the session itself. Views form a stack:
 * a panel (help, outline, glossary, sources, notes) opens over the view beneath it and
 * closing it shows that view again, scrolled where it was. Switching from one panel to
 * another replaces the panel, so Esc still lands where the first one opened.
 */
final class ScreenState {
    View view = View.READER;
    /** The views under the current one, nearest first. */
    private final Deque<View> under = new ArrayDeque<>();
    /** A one-line message shown in the status line until the next key. */
    String flash;
    /** The step text's scroll, kept across panels and quizzes. */
    final ScrollState body = new ScrollState();
    /** The intro's, the done screen's or the summary's scroll, whichever is the page under the panels. */
    final ScrollState page = new ScrollState();
    /** The open panel's scroll. */
    final ScrollState overlay = new ScrollState();
    /** On resuming, how far down the step to open (percent), applied once its length is known. */
    int resumeAt;
    /** The highlighted row of the outline, 0-based. */
    int outlineIndex;
    /** The glossary filter, and whether keys are typing into it. */
    String glossaryQuery = "";
    boolean typing;
    /** The step just finished, for the DONE view, and its number. */
    Step done;
    int doneNumber;
    /** Set on the last step's finish, for the SUMMARY view. */
    Summary summary;
    /** When a path finished on an earlier visit opens on its summary: when that was. */
    java.time.Instant finishedBefore;
    /** And how many of its questions were due for review then. */
    int dueThen;
    boolean quit;

    /** Shows a page (intro, step, done screen, summary) with nothing under it. */
    void base(View next) {
        under.clear();
        typing = false;
        if (next != view && !next.isPanel()) {
            page.home();
        }
        view = next;
    }

    /** Opens a panel over what is showing; over another panel it takes that one's place. */
    void open(View panel) {
        if (!view.isPanel()) {
            under.push(view);
        }
        view = panel;
        typing = false;
        overlay.home();
    }

    /** Closes the panel onto the view it opened from. */
    void close() {
        typing = false;
        view = under.isEmpty() ? View.READER : under.pop();
    }

    /** The view a panel would close onto (the current view when no panel is open). */
    View beneath() {
        return view.isPanel() && !under.isEmpty() ? under.peek() : view;
    }

    /** Whether a panel is open over the done screen: it is then about the step just finished. */
    boolean overDone() {
        return view.isPanel() && beneath() == View.DONE && done != null;
    }

    /** The scroll of the current view. */
    ScrollState scroll() {
        if (view.isPanel()) {
            return overlay;
        }
        return view == View.READER ? body : page;
    }
}
