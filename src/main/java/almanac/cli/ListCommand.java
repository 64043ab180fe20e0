package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.content.Problem;
import almanac.progress.Progress;
import almanac.render.DisplayWidth;
import almanac.render.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ListCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "list";

    ListCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME, "The paths you can learn, with your progress on each.",
                List.of("almanac list", "almanac list --paths ./my-paths"));
    }

    @Override
    public Integer call() {
        List<Catalog.Entry> entries = root.catalog().entries();
        Progress progress = root.store().load();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "TITLE", "STEPS", "MIN", "LEVEL", "PROGRESS"});
        for (Catalog.Entry e : entries) {
            if (!e.result().ok()) {
                for (Problem p : e.result().problems()) {
                    if (p.isError()) {
                        err().println(p + " (skipped)");
                    }
                }
                continue;
            }
            LearningPath path = e.result().path();
            rows.add(new String[] {path.id(), Sanitizer.oneLine(path.title()), Integer.toString(path.steps().size()),
                    Integer.toString(path.totalMinutes()), path.level().label(),
                    Standing.of(path, progress.path(path.id()))});
        }
        if (rows.size() == 1) {
            out().println("No paths found. Put path files in " + root.homeDir().resolve("paths") + " or use --paths DIR.");
            return ExitCode.OK;
        }
        table(rows, TerminalWidth.of(root.env()));
        return ExitCode.OK;
    }

    /** Columns padded to the widest cell; the title column gives way when the terminal is narrow. */
    private void table(List<String[]> rows, int columns) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        int others = 0;
        for (int c = 0; c < widths.length; c++) {
            others += c == 1 ? 0 : widths[c] + 2;
        }
        widths[1] = Math.max(12, Math.min(widths[1], columns - others - 2));
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String cell = row[c];
                if (DisplayWidth.of(cell) > widths[c]) {
                    cell = DisplayWidth.truncate(cell, widths[c] - 1) + "…";
                }
                line.append(cell);
                if (c < row.length - 1) {
                    line.append(" ".repeat(widths[c] - DisplayWidth.of(cell) + 2));
                }
            }
            out().println(line.toString().stripTrailing());
        }
    }
}
