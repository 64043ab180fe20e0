package almanac.cli;

import almanac.UserException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class InstallCommand extends AlmanacCommand implements Callable<Integer> {
    static final String NAME = "install";

    Path prefix;

    InstallCommand(Almanac root) {
        super(root);
    }

    @Override
    CommandSpec spec() {
        return CommandModel.command(this, NAME,
                "Link PREFIX/bin/almanac to this checkout's launcher, so 'almanac' can be run from anywhere.",
                List.of("bin/almanac install", "bin/almanac install --prefix /usr/local"),
                CommandModel.option("--prefix", "DIR", Path.class, v -> prefix = v,
                        "Where to link DIR/bin/almanac (default: ~/.local).").build());
    }

    @Override
    public Integer call() throws IOException {
        Env env = root.env();
        if (env.checkout() == null) {
            throw new UserException("install links the launcher of a checkout; run it as bin/almanac install");
        }
        Path launcher = env.checkout().resolve("bin/almanac");
        Path bin = (prefix == null ? home(env).resolve(".local") : env.cwd().resolve(prefix)).resolve("bin");
        Path link = bin.resolve("almanac");
        if (Files.isSymbolicLink(link) && launcher.equals(Files.readSymbolicLink(link))) {
            out().println("Already installed: " + link + " -> " + launcher);
        } else {
            if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
                throw new UserException(link + " exists and is not a link; nothing was changed");
            }
            try {
                Files.createDirectories(bin);
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, launcher);
            } catch (IOException e) {
                throw new UserException("cannot link " + link + ": " + e.getMessage(), e);
            }
            out().println("Linked " + link + " -> " + launcher);
        }
        String rc = String.valueOf(env.var("SHELL")).endsWith("zsh") ? "~/.zshrc" : "~/.bashrc";
        String shell = rc.equals("~/.zshrc") ? "zsh" : "bash";
        if (onPath(env, bin)) {
            out().println(bin + " is on your PATH: run 'almanac' from anywhere.");
        } else {
            out().println(bin + " is not on your PATH yet. Add it, then open a new shell:");
            out().println("  echo 'export PATH=\"" + shellPath(env, bin) + ":$PATH\"' >> " + rc);
        }
        out().println("Completion of commands and path ids:");
        out().println("  echo 'source <(almanac completion " + shell + ")' >> " + rc);
        return ExitCode.OK;
    }

    /** The home a shell means by ~ and $HOME: $HOME when set, else the account's. */
    private static Path home(Env env) {
        String fromEnv = env.var("HOME");
        return fromEnv == null ? env.userHome() : Path.of(fromEnv);
    }

    private static boolean onPath(Env env, Path bin) {
        String path = env.var("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Path.of(dir).toAbsolutePath().normalize().equals(bin.toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }

    /** The folder as a shell line would best say it: under $HOME when it is there. */
    private static String shellPath(Env env, Path bin) {
        Path home = home(env).toAbsolutePath();
        Path absolute = bin.toAbsolutePath().normalize();
        return absolute.startsWith(home) ? "$HOME/" + home.relativize(absolute) : absolute.toString();
    }
}
