package almanac.cli;

import almanac.UserException;
import almanac.content.Catalog;
import almanac.content.PathFolder;
import almanac.progress.ProgressStore;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code almanac} command: global options, and with no subcommand a short status.
 * Global options are inherited, so they work before or after the subcommand's name.
 */
@Command(name = "almanac",
        mixinStandardHelpOptions = true,
        versionProvider = Almanac.Version.class,
        description = "An interactive terminal tutor: learning paths of short, sourced steps with quick quizzes.",
        subcommands = {
            ListCommand.class, LearnCommand.class, ShowCommand.class, ProgressCommand.class,
            ReviewCommand.class, NotesCommand.class, ResetCommand.class, LintCommand.class, NewCommand.class,
            CompletionCommand.class, WarmUpCommand.class
        })
public final class Almanac implements Callable<Integer> {

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Where progress is kept (default: $ALMANAC_HOME, else ~/.almanac).")
    Path home;

    @Option(names = "--paths", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "An extra folder of path files, searched first (repeatable; also $ALMANAC_PATH).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--plain", scope = ScopeType.INHERIT, description = "Line mode, even on a terminal.")
    boolean plain;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colours (also $NO_COLOR).")
    boolean noColor;

    @Option(names = "--debug", scope = ScopeType.INHERIT, hidden = true, description = "Show stack traces of errors.")
    boolean debug;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final Env env;
    private ProgressStore store;

    Almanac(Env env) {
        this.env = env;
    }

    Env env() {
        return env;
    }

    /** Builds the command line with its output streams and error handling; tests call this too. */
    public static CommandLine commandLine(Env env) {
        Almanac root = new Almanac(env);
        CommandLine cl = new CommandLine(root, new CommandFactory(root));
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExecutionExceptionHandler(new ErrorHandler(root));
        return cl;
    }

    public static int run(Env env, String... args) {
        CommandLine cl = commandLine(env);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            env.err().println(OUT_OF_MEMORY);
            env.err().flush();
            return 1;
        }
        Almanac root = cl.getCommand();
        if (root.store != null) {
            // A broken dotfile set aside while reading is worth a line whatever the command.
            root.store.takeNotices().forEach(notice -> env.err().println("almanac: " + notice));
        }
        env.out().flush();
        env.err().flush();
        return code;
    }

    /** What to say when the heap runs out, wherever it happens: one line and what to do, never a trace. */
    static final String OUT_OF_MEMORY = "almanac: ran out of memory; run it again with a larger heap,"
            + " e.g. ALMANAC_JAVA_OPTS=-Xmx512m almanac ...";

    @Override
    public Integer call() {
        return new Status(this).print();
    }

    /** Where progress lives: --home, $ALMANAC_HOME, or ~/.almanac. */
    Path homeDir() {
        if (home != null) {
            return home.toAbsolutePath();
        }
        String fromEnv = env.var("ALMANAC_HOME");
        // Empty counts as unset (`ALMANAC_HOME= almanac`): it would put the dotfile in the current folder.
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return env.userHome().resolve(".almanac");
    }

    /** The dotfile store, one per run, so its notices can be reported at the end. */
    ProgressStore store() {
        if (store == null) {
            store = new ProgressStore(homeDir(), env.clock());
        }
        return store;
    }

    /** Path folders in discovery order (DESIGN §1). */
    Catalog catalog() {
        List<PathFolder> folders = new ArrayList<>();
        for (Path p : paths) {
            folders.add(new PathFolder.Directory(p));
        }
        String fromEnv = env.var("ALMANAC_PATH");
        if (fromEnv != null) {
            for (String dir : fromEnv.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    folders.add(new PathFolder.Directory(Path.of(dir)));
                }
            }
        }
        folders.add(new PathFolder.Directory(homeDir().resolve("paths")));
        if (env.checkout() != null) {
            folders.add(new PathFolder.Directory(env.checkout().resolve("paths")));
        }
        folders.add(new PathFolder.Bundled());
        return new Catalog(folders);
    }

    boolean colour() {
        return !noColor && env.var("NO_COLOR") == null;
    }

    boolean plainRequested() {
        return plain;
    }

    boolean debug() {
        return debug;
    }

    /** Creates subcommands with a reference to the root, so they share its options and env. */
    private record CommandFactory(Almanac root) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (AlmanacCommand.class.isAssignableFrom(cls)) {
                return cls.cast(cls.getDeclaredConstructor(Almanac.class).newInstance(root));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    /** User errors on one line, exit 1; bugs on one line too unless --debug. */
    private record ErrorHandler(Almanac root) implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
            var err = cl.getErr();
            if (root.debug()) {
                e.printStackTrace(err);
            }
            if (e instanceof UserException) {
                err.println("almanac: " + e.getMessage());
            } else if (ranOutOfMemory(e)) {
                err.println(OUT_OF_MEMORY);
            } else {
                err.println("almanac: internal error: " + e + (root.debug() ? "" : " (run with --debug for details)"));
            }
            err.flush();
            return 1;
        }
    }

    /** An OutOfMemoryError, perhaps wrapped (a CompletionException from another thread). */
    private static boolean ranOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Almanac.class.getPackage().getImplementationVersion();
            return new String[] {"almanac " + (v == null ? "(development build)" : v)};
        }
    }
}
