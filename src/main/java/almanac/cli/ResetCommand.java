package almanac.cli;

import almanac.UserException;
import almanac.content.Catalog;
import almanac.content.PathLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ResetCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "reset";

    String ref;
    boolean yes;
    boolean all;

    ResetCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME,
                "Forget your progress on one path (asks first; keeps notes unless --all).",
                List.of("almanac reset inference-economics", "almanac reset inference-economics --yes --all"),
                CommandModel.path("1", v -> ref = v, "A path id.").build(),
                CommandModel.flag("--yes", v -> yes = v, "Do not ask.").build(),
                CommandModel.flag("--all", v -> all = v, "Forget the notes too.").build());
    }

    @Override
    public Integer call() throws IOException {
        // Progress is kept by id, so a path whose file is gone can still be reset.
        String id = Catalog.looksLikeFile(ref) ? root.catalog().find(ref).id() : ref;
        if (!PathLoader.ID.matcher(id).matches()) {
            throw new UserException("'" + ref + "' is not a path id");
        }
        if (!root.store().load().paths().containsKey(id)) {
            if (!root.catalog().ids().contains(id)) {
                root.catalog().find(id); // no such path: its one-line error names the known ones
            }
            out().println("Nothing to reset: no progress on '" + id + "'.");
            return ExitCode.OK;
        }
        String what = all ? "progress and notes" : "progress (notes are kept)";
        if (!yes) {
            if (!root.env().interactive()) {
                throw new UserException("reset asks before forgetting; add --yes to run it without a terminal");
            }
            out().print("Forget your " + what + " on '" + id + "'? [y/N] ");
            out().flush();
            String answer = new BufferedReader(new InputStreamReader(root.env().in(), StandardCharsets.UTF_8)).readLine();
            if (answer == null || !answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y")) {
                out().println("Nothing changed.");
                return ExitCode.OK;
            }
        }
        root.store().update(p -> p.with(id, record -> record.reset(all)));
        out().println("Forgot your " + what + " on '" + id + "'.");
        return ExitCode.OK;
    }
}
