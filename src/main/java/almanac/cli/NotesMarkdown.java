package almanac.cli;

import almanac.content.LearningPath;
import almanac.content.Source;
import almanac.content.Step;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import almanac.render.Pages;
import almanac.tutor.StepNotes;
import java.time.ZoneId;

/**
 * A learner's notes as a Markdown document that stands on its own as study notes: each
 * step with notes, the notes with their dates, then the step's key points and sources.
 */
final class NotesMarkdown {
    private NotesMarkdown() {
    }

    static String of(LearningPath path, PathProgress record, ZoneId zone) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(path.title())).append(" — notes\n\n");
        if (path.asOf() != null) {
            md.append("*Facts as of ").append(path.asOf()).append(". Path `").append(path.id()).append("`.*\n");
        }
        int count = 0;
        for (StepNotes byStep : StepNotes.of(path, record)) {
            Step step = byStep.step();
            md.append("\n## ").append(byStep.number()).append(". ").append(oneLine(step.title())).append("\n\n");
            for (Note n : byStep.notes()) {
                md.append("- **").append(Pages.date(n.at(), zone)).append("** ")
                        .append(n.text().strip().replace("\n", "\n  ")).append('\n');
                count++;
            }
            if (!step.keyPoints().isEmpty()) {
                md.append("\nKey points:\n\n");
                step.keyPoints().forEach(p -> md.append("- ").append(oneLine(p)).append('\n'));
            }
            if (!step.sources().isEmpty()) {
                md.append("\nSources:\n\n");
                for (Source s : step.sources()) {
                    md.append("- [").append(oneLine(s.title()).replace("]", "\\]")).append("](").append(s.url()).append(')')
                            .append(s.dateAfterTitle()).append('\n');
                }
            }
        }
        if (count == 0) {
            md.append("\nNo notes yet. In the tutor, press `a` (full screen) or type `note TEXT` (plain mode).\n");
        }
        return md.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').strip();
    }
}
