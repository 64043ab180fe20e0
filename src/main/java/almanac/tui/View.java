package almanac.tui;

/** What fills the screen between the title bar and the status line. */
enum View {
    /** The path's intro, on a first visit. */
    INTRO,
    /** The current step. */
    READER,
    /** A step was finished: its key points, before the next step. */
    DONE,
    OUTLINE,
    HELP,
    GLOSSARY,
    SOURCES,
    NOTES,
    /** The end of the path. */
    SUMMARY
}
