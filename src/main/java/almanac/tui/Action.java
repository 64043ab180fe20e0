package almanac.tui;

/**
 * Everything a key can ask of the full-screen tutor. Each view decides what an action means
 * there (→ starts on the intro, moves on from a step); {@link Keymap} says which keys ask for it,
 * and the help panel and the status-line hints are written from both.
 */
enum Action {
    DOWN("scroll down"),
    UP("scroll up"),
    PAGE_DOWN("page down"),
    PAGE_UP("page up"),
    TOP("top of the page"),
    BOTTOM("bottom of the page"),
    NEXT("next: the step's quiz, then the next step"),
    BACK("the step before (in a panel: close it)"),
    CHOOSE("start, go on, or go to the step chosen in the outline"),
    OUTLINE("outline: jump to any step"),
    NOTE("add a note to this step"),
    NOTES("your notes on this path"),
    GLOSSARY("glossary"),
    SEARCH("search the glossary"),
    SOURCES("sources of this step"),
    HELP("this help"),
    CLOSE("close a panel"),
    QUIT("quit (progress is saved as you go)");

    /** What the help panel says it does. */
    final String help;

    Action(String help) {
        this.help = help;
    }
}
