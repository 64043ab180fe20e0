package almanac.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shape the inference-economics path promises its readers (PATH-BRIEF), checked on the real file. */
class InferenceEconomicsPathTest {
    private static final Path FILE = Path.of("paths/inference-economics.yaml");
    private static LearningPath path;
    private static LoadResult result;

    @BeforeAll
    static void load() {
        result = PathLoader.load(FILE, FILE.toString());
        path = result.orThrow();
    }

    static Stream<Step> steps() {
        return PathLoader.load(FILE, FILE.toString()).orThrow().steps().stream();
    }

    static Stream<Numeric> numberQuestions() {
        return steps().flatMap(s -> s.quiz().stream()).filter(Numeric.class::isInstance).map(Numeric.class::cast);
    }

    @Test
    void loads_withNoErrorsOrWarnings() {
        assertEquals(List.of(), result.problems());
    }

    @Test
    void steps_areTheNineOfTheBriefInOrder() {
        List<String> expected = List.of("nvidia", "aws", "hugging-face", "mistral", "deepseek-v4", "openai",
                "anthropic", "gpt-5-5", "claude-code");
        assertEquals(expected, path.steps().stream().map(Step::id).toList());
        assertEquals("Inference Economics: Who Serves AI, and at What Cost", path.title());
        assertEquals(Level.MIXED, path.level());
    }

    @Test
    void minutes_addUpToFiftyToFiftyFive() {
        int actual = path.totalMinutes();
        assertTrue(actual >= 50 && actual <= 55, "total minutes: " + actual);
    }

    @Test
    void asOf_isSetAndNoSourceIsDatedAfterIt() {
        assertTrue(path.asOf() != null);
        for (Step step : path.steps()) {
            for (Source source : step.sources()) {
                assertFalse(source.date().isAfter(path.asOf()), step.id() + ": " + source.title());
            }
        }
    }

    /** The time the intro promises is the time the steps take (DESIGN §2, the honest time). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void eachStep_minutesAreWithinAQuarterOfItsEstimate(Step step) {
        ReadingTime estimate = ReadingTime.of(step);
        assertTrue(estimate.fits(step.minutes()), step.id() + ": minutes " + step.minutes() + ", estimate " + estimate.describe());
    }

    @Test
    void estimates_addUpToFiftyToFiftyFive() {
        double total = path.steps().stream().mapToDouble(s -> ReadingTime.of(s).minutes()).sum();
        assertTrue(total >= 50 && total <= 55, "estimated minutes: " + total);
    }

    /** Aggregators and SEO blogs that restate others' figures; a reader cannot trust them. Matched anywhere in the url. */
    private static final List<String> BANNED_HOSTS = List.of("menafn.com", "americanbankingnews.com", "novaranews.com",
            "techreaderdaily.com", "compux.net", "mercatus-ai.com", "theinformationmachine.fyi", "tokencost.app",
            "api-evangelist", "ainews-intentmesh.pages.dev", "particle.news");

    /**
     * Primary pages (the companies' own newsrooms, investor pages, price lists, docs, papers, their
     * own code repositories) and major press. An entry with a slash is a host and path prefix.
     */
    private static final List<String> TRUSTED_HOSTS = List.of(
            // primary
            "nvidia.com", "aws.amazon.com", "aboutamazon.com", "amazon.com", "huggingface.co", "mistral.ai",
            "deepseek.com", "arxiv.org", "sec.gov", "openai.com", "anthropic.com", "claude.com", "apache.org",
            "github.com/huggingface/", "github.com/deepseek-ai/", "github.com/mistralai/",
            // major press and reputable analysis
            "reuters.com", "bloomberg.com", "ft.com", "wsj.com", "theinformation.com", "cnbc.com", "semianalysis.com");

    static String host(String url) {
        return java.net.URI.create(url).getHost().toLowerCase(java.util.Locale.ROOT);
    }

    /** The url's host is one of {@code hosts} or a subdomain of one, or the url starts with a host/path entry. */
    private static boolean onList(String url, List<String> hosts) {
        String host = host(url);
        String bare = url.replaceFirst("^https?://(www\\.)?", "").toLowerCase(java.util.Locale.ROOT);
        return hosts.stream().anyMatch(h -> h.contains("/") ? bare.startsWith(h) : host.equals(h) || host.endsWith("." + h));
    }

    @Test
    void noSource_isABannedAggregator() {
        List<String> banned = path.steps().stream().flatMap(s -> s.sources().stream())
                .map(Source::url).filter(u -> BANNED_HOSTS.stream().anyMatch(u.toLowerCase(java.util.Locale.ROOT)::contains))
                .toList();
        assertEquals(List.of(), banned);
    }

    @Test
    void atLeastSeventyPercentOfSources_arePrimaryOrMajorPress() {
        List<String> urls = path.steps().stream().flatMap(s -> s.sources().stream()).map(Source::url).toList();
        List<String> other = urls.stream().filter(u -> !onList(u, TRUSTED_HOSTS)).toList();
        double trusted = 1 - other.size() / (double) urls.size();
        assertTrue(trusted >= 0.70, String.format("%.0f%% primary or major press; the others: %s", 100 * trusted, other));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void eachStep_hasItsParts(Step step) {
        int words = ReadingTime.words(step.body());
        assertTrue(words >= 300 && words <= 1100, step.id() + " body words: " + words);
        assertTrue(step.sources().size() >= 3, step.id() + " sources");
        assertTrue(step.sources().stream().allMatch(s -> s.date() != null), step.id() + ": every source is dated");
        assertTrue(step.keyPoints().size() >= 2 && step.keyPoints().size() <= 5, step.id() + " key points");
        assertFalse(step.why().isBlank(), step.id() + " why");
        int questions = step.quiz().size();
        assertTrue(questions >= 2 && questions <= 3, step.id() + " questions: " + questions);
        Set<Class<?>> kinds = new HashSet<>();
        step.quiz().forEach(q -> kinds.add(q.getClass()));
        assertTrue(kinds.size() >= 2, step.id() + " question kinds: " + kinds);
        assertTrue(step.quiz().stream().noneMatch(q -> q.explain().isBlank()), step.id() + ": every question explains");
    }

    @Test
    void atLeastThreeNumberQuestions_makeTheReaderCompute() {
        assertTrue(numberQuestions().count() >= 3);
    }

    /**
     * The working in each explanation must arrive at the answer: some figure written in
     * the explanation lies within the question's tolerance of it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("numberQuestions")
    void numberAnswer_isReachedByItsExplainedWorking(Numeric q) {
        List<Double> figures = figures(q.explain());
        boolean reached = figures.stream().anyMatch(f -> q.tolerance().allows(q.answer(), f));
        assertTrue(reached, q.id() + ": answer " + q.answer() + " not among the explained figures " + figures);
        assertTrue(q.check(Numbers.format(q.answer())) instanceof Check.Right, "the answer itself is graded right");
    }

    @Test
    void glossary_hasFifteenToTwentyFiveDistinctTerms() {
        int size = path.glossary().size();
        assertTrue(size >= 15 && size <= 25, "glossary terms: " + size);
    }

    @Test
    void choiceAnswers_pointAtOptions() {
        for (Step step : path.steps()) {
            for (Question q : step.quiz()) {
                assertTrue(q.check(firstRightReply(q)) instanceof Check.Right, step.id() + "/" + q.id());
            }
        }
    }

    private static String firstRightReply(Question q) {
        if (q instanceof Choice c) {
            return Integer.toString(c.answer());
        }
        if (q instanceof Choices c) {
            return c.answers().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("");
        }
        if (q instanceof Numeric n) {
            return Numbers.format(n.answer());
        }
        return ((Text) q).accept().get(0);
    }

    private static List<Double> figures(String text) {
        List<Double> out = new ArrayList<>();
        Matcher m = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?").matcher(text);
        while (m.find()) {
            String raw = m.group().replace(",", "");
            if (!raw.isEmpty()) {
                out.add(Double.parseDouble(raw));
            }
        }
        return out;
    }
}
