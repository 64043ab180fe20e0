package almanac.cli;

import almanac.content.LoadResult;
import almanac.content.PathLoader;
import almanac.content.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

final class LintCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "lint";

    List<Path> targets = new ArrayList<>();

    LintCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME,
                "Check path files; every problem as file:line:col: message. Exit 1 on any error.",
                List.of("almanac lint my-path.yaml", "almanac lint paths/"),
                CommandModel.parameters("FILE|DIR", "1..*", Path.class, v -> targets = v,
                        "Path files, or folders of them.").build());
    }

    @Override
    public Integer call() throws IOException {
        int files = 0;
        int errors = 0;
        int warnings = 0;
        for (Path file : files()) {
            files++;
            LoadResult result = PathLoader.load(file, file.toString());
            for (Problem p : result.problems()) {
                out().println(p);
                if (p.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        if (files == 0) {
            err().println("almanac: no path files (*.yaml) found in " + targets);
            return ExitCode.ERROR;
        }
        String summary = files + (files == 1 ? " file" : " files") + " checked: " + errors
                + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
        (errors > 0 ? err() : out()).println(summary);
        return errors > 0 ? ExitCode.ERROR : ExitCode.OK;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                try (Stream<Path> list = Files.list(target)) {
                    list.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(target);
            }
        }
        return files;
    }
}
