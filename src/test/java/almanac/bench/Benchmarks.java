package almanac.bench;

import almanac.content.LoadResult;
import almanac.content.PathLoader;
import almanac.progress.Attempt;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import almanac.progress.Progress;
import almanac.progress.ProgressStore;
import almanac.tui.RedrawBench;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-process figures of docs/performance.md, printed as "name<TAB>value<TAB>unit" lines
 * for bench/run. Each figure is the median of several timed runs after warm-up runs, in
 * a fresh JVM, as a learner's process would be.
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    /** Every figure; with the argument {@code dotfile}, only the dotfile's. */
    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].equals("dotfile")) {
            screenAndPath();
        }
        dotfile();
    }

    private static void screenAndPath() throws Exception {
        double[] redraw = RedrawBench.run(1000);
        print("redraw_p50_ms", redraw[0]);
        print("redraw_p99_ms", redraw[1]);
        print("redraw_max_ms", redraw[2]);
        print("redraw_step_lines", redraw[3]);

        byte[] bigPath = bigPath(1000);
        print("load_1000_step_path_first_ms", time(() -> load(bigPath)));
        print("load_1000_step_path_ms", median(5, () -> load(bigPath)));
    }

    private static void dotfile() throws Exception {

        Clock clock = Clock.systemUTC();
        for (int size : new int[] {1000, 5000, 10000}) {
            Path home = Files.createTempDirectory("almanac-bench-" + size);
            ProgressStore store = new ProgressStore(home, clock);
            store.update(p -> big(size));
            print("dotfile_" + size + "_bytes", Files.size(store.file()));
            print("load_dotfile_" + size + "_ms", median(5, () -> new ProgressStore(home, clock).load()));
            print("save_one_note_" + size + "_ms", median(9, () -> store.update(
                    p -> p.with("bench", r -> r.withNote("s0", new Note(Instant.now(), "one more"))))));
        }
    }

    private static void load(byte[] bytes) {
        LoadResult r = PathLoader.parse(bytes, "big.yaml", "big");
        if (!r.ok()) {
            throw new IllegalStateException(r.problems().toString());
        }
    }

    /** A path of {@code steps} steps of about 150 words each, with a question each. */
    static byte[] bigPath(int steps) {
        StringBuilder b = new StringBuilder("schema: 1\nid: big\ntitle: Big\nsteps:\n");
        String para = "The cost of a token is set by the hourly price of a GPU and the number of tokens it serves. ".repeat(8);
        for (int i = 0; i < steps; i++) {
            b.append("  - id: s").append(i).append("\n    title: Step ").append(i).append("\n    minutes: 1\n")
                    .append("    body: |\n      ").append(para).append("\n")
                    .append("    key_points: [\"one\", \"two\"]\n")
                    .append("    sources:\n      - { title: \"S\", url: \"https://example.com/").append(i)
                    .append("\", date: 2026-01-01 }\n")
                    .append("    quiz:\n      - id: q\n        choice: \"Which?\"\n        options: [\"a\", \"b\"]\n")
                    .append("        answer: 1\n        explain: \"Because.\"\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A dotfile with {@code n} answers and {@code n} notes on one path. */
    static Progress big(int n) {
        Map<String, List<Attempt>> answers = new LinkedHashMap<>();
        Map<String, List<Note>> notes = new LinkedHashMap<>();
        Instant t = Instant.parse("2026-11-27T09:00:00Z");
        for (int i = 0; i < n; i++) {
            answers.put("s" + (i % 1000) + "/q" + (i / 1000), List.of(new Attempt(t, "1", i % 3 != 0)));
            notes.computeIfAbsent("s" + (i % 1000), k -> new java.util.ArrayList<>()).add(new Note(t, "note number " + i));
        }
        return new Progress(Map.of("bench", PathProgress.builder().started(t).current("s1").answers(answers)
                .notes(notes).build()));
    }

    interface Action {
        void run() throws Exception;
    }

    private static double time(Action a) throws Exception {
        long t0 = System.nanoTime();
        a.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double median(int runs, Action a) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = time(a);
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }

    private static void print(String name, double value) {
        System.out.printf("%s\t%.2f%n", name, value);
    }
}
