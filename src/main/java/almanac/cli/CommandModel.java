package almanac.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Range;

/**
 * The picocli model of a command, built in code. picocli's annotations cost about 35 ms on a
 * cold JVM, most of {@code almanac --version}: reading them makes a {@code java.lang.reflect.Proxy}
 * class per annotation type at run time (no class-data archive can hold those), and the fields
 * are found and set by reflection. A command instead lists its options here, each bound to its
 * field by a setter, and the model costs a few milliseconds.
 */
final class CommandModel {
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    private static final String NO_CLOSURES = "picocli.disable.closures";
    /**
     * Folders and files. picocli's own makes a Path through {@code Paths.get} found by
     * reflection (it runs on Java 5), which spins an accessor class at its first use, about
     * 2 ms of a cold start; this is a plain call.
     */
    private static final ITypeConverter<Path> PATH = Path::of;

    private CommandModel() {
    }

    /**
     * The command line of {@code root}, with two of picocli's start-up costs switched off
     * through its own settings. Each {@code CommandLine} registers converters for java.sql and
     * java.time types (and Path) by reflection, and {@code Class.forName} initialises each of
     * those classes ({@code MonthDay} alone builds a date formatter); no option here has such a
     * type (Path options bring their own converter), so all of them are left out. The setting
     * is a list of regular expressions matched against each of the 20 class names, compiled
     * anew at every match, so it is the cheapest one there is. And picocli looks for Groovy's
     * closure class, which is not on the class path: a failed look-up that opens the jar.
     */
    static CommandLine commandLine(CommandSpec root) {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, ".*");
        }
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
        return new CommandLine(root);
    }

    /** A command named {@code name} that runs {@code command}; {@code examples} close its help. */
    static CommandSpec command(Object command, String name, String description, List<String> examples,
            ArgSpec... args) {
        CommandSpec spec = unexpanded(CommandSpec.wrapWithoutInspection(command)).name(name);
        spec.usageMessage().description(description);
        if (!examples.isEmpty()) {
            List<String> footer = new ArrayList<>(List.of("", "Examples:"));
            examples.forEach(example -> footer.add("  " + example));
            spec.usageMessage().footer(footer.toArray(new String[0]));
        }
        for (ArgSpec arg : args) {
            spec.add(arg);
        }
        return spec;
    }

    /**
     * {@code spec} without picocli's expansion of variables ({@code ${sys:...}}), which no text
     * here uses: it looks each option's names, the command's name (at every call) and more up
     * for four kinds of variable, about a tenth of a cold start's model building.
     */
    static CommandSpec unexpanded(CommandSpec spec) {
        return spec.interpolateVariables(false);
    }

    /** An option that takes a value, {@code --name LABEL}. */
    static <T> OptionSpec.Builder option(String name, String label, Class<T> type, Consumer<T> field,
            String description) {
        Binding<T> binding = new Binding<>(field);
        OptionSpec.Builder option = OptionSpec.builder(name).type(type).paramLabel(label).description(description)
                .getter(binding).setter(binding).hasInitialValue(false);
        return type == Path.class ? option.converters(PATH) : option;
    }


    /** An option that may be given more than once, each value added to a list. */
    static <E> OptionSpec.Builder options(String name, String label, Class<E> element, Consumer<List<E>> field,
            String description) {
        OptionSpec.Builder option = option(name, label, List.class, list(field), description).auxiliaryTypes(element);
        return element == Path.class ? option.converters(PATH) : option;
    }

    /** An option without a value: true when given. */
    static OptionSpec.Builder flag(String name, Consumer<Boolean> field, String description) {
        Binding<Boolean> binding = new Binding<>(field);
        return OptionSpec.builder(name).type(boolean.class).description(description)
                .getter(binding).setter(binding).hasInitialValue(false);
    }

    /** A positional parameter, required unless {@code arity} (as picocli reads it: "1", "0..1", "1..*") allows none. */
    static <T> PositionalParamSpec.Builder parameter(String label, String arity, Class<T> type, Consumer<T> field,
            String description) {
        Binding<T> binding = new Binding<>(field);
        Range range = Range.valueOf(arity);
        PositionalParamSpec.Builder parameter = PositionalParamSpec.builder().type(type).paramLabel(label).arity(range)
                .required(range.min() > 0).description(description).getter(binding).setter(binding)
                .hasInitialValue(false);
        return type == Path.class ? parameter.converters(PATH) : parameter;
    }

    /** Positional parameters that fill a list. */
    static <E> PositionalParamSpec.Builder parameters(String label, String arity, Class<E> element,
            Consumer<List<E>> field, String description) {
        PositionalParamSpec.Builder parameter = parameter(label, arity, List.class, list(field), description)
                .auxiliaryTypes(element);
        return element == Path.class ? parameter.converters(PATH) : parameter;
    }

    /** The PATH parameter: a path id or file; a shell completes it to the ids it knows. */
    static PositionalParamSpec.Builder path(String arity, Consumer<String> field, String description) {
        return parameter("PATH", arity, String.class, field, description).completionCandidates(new PathIds());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <E> Consumer<List> list(Consumer<List<E>> field) {
        return list -> field.accept((List<E>) list);
    }

    /**
     * What picocli reads and writes as the value: it keeps the last value set (a list option
     * adds each occurrence to it) and hands each to the command's field. There is no initial
     * value to reset to: a command line is parsed once, and the fields keep their own defaults
     * until an option is given. A global option has a copy in the subcommand that shares this
     * binding, and picocli starts a new, empty list for that copy: the values given before the
     * command's name are carried into it, so {@code --paths A learn x --paths B} keeps both.
     */
    private static final class Binding<T> implements IGetter, ISetter {
        private final Consumer<T> field;
        private Object value;

        Binding(Consumer<T> field) {
            this.field = field;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R get() {
            return (R) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R newValue) {
            R old = (R) value;
            if (newValue instanceof Collection<?> fresh && fresh.isEmpty() && old instanceof Collection<?> earlier
                    && fresh != earlier) {
                ((Collection<Object>) fresh).addAll(earlier);
            }
            value = newValue;
            field.accept((T) newValue);
            return old;
        }
    }
}
