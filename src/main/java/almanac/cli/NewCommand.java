package almanac.cli;

import almanac.UserException;
import almanac.content.PathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class NewCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "new";

    String id;
    boolean intoPaths;

    NewCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME, "Write ID.yaml here: a commented skeleton path that passes lint.",
                List.of("almanac new my-path", "almanac new my-path --into-paths"),
                CommandModel.parameter("ID", "1", String.class, v -> id = v,
                        "The new path's id: lower-case letters, digits and dashes.").build(),
                CommandModel.flag("--into-paths", v -> intoPaths = v, "Write it into your paths folder"
                        + " ($ALMANAC_HOME/paths, else ~/.almanac/paths; made if missing).").build());
    }

    @Override
    public Integer call() throws IOException {
        if (!PathLoader.ID.matcher(id).matches()) {
            throw new UserException("'" + id + "' cannot be a path id: use 1-64 lower-case letters, digits and dashes,"
                    + " starting with a letter or digit");
        }
        String skeleton;
        try (InputStream in = NewCommand.class.getResourceAsStream("/almanac/new-path.yaml")) {
            if (in == null) {
                throw new IllegalStateException("the path skeleton is missing from the program");
            }
            skeleton = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String today = LocalDate.ofInstant(root.env().clock().instant(), root.env().zone()).toString();
        Path pathsFolder = root.homeDir().resolve("paths");
        Path file = (intoPaths ? pathsFolder : root.env().cwd()).resolve(id + ".yaml");
        try {
            if (intoPaths) {
                Files.createDirectories(pathsFolder);
            }
            Files.writeString(file, skeleton.replace("__ID__", id).replace("__DATE__", today), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UserException((intoPaths ? file : file.getFileName()) + " exists already; nothing was written");
        } catch (IOException e) {
            throw new UserException("cannot write " + file + ": " + e.getMessage(), e);
        }
        String almanac = root.env().command();
        String name = intoPaths ? ShellWords.quote(file, root.env().userHome()) : file.getFileName().toString();
        out().println("Wrote " + (intoPaths ? file : name) + ". Next:");
        // Each line pastes as it is: the command, then what it does as a shell comment.
        List<String[]> next = new ArrayList<>();
        next.add(new String[] {almanac + " lint " + name, "check it"});
        next.add(new String[] {almanac + " learn " + (intoPaths ? id : "./" + name), "try it"});
        if (!intoPaths) {
            String folder = ShellWords.quote(pathsFolder, root.env().userHome());
            next.add(new String[] {(Files.isDirectory(pathsFolder) ? "" : "mkdir -p " + folder + " && ") + "mv " + name
                    + " " + folder + "/", "then find it by id: " + almanac + " learn " + id});
        }
        int width = next.stream().mapToInt(line -> line[0].length()).max().orElse(0);
        for (String[] line : next) {
            out().println("  " + line[0] + " ".repeat(width - line[0].length()) + "   # " + line[1]);
        }
        // Named so it opens from any folder: from a checkout, its own copy of the guide.
        Path checkout = root.env().checkout();
        Path guide = checkout == null ? null : checkout.resolve("docs/AUTHORING.md");
        out().println("The format, field by field: " + (guide != null && Files.isRegularFile(guide)
                ? ShellWords.quote(guide, root.env().userHome()) : "docs/AUTHORING.md in Almanac's source"));
        return ExitCode.OK;
    }
}
