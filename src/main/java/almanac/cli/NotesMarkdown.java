package almanac.cli;

import almanac.content.LearningPath;
import almanac.content.Source;
import almanac.content.Step;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A learner's notes as a Markdown document that stands on its own as study notes: each
 * step with notes, the notes with their dates, then the step's key points and sources.
 */
final class NotesMarkdown {
    private NotesMarkdown() {
    }

    static String of(LearningPath path, PathProgress record, ZoneId zone) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(path.title())).append(" — notes\n\n");
        if (path.asOf() != null) {
            md.append("*Facts as of ").append(path.asOf()).append(". Path `").append(path.id()).append("`.*\n");
        }
        int count = 0;
        for (int i = 0; i < path.steps().size(); i++) {
            Step step = path.steps().get(i);
            List<Note> notes = record.notes(step.id());
            if (notes.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(i + 1).append(". ").append(oneLine(step.title())).append("\n\n");
            for (Note n : notes) {
                md.append("- **").append(when.format(n.at())).append("** ")
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
                            .append(s.date() == null ? "" : " (" + s.date() + ")").append('\n');
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
