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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "new", description = "Write ID.yaml here: a commented skeleton path that passes lint.",
        footer = {"", "Examples:", "  almanac new my-path", "  almanac new my-path --into-paths"})
final class NewCommand extends AlmanacCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The new path's id: lower-case letters, digits and dashes.")
    String id;

    NewCommand(Almanac root) {
        super(root);
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
        Path file = root.env().cwd().resolve(id + ".yaml");
        try {
            Files.writeString(file, skeleton.replace("__ID__", id).replace("__DATE__", today), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new UserException(file.getFileName() + " exists already; nothing was written");
        }
        String name = file.getFileName().toString();
        out().println("Wrote " + name + ". Next:");
        out().println("  almanac lint " + name + "          check it");
        out().println("  almanac learn ./" + name + "       try it");
        out().println("  mv " + name + " ~/.almanac/paths/   find it by id: almanac learn " + id);
        out().println("The format, field by field: docs/AUTHORING.md");
        return 0;
    }
}
