package almanac.cli;

import almanac.content.Catalog;
import almanac.content.LearningPath;
import almanac.content.Step;
import almanac.prompt.Printer;
import almanac.render.Pages;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ShowCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "show";

    String ref;
    Integer step;
    boolean sources;

    ShowCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME, "Print a path's outline, or one step's text, to stdout.",
                List.of("almanac show inference-economics --step 2 | less",
                        "almanac show inference-economics --sources"),
                CommandModel.path("1", v -> ref = v, "A path id, or a path file.").build(),
                CommandModel.option("--step", "N", Integer.class, v -> step = v,
                        "Print step N (1-based) instead of the outline.").build(),
                CommandModel.flag("--sources", v -> sources = v,
                        "Print the sources (of every step, or of step N), each with its whole URL.").build());
    }

    @Override
    public Integer call() {
        LearningPath path = root.catalog().find(ref);
        Printer printer = new Printer(out(), Math.min(root.env().columns(), 100), root.medium());
        if (sources) {
            if (step != null) {
                Catalog.step(path, step);
            }
            for (int i = 0; i < path.steps().size(); i++) {
                if (step == null || step == i + 1) {
                    Step s = path.steps().get(i);
                    printer.raw(Pages.stepHeading(s, i + 1, path.steps().size(), printer.medium()));
                    printer.lines(Pages.sources(s, printer.width(), true));
                    printer.blank();
                }
            }
            return ExitCode.OK;
        }
        if (step == null) {
            printer.lines(Pages.intro(path, printer.width()));
            printer.blank();
            for (int i = 0; i < path.steps().size(); i++) {
                Step s = path.steps().get(i);
                printer.raw(Pages.outlineEntry(i + 1, s));
            }
            return ExitCode.OK;
        }
        Step s = Catalog.step(path, step);
        printer.raw(Pages.stepHeading(s, step, path.steps().size(), printer.medium()));
        printer.blank();
        printer.lines(Pages.step(s, printer.width(), printer.medium()));
        if (!s.keyPoints().isEmpty()) {
            printer.blank();
            printer.lines(Pages.keyPoints(s, printer.width()));
        }
        printer.blank();
        printer.lines(Pages.sources(s, printer.width()));
        return ExitCode.OK;
    }
}
