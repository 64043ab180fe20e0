package almanac.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every number question of the inference-economics path, worked again in Java from the
 * inputs its own text states: an answer key that drifts from its question fails here.
 * Keys are {@code step/question}; each value is the arithmetic the explanation walks through.
 */
class InferenceEconomicsWorkingTest {
    private static final Path FILE = Path.of("paths/inference-economics.yaml");
    private static final double MILLION = 1e6;
    private static final double SECONDS_PER_HOUR = 3600;

    /** The working of each number question, from the figures its prompt gives. */
    static final Map<String, Double> WORKING = new LinkedHashMap<>();

    static {
        // nvidia: $/hour over millions of tokens made in that hour.
        WORKING.put("nvidia/tokens-per-dollar", 2.35 / (1500 * SECONDS_PER_HOUR / MILLION));
        // nvidia: free memory over the KV cache of one conversation
        // (layers x KV heads x head size x K and V x bytes x tokens), rounded down.
        WORKING.put("nvidia/kv-users", Math.floor(500e9 / (80.0 * 8 * 128 * 2 * 2 * 16_000)));
        // aws: the card's price over its hours of life, plus an hour of power with the PUE.
        WORKING.put("aws/own-hourly-cost", 35_000 / (4 * 8_760.0) + 1.0 * 1.3 * 0.08);
        // aws: on-demand bill (input + output), halved by batch.
        WORKING.put("aws/batch-bill", (200 * 3.0 + 20 * 15.0) * 0.5);
        // hugging-face: the hourly price over the tokens an average (25% busy) hour yields.
        WORKING.put("hugging-face/idle-cost-per-token", 5.00 / (1500 * SECONDS_PER_HOUR / MILLION * 0.25));
        // mistral: GPT-5.5 bill over Mistral Small 4 bill for the same monthly tokens.
        WORKING.put("mistral/bill-ratio", (800 * 5.0 + 200 * 30.0) / (800 * 0.15 + 200 * 0.60));
        // deepseek-v4: the peak bill less the off-peak (half-rate) bill.
        WORKING.put("deepseek-v4/peak-vs-off-peak", (400 * 1.32 + 100 * 3.96) * (1 - 0.5));
        // openai: cache reads + cache writes (1.25x input) + ordinary input + output, per million.
        WORKING.put("openai/monthly-bill", 400 * 0.10 + 20 * (2.0 * 1.25) + (500 - 400 - 20) * 2.0 + 50 * 10.0);
        // anthropic: six ordinary sends of a 0.1M-token manual, less one 1-hour write (2x) and five reads (0.05x).
        WORKING.put("anthropic/hour-cache-saving", 6 * 0.1 * 4.0 - (0.1 * 4.0 * 2 + 5 * 0.1 * 4.0 * 0.05));
        // gpt-5-5: over 272K input, the whole request at 2x input and 1.5x output.
        WORKING.put("gpt-5-5/long-context-cliff", 0.3 * 5 * 2 + 0.008 * 30 * 1.5);
        // claude-code: 40 turns of 100K input uncached, versus 98K read (0.05x) + 2K written (1.25x) each turn.
        WORKING.put("claude-code/cache-saving", 40 * 0.1 * 2.0 - (40 * 0.098 * 2.0 * 0.05 + 40 * 0.002 * 2.0 * 1.25));
    }

    static Stream<Object[]> numberQuestions() {
        LearningPath path = PathLoader.load(FILE, FILE.toString()).orThrow();
        return path.steps().stream().flatMap(s -> s.quiz().stream()
                .filter(Numeric.class::isInstance)
                .map(q -> new Object[] {s.answerKey(q), q}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numberQuestions")
    void answer_isWhatItsStatedInputsGive(String key, Numeric q) {
        Double computed = WORKING.get(key);
        assertTrue(computed != null, key + " has no working in this test");
        assertTrue(q.tolerance().allows(q.answer(), computed),
                key + ": the file says " + q.answer() + " (within " + q.tolerance() + "), the working gives " + computed);
    }

    @Test
    void everyWorking_belongsToANumberQuestionOfThePath() {
        List<String> keys = numberQuestions().map(a -> (String) a[0]).toList();
        assertEquals(new TreeSet<>(keys), new TreeSet<>(WORKING.keySet()),
                "each number question has one working here, and no working is left over");
    }
}
