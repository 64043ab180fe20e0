package almanac.tui;

import almanac.content.Step;
import almanac.tutor.Summary;

/** What the full-screen tutor shows now, apart from the session itself. */
final class ScreenState {
    View view = View.READER;
    /** A one-line message shown in the status line until the next key. */
    String flash;
    final ScrollState body = new ScrollState();
    final ScrollState overlay = new ScrollState();
    /** The highlighted row of the outline, 0-based. */
    int outlineIndex;
    /** The glossary filter, and whether keys are typing into it. */
    String glossaryQuery = "";
    boolean typing;
    /** The step just finished, for the DONE view. */
    Step done;
    /** Set on the last step's finish, for the SUMMARY view. */
    Summary summary;
    boolean quit;

    void show(View next) {
        view = next;
        overlay.home();
    }
}
