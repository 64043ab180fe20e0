package almanac.tutor;

import almanac.content.LearningPath;
import almanac.content.Step;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import java.util.ArrayList;
import java.util.List;

/**
 * A step's notes, with the step's number on the path. Every listing of notes (the full
 * screen's panel, plain mode's 'notes', {@code almanac notes}) walks the path this way.
 */
public record StepNotes(int number, Step step, List<Note> notes) {
    public StepNotes {
        notes = List.copyOf(notes);
    }

    /** The steps that have notes, in path order, each with its notes oldest first. */
    public static List<StepNotes> of(LearningPath path, PathProgress record) {
        List<StepNotes> all = new ArrayList<>();
        for (int i = 0; i < path.steps().size(); i++) {
            Step step = path.steps().get(i);
            List<Note> notes = record.notes(step.id());
            if (!notes.isEmpty()) {
                all.add(new StepNotes(i + 1, step, notes));
            }
        }
        return all;
    }
}
