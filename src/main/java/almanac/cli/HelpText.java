package almanac.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The environment variables the program reads, said once, and which of them each command's
 * help lists (its examples are in its own model's footer).
 */
final class HelpText {
    private static final Map<String, String> VARIABLES = new LinkedHashMap<>();

    static {
        VARIABLES.put("ALMANAC_HOME", "where progress is kept (as --home)");
        VARIABLES.put("ALMANAC_PATH", "more path folders, ':' between them (as --paths)");
        VARIABLES.put("NO_COLOR", "non-empty: no colour; else CLICOLOR_FORCE, CLICOLOR");
        VARIABLES.put("ALMANAC_SCREEN_READER", "1: text for screen readers (as --screen-reader)");
        VARIABLES.put("TERM", "dumb or unset: plain line mode");
        VARIABLES.put("COLUMNS", "the width of text printed off a terminal");
        VARIABLES.put("ALMANAC_JAVA_OPTS", "extra JVM options for bin/almanac (say -Xmx256m)");
        VARIABLES.put("PATH", "install says whether PREFIX/bin is on it");
    }

    private static final Map<String, List<String>> BY_COMMAND = Map.ofEntries(
            Map.entry("almanac", List.of("ALMANAC_HOME", "ALMANAC_PATH", "NO_COLOR", "ALMANAC_SCREEN_READER",
                    "ALMANAC_JAVA_OPTS")),
            Map.entry("list", List.of("ALMANAC_HOME", "ALMANAC_PATH", "COLUMNS")),
            Map.entry("learn", List.of("ALMANAC_HOME", "ALMANAC_PATH", "NO_COLOR", "ALMANAC_SCREEN_READER", "TERM")),
            Map.entry("show", List.of("ALMANAC_PATH", "COLUMNS")),
            Map.entry("progress", List.of("ALMANAC_HOME", "ALMANAC_PATH")),
            Map.entry("review", List.of("ALMANAC_HOME", "ALMANAC_PATH", "NO_COLOR", "ALMANAC_SCREEN_READER", "TERM")),
            Map.entry("notes", List.of("ALMANAC_HOME", "ALMANAC_PATH")),
            Map.entry("reset", List.of("ALMANAC_HOME")),
            Map.entry("new", List.of("ALMANAC_HOME")),
            Map.entry("completion", List.of("ALMANAC_PATH")),
            Map.entry("install", List.of("PATH")));

    private HelpText() {
    }

    /**
     * Finishes the help of {@code cl} and its commands: a command's help lists its own options
     * and points to {@code almanac --help} for the global ones; then an "Environment:" section
     * after the examples (and the exit codes, in the top-level help).
     */
    static void addEnvironment(CommandLine cl) {
        if (cl.getParent() != null) {
            cl.getCommandSpec().usageMessage().abbreviateSynopsis(true);
            cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpText::ownOptions);
        }
        List<String> names = BY_COMMAND.get(cl.getCommandName());
        if (names != null) {
            List<String> footer = new ArrayList<>(List.of(cl.getCommandSpec().usageMessage().footer()));
            footer.add("");
            footer.add("Environment:");
            for (String name : names) {
                footer.add(String.format("  %-22s %s", name, VARIABLES.get(name)));
            }
            if (cl.getParent() == null) {
                footer.add("");
                footer.add(ExitCode.IN_HELP);
            }
            cl.getCommandSpec().usageMessage().footer(footer.toArray(new String[0]));
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getParent() == cl) {
                addEnvironment(sub);
            }
        }
    }

    /** The command's own options, then a line naming the global ones. */
    private static String ownOptions(CommandLine.Help help) {
        CommandLine.Help.Layout layout = help.createDefaultLayout();
        List<String> global = new ArrayList<>();
        for (CommandLine.Model.OptionSpec option : help.commandSpec().options()) {
            if (option.hidden()) {
                continue;
            }
            if (option.inherited() && !option.usageHelp()) {
                global.add(option.longestName());
            } else {
                layout.addOption(option, help.parameterLabelRenderer());
            }
        }
        return layout + (global.isEmpty() ? "" : "Global options, as in 'almanac --help':\n  "
                + String.join(", ", global) + "\n");
    }
}
