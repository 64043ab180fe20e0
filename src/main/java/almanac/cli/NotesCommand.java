package almanac.cli;

import almanac.content.LearningPath;
import almanac.content.Step;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import almanac.tutor.StepNotes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class NotesCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "notes";

    enum Format { md, json }

    String ref;
    Format format = Format.md;

    NotesCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME, "Your notes on a path, with the step each belongs to.",
                List.of("almanac notes inference-economics > notes.md",
                        "almanac notes inference-economics --format json"),
                CommandModel.path("1", v -> ref = v, "A path id or file.").build(),
                CommandModel.option("--format", "md|json", Format.class, v -> format = v, "md (default) or json.")
                        .build());
    }

    @Override
    public Integer call() {
        LearningPath path = root.catalog().find(ref);
        PathProgress record = root.store().load().path(path.id());
        if (format == Format.json) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (StepNotes byStep : StepNotes.of(path, record)) {
                Step step = byStep.step();
                for (Note n : byStep.notes()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("step", step.id());
                    item.put("step_title", step.title());
                    item.put("at", n.at().toString());
                    item.put("text", n.text());
                    items.add(item);
                }
            }
            out().println(Json.write(items));
            return ExitCode.OK;
        }
        out().print(NotesMarkdown.of(path, record, root.env().zone()));
        return ExitCode.OK;
    }
}
