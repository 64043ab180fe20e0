package almanac.cli;

import almanac.content.Catalog;
import almanac.content.ParsedPathCache;
import almanac.content.PathFolder;
import almanac.progress.ProgressStore;
import almanac.render.Medium;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code almanac} command: global options, and with no subcommand a short status.
 * Global options are inherited, so they work before or after the subcommand's name.
 */
public final class Almanac implements Callable<Integer> {
    static final String NAME = "almanac";

    Path home;
    List<Path> paths = new ArrayList<>();
    boolean plain;
    Colour.When color;
    boolean noColor;
    boolean screenReader;
    boolean debug;

    private final Env env;
    private ProgressStore store;
    /** The terminal begun before the command line was read (see {@link TerminalOpening}), until a session takes it. */
    private TerminalOpening earlyTerminal;

    /** The model of the command and its global options (built in code: see {@link CommandModel}). */
    private CommandSpec spec() {
        CommandSpec spec = CommandModel.command(this, NAME,
                "An interactive terminal tutor: learning paths of short, sourced steps with quick quizzes.",
                List.of("almanac learn inference-economics", "almanac help learn"),
                OptionSpec.builder("-h", "--help").usageHelp(true).scopeType(ScopeType.INHERIT)
                        .description("Show this help.").build(),
                OptionSpec.builder("-V", "--version").versionHelp(true).description("Print the version.").build(),
                global(CommandModel.option("--home", "DIR", Path.class, v -> home = v,
                        "Where progress is kept: $ALMANAC_HOME, else ~/.almanac.")),
                global(CommandModel.options("--paths", "DIR", Path.class, v -> paths = v,
                        "An extra folder of path files, searched first (repeatable; also $ALMANAC_PATH).")),
                global(CommandModel.flag("--plain", v -> plain = v, "Line mode, even on a terminal.")),
                global(CommandModel.option("--color", "WHEN", Colour.When.class, v -> color = v,
                        "auto (default), always or never; auto heeds NO_COLOR, CLICOLOR_FORCE and CLICOLOR.")),
                global(CommandModel.flag("--no-color", v -> noColor = v, "The same as --color=never.")),
                global(CommandModel.flag("--screen-reader", v -> screenReader = v,
                        "Linear, labelled text for screen readers (also ALMANAC_SCREEN_READER=1).")),
                global(CommandModel.flag("--debug", v -> debug = v, "Show stack traces of errors.").hidden(true)));
        return spec.versionProvider(new Version());
    }

    /** An option of every command, set on this one wherever it is given. */
    private static OptionSpec global(OptionSpec.Builder option) {
        return option.scopeType(ScopeType.INHERIT).build();
    }

    Almanac(Env env) {
        this.env = env;
    }

    Env env() {
        return env;
    }

    /** Builds the command line with every subcommand, its output streams and error handling. */
    public static CommandLine commandLine(Env env) {
        return commandLine(env, null);
    }

    /** The same with only the subcommands that {@code args} need (all when args is null); see {@link Subcommands}. */
    static CommandLine commandLine(Env env, String[] args) {
        TerminalOpening early = args == null ? null : TerminalOpening.beginForSession(env, args);
        Almanac root = new Almanac(env);
        CommandSpec spec = root.spec();
        root.earlyTerminal = args == null ? null : TerminalOpening.keepFor(early, spec, args);
        CommandLine cl = CommandModel.commandLine(spec);
        // Before the settings below, which reach only the subcommands present when they are set.
        if (args == null) {
            Subcommands.registerAll(cl);
        } else {
            Subcommands.register(cl, args);
        }
        cl.setOut(env.out());
        cl.setErr(env.err());
        Failures failures = new Failures(root, cl.getParameterExceptionHandler());
        cl.setExecutionExceptionHandler(failures);
        cl.setParameterExceptionHandler(failures);
        cl.setExitCodeExceptionMapper(Failures::exitCode);
        HelpText.addEnvironment(cl);
        return cl;
    }

    public static int run(Env env, String... args) {
        almanac.Program.runAs(env.command());
        CommandLine cl = commandLine(env, args);
        Almanac root = cl.getCommand();
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            env.err().println(OUT_OF_MEMORY);
            env.err().flush();
            return 1;
        } finally {
            if (root.earlyTerminal != null) {
                root.earlyTerminal.close();  // no session took it
            }
        }
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

    /**
     * A command line that runs {@code words} as this run was set up: the program's name, and
     * the --home and --paths given, so a suggestion pasted as it is finds the same progress and
     * paths (environment variables stay set in the same shell).
     */
    String commandFor(String... words) {
        StringBuilder line = new StringBuilder(almanac.Program.name());
        if (home != null) {
            line.append(" --home ").append(ShellWords.quote(home, env.userHome()));
        }
        for (Path folder : paths) {
            line.append(" --paths ").append(ShellWords.quote(folder, env.userHome()));
        }
        for (String word : words) {
            line.append(' ').append(word);
        }
        return line.toString();
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

    /** The session's terminal: the one begun early when there is one, else begun now. */
    TerminalOpening terminalOpening() {
        TerminalOpening early = earlyTerminal;
        earlyTerminal = null;
        return early != null ? early : TerminalOpening.begin(env, plainRequested());
    }

    /** The dotfile store, one per run, so its notices can be reported at the end. */
    ProgressStore store() {
        if (store == null) {
            store = new ProgressStore(homeDir(), env.clock());
        }
        return store;
    }

    /** Path folders in discovery order (DESIGN §1), each file parsed once into the cache in the home. */
    Catalog catalog() {
        ParsedPathCache cache = ParsedPathCache.in(homeDir().resolve("cache"));
        List<PathFolder> folders = new ArrayList<>();
        for (Path p : paths) {
            folders.add(new PathFolder.Directory(p, cache));
        }
        String fromEnv = env.var("ALMANAC_PATH");
        if (fromEnv != null) {
            for (String dir : fromEnv.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    folders.add(new PathFolder.Directory(Path.of(dir), cache));
                }
            }
        }
        folders.add(new PathFolder.Directory(homeDir().resolve("paths"), cache));
        if (env.checkout() != null) {
            folders.add(new PathFolder.Directory(env.checkout().resolve("paths"), cache));
        }
        folders.add(new PathFolder.Bundled(cache));
        return new Catalog(folders);
    }

    /** Whether the full screen uses colour: --color / --no-color, else the environment (see {@link Colour}). */
    boolean colour() {
        return Colour.wanted(noColor ? Colour.When.never : color, env);
    }

    /** Who reads the tutor: a screen reader with --screen-reader or ALMANAC_SCREEN_READER=1 (not 0). */
    Medium medium() {
        String fromEnv = env.var("ALMANAC_SCREEN_READER");
        return screenReader || fromEnv != null && !fromEnv.equals("0") ? Medium.SCREEN_READER : Medium.SCREEN;
    }

    /** Line mode whatever the terminal: --plain, or the screen-reader mode, which never draws a screen. */
    boolean plainRequested() {
        return plain || medium() == Medium.SCREEN_READER;
    }

    boolean debug() {
        return debug;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Almanac.class.getPackage().getImplementationVersion();
            return new String[] {"almanac " + (v == null ? "(development build)" : v)};
        }
    }
}
