package almanac.tutor;

import almanac.progress.Note;

/** What became of a note the learner typed. */
public sealed interface NoteResult {

    /** Nothing to keep: the text was blank. */
    record Blank() implements NoteResult {
    }

    /**
     * Refused: longer than a note may be ({@link Session#MAX_NOTE_BYTES}), so the dotfile
     * stays small enough to read back.
     */
    record TooLong(int bytes) implements NoteResult {
        public String why() {
            return "That note is " + Math.max(Session.MAX_NOTE_BYTES / 1024 + 1, bytes / 1024) + " KB; a note can hold at most "
                    + Session.MAX_NOTE_BYTES / 1024 + " KB. Nothing was added: shorten it or split it into several notes.";
        }
    }

    /** Kept on the current step; {@code saved} says whether it reached the disk. */
    record Added(Note note, Saved saved) implements NoteResult {
    }
}
