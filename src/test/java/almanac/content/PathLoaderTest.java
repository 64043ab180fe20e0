package almanac.content;

import static almanac.content.LoadHelp.errors;
import static almanac.content.LoadHelp.load;
import static almanac.content.LoadHelp.warnings;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of DESIGN §2 as `almanac lint` reports them: each problem as
 * {@code file:line:col: message}, all of them in one pass.
 */
class PathLoaderTest {

    /** The smallest path that passes every rule; the tests below each break one thing. */
    private static final String MINIMAL = """
            schema: 1
            id: x
            title: X
            steps:
              - id: one
                title: One
                minutes: 1
                body: Hello.
            """;

    /** {@link #MINIMAL} followed by a quiz whose first question starts at line 10, column 9. */
    private static String withQuiz(String questions) {
        return MINIMAL + "    quiz:\n" + questions.stripTrailing().lines()
                .map(l -> "      " + l).collect(Collectors.joining("\n")) + "\n";
    }

    private static Question onlyQuestion(LoadResult result) {
        assertTrue(result.ok(), () -> "expected the path to load, got " + result.problems());
        return result.path().steps().get(0).quiz().get(0);
    }

    @Nested
    class Fixtures {
        @Test
        void teaPath_loadsWithEveryQuestionKindAndNoProblems() throws Exception {
            LoadResult result = PathLoader.load(resource("/paths/tea.yaml"), "tea.yaml");

            assertEquals(List.of(), result.problems());
            LearningPath tea = result.path();
            assertEquals("Tea: A Short Path for Tests", tea.title());
            assertEquals(List.of("water", "leaves", "time"), tea.steps().stream().map(Step::id).toList());
            assertEquals(4, tea.totalMinutes());
            assertEquals(Level.BEGINNER, tea.level());
            assertEquals(LocalDate.of(2026, 11, 27), tea.asOf());
            assertEquals(List.of(Choice.class, Choices.class, Numeric.class, Text.class),
                    tea.steps().stream().flatMap(s -> s.quiz().stream()).map(Object::getClass).toList());
            assertEquals(2, tea.glossary().size());
        }

        @Test
        void typoFixture_namesTheKeyItMeant() throws Exception {
            LoadResult result = PathLoader.load(resource("/broken/typo.yaml"), "typo.yaml");

            assertFalse(result.ok());
            assertEquals(List.of("typo.yaml:3:1: unknown key 'titel' in the path (did you mean 'title'?)"),
                    errors(result));
        }

        @Test
        void minimalPath_loadsWithoutAnyProblem() {
            LoadResult result = load(MINIMAL);

            assertTrue(result.ok());
            assertEquals(List.of(), result.problems());
            assertEquals(Level.MIXED, result.path().level(), "level defaults to mixed");
        }
    }

    @Nested
    class RequiredFields {
        @ParameterizedTest(name = "path without ''{0}''")
        @ValueSource(strings = {"schema", "id", "title"})
        void pathWithoutKey_isReportedAtTheStartOfThePath(String key) {
            String yaml = MINIMAL.lines().filter(l -> !l.startsWith(key + ":")).collect(Collectors.joining("\n"));

            assertEquals(List.of("x.yaml:1:1: missing '" + key + "'"), errors(yaml));
        }

        @Test
        void pathWithoutSteps_isReported() {
            assertEquals(List.of("x.yaml:1:1: missing 'steps'"), errors("""
                    schema: 1
                    id: x
                    title: X
                    """));
        }

        @Test
        void pathWithEmptyStepList_needsAtLeastOneStep() {
            assertEquals(List.of("x.yaml:4:8: a path needs at least one step"), errors("""
                    schema: 1
                    id: x
                    title: X
                    steps: []
                    """));
        }

        @ParameterizedTest(name = "step without ''{0}''")
        @ValueSource(strings = {"id", "title", "minutes", "body"})
        void stepWithoutKey_isReportedAtTheStartOfTheStep(String key) {
            String step = Stream.of("id: one", "title: One", "minutes: 1", "body: Hello.")
                    .filter(kv -> !kv.startsWith(key + ":")).collect(Collectors.joining(", "));
            String yaml = "schema: 1\nid: x\ntitle: X\nsteps:\n  - { " + step + " }\n";

            assertEquals(List.of("x.yaml:5:5: missing '" + key + "'"), errors(yaml));
        }

        @ParameterizedTest(name = "{0} question with an empty prompt")
        @CsvSource(delimiter = '|', textBlock = """
                choice  | '- { id: q, choice: "", options: [a, b], answer: 1, explain: E. }'  | 10:26
                choices | '- { id: q, choices: "", options: [a, b], answers: [1], explain: E. }' | 10:27
                number  | '- { id: q, number: "", answer: 1, explain: E. }'                     | 10:26
                text    | '- { id: q, text: "", accept: [a], explain: E. }'                     | 10:24
                """)
        void questionWithEmptyPrompt_isReportedNotACrash(String kind, String question, String at) {
            assertEquals(List.of("x.yaml:" + at + ": '" + kind + "' must not be empty"), errors(withQuiz(question)));
        }

        @Test
        void questionWithBadIdAndBadAnswer_reportsBoth() {
            assertEquals(List.of("x.yaml:10:13: question id 'Q' must be 1-64 lower-case letters, digits and dashes,"
                    + " starting with a letter or digit", "x.yaml:13:17: answer 5 is not an option (1 to 2)"),
                    errors(withQuiz("""
                    - id: Q
                      choice: Which?
                      options: [a, b]
                      answer: 5
                      explain: E.
                    """)));
        }

        @Test
        void emptyTitle_isReportedWhereItIs() {
            assertEquals(List.of("x.yaml:3:8: 'title' must not be empty"), errors("""
                    schema: 1
                    id: x
                    title: ""
                    steps:
                      - { id: one, title: One, minutes: 1, body: Hello. }
                    """));
        }

        @ParameterizedTest(name = "{0} question without ''{1}''")
        @CsvSource(delimiter = '|', textBlock = """
                choice  | options | '- { id: q, choice: Q1, answer: 1, explain: E. }'
                choice  | answer  | '- { id: q, choice: Q1, options: [a, b], explain: E. }'
                choices | answers | '- { id: q, choices: Q1, options: [a, b], explain: E. }'
                number  | answer  | '- { id: q, number: Q1, explain: E. }'
                text    | accept  | '- { id: q, text: Q1, explain: E. }'
                any     | id      | '- { text: Q1, accept: [a], explain: E. }'
                """)
        void questionWithoutKey_isReportedAtTheStartOfTheQuestion(String kind, String key, String question) {
            assertEquals(List.of("x.yaml:10:9: missing '" + key + "'"), errors(withQuiz(question)));
        }
    }

    @Nested
    class Ids {
        @ParameterizedTest(name = "path id \"{0}\" is refused")
        @ValueSource(strings = {"Tea", "-tea", "tea_pot", "tea pot", "tea.yaml", "../tea", "thé",
                "a234567890123456789012345678901234567890123456789012345678901234x"})
        void badPathId_isReportedAtTheId(String id) {
            String yaml = "schema: 1\nid: \"" + id + "\"\ntitle: X\nsteps:\n  - { id: one, title: One, minutes: 1, body: Hello. }\n";

            assertEquals(List.of("x.yaml:2:5: path id '" + id
                    + "' must be 1-64 lower-case letters, digits and dashes, starting with a letter or digit"),
                    errors(yaml));
        }

        @ParameterizedTest(name = "path id \"{0}\" is accepted")
        @ValueSource(strings = {"a", "9", "tea-2", "inference-economics",
                "a234567890123456789012345678901234567890123456789012345678901234"})
        void goodPathId_loads(String id) {
            String yaml = "schema: 1\nid: " + id + "\ntitle: X\nsteps:\n  - { id: one, title: One, minutes: 1, body: Hello. }\n";

            LoadResult result = PathLoader.parse(yaml.getBytes(UTF_8), id + ".yaml", id);

            assertEquals(List.of(), result.problems());
            assertEquals(id, result.path().id());
        }

        @Test
        void badStepId_isReportedAtTheStepId() {
            assertEquals(List.of("x.yaml:5:9: step id 'One' must be 1-64 lower-case letters, digits and dashes,"
                    + " starting with a letter or digit"), errors("""
                    schema: 1
                    id: x
                    title: X
                    steps:
                      - id: One
                        title: One
                        minutes: 1
                        body: Hello.
                    """));
        }

        @Test
        void badQuestionId_isReportedAtTheQuestionId() {
            assertEquals(List.of("x.yaml:10:13: question id 'q 1' must be 1-64 lower-case letters, digits and dashes,"
                    + " starting with a letter or digit"), errors(withQuiz("""
                    - id: q 1
                      text: A?
                      accept: [a]
                      explain: E.
                    """)));
        }

        @Test
        void idOtherThanFileName_isReportedWithTheExpectedId() {
            assertEquals(List.of("x.yaml:2:5: id 'y' does not match the file name (expected 'x')"),
                    errors(MINIMAL.replace("id: x", "id: y")));
        }

        @Test
        void noFileName_skipsTheNameCheck() {
            LoadResult result = PathLoader.parse(MINIMAL.replace("id: x", "id: y").getBytes(UTF_8), "(stdin)", null);

            assertTrue(result.ok());
        }

        @ParameterizedTest(name = "file {0}")
        @ValueSource(strings = {"coffee.yaml", "coffee.yml"})
        void fileOnDisk_expectsTheIdOfItsName(String name, @TempDir Path dir) throws IOException {
            Path file = dir.resolve(name);
            Files.writeString(file, MINIMAL);

            LoadResult result = PathLoader.load(file, name);

            assertEquals(List.of(name + ":2:5: id 'x' does not match the file name (expected 'coffee')"), errors(result));
        }

        @Test
        void missingFile_isOneProblemNotAnException(@TempDir Path dir) {
            LoadResult result = PathLoader.load(dir.resolve("gone.yaml"), "gone.yaml");

            assertEquals(List.of("gone.yaml: no such file"), errors(result));
        }
    }

    @Nested
    class UniqueIds {
        @Test
        void twoStepsWithOneId_secondIsReported() {
            assertEquals(List.of("x.yaml:9:9: step id 'one' is used twice"), errors(MINIMAL + """
                      - id: one
                        title: Two
                        minutes: 1
                        body: Hi.
                    """));
        }

        @Test
        void twoQuestionsWithOneIdInAStep_secondIsReported() {
            assertEquals(List.of("x.yaml:14:13: question id 'q' is used twice in this step"), errors(withQuiz("""
                    - id: q
                      text: A?
                      accept: [a]
                      explain: E.
                    - id: q
                      text: B?
                      accept: [b]
                      explain: E.
                    """)));
        }

        @Test
        void sameQuestionIdInTwoSteps_isAllowed() {
            String yaml = """
                    schema: 1
                    id: x
                    title: X
                    steps:
                      - id: one
                        title: One
                        minutes: 1
                        body: Hello.
                        quiz: [ { id: q, text: Q1, accept: [a], explain: E. } ]
                      - id: two
                        title: Two
                        minutes: 1
                        body: Hello.
                        quiz: [ { id: q, text: Q2, accept: [b], explain: E. } ]
                    """;

            LoadResult result = load(yaml);

            assertEquals(List.of(), result.problems());
            assertEquals(List.of("one/q", "two/q"), result.path().steps().stream()
                    .map(s -> s.answerKey(s.quiz().get(0))).toList());
        }

        @Test
        void glossaryTermTwiceInAnyCase_secondIsReported() {
            assertEquals(List.of("x.yaml:11:13: glossary term 'kv cache' is defined twice"), errors(MINIMAL + """
                    glossary:
                      - { term: KV cache, means: A cache of keys and values. }
                      - { term: kv cache, means: The same again. }
                    """));
        }
    }

    @Nested
    class OptionsAndAnswers {
        private String choice(int options, int answer) {
            String list = IntStream.rangeClosed(1, options).mapToObj(i -> "o" + i).collect(Collectors.joining(", "));
            return withQuiz("- id: q\n  choice: Which?\n  options: [" + list + "]\n  answer: " + answer + "\n  explain: E.\n");
        }

        @ParameterizedTest(name = "{0} options are refused")
        @ValueSource(ints = {0, 1, 9, 12})
        void tooFewOrTooManyOptions_areReportedAtTheList(int count) {
            assertEquals(List.of("x.yaml:12:18: a question needs 2 to 8 options (this one has " + count + ")"),
                    errors(choice(count, 1)));
        }

        @ParameterizedTest(name = "{0} options are fine")
        @ValueSource(ints = {2, 5, 8})
        void twoToEightOptions_load(int count) {
            Choice q = (Choice) onlyQuestion(load(choice(count, count)));

            assertEquals(count, q.options().size());
            assertEquals(count, q.answer());
        }

        @ParameterizedTest(name = "answer {0} of 3 options is refused")
        @ValueSource(ints = {0, 4, -1, 99})
        void answerOutsideTheOptions_isReportedAtTheAnswer(int answer) {
            assertEquals(List.of("x.yaml:13:17: answer " + answer + " is not an option (1 to 3)"),
                    errors(choice(3, answer)));
        }

        @ParameterizedTest(name = "answers {0} with 3 options: {1}")
        @CsvSource(delimiter = '|', textBlock = """
                [1, 4]   | x.yaml:13:22: each answer must be an option number from 1 to 3
                [0, 2]   | x.yaml:13:19: each answer must be an option number from 1 to 3
                [1, b]   | x.yaml:13:22: each answer must be an option number from 1 to 3
                [1, 1]   | x.yaml:13:22: answer 1 is listed twice
                []       | x.yaml:13:18: 'answers' must list at least one option number
                3        | x.yaml:13:18: 'answers' must be a list
                """)
        void badAnswersList_isReportedAtTheBadItem(String answers, String expected) {
            String yaml = withQuiz("- id: q\n  choices: Which?\n  options: [a, b, c]\n  answers: " + answers
                    + "\n  explain: E.\n");

            assertEquals(List.of(expected), errors(yaml));
        }

        @Test
        void answersInAnyOrder_loadAsASet() {
            Choices q = (Choices) onlyQuestion(load(withQuiz("""
                    - id: q
                      choices: Which?
                      options: [a, b, c]
                      answers: [3, 1]
                      explain: E.
                    """)));

            assertEquals(Set.of(1, 3), q.answers());
        }
    }

    @Nested
    class Tolerances {
        private LoadResult number(String tolerance) {
            return load(withQuiz("- id: q\n  number: How many grams?\n  answer: 6\n  tolerance: " + tolerance
                    + "\n  explain: E.\n"));
        }

        @ParameterizedTest(name = "tolerance: {0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                0.5      | 0.5  | false
                2        | 2    | false
                0        | 0    | false
                5%       | 5    | true
                '2.5 %'  | 2.5  | true
                "10%"    | 10   | true
                """)
        void tolerance_isAbsoluteOrAPercentage(String written, double amount, boolean percent) {
            Numeric q = (Numeric) onlyQuestion(number(written));

            assertEquals(new Tolerance(amount, percent), q.tolerance());
        }

        @Test
        void noTolerance_meansExact() {
            Numeric q = (Numeric) onlyQuestion(load(withQuiz("""
                    - id: q
                      number: How many?
                      answer: 6
                      explain: E.
                    """)));

            assertEquals(Tolerance.EXACT, q.tolerance());
        }

        @ParameterizedTest(name = "tolerance: {0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                -1      | x.yaml:13:20: tolerance must not be negative
                lots    | x.yaml:13:20: 'tolerance' must be a number
                -5%     | x.yaml:13:20: 'tolerance' must be a number
                5%%     | x.yaml:13:20: 'tolerance' must be a number
                [1, 2]  | x.yaml:13:20: 'tolerance' must be a number
                """)
        void badTolerance_isReportedAtTheTolerance(String written, String expected) {
            assertEquals(List.of(expected), errors(number(written)));
        }
    }

    @Nested
    class UnknownKeys {
        @Test
        void typoInPathKey_namesTheNearestKeyAndDoesNotAlsoSayMissing() {
            assertEquals(List.of("x.yaml:3:1: unknown key 'titel' in the path (did you mean 'title'?)"),
                    errors(MINIMAL.replace("title: X", "titel: X")));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                summery    | summary    | the path
                levle      | level      | the path
                Title      | title      | the path
                glosary    | glossary   | the path
                asof       | as_of      | the path
                """)
        void misspeltPathKey_suggestsTheKnownOne(String typo, String meant, String where) {
            String yaml = MINIMAL + typo + ": something\n";

            assertEquals(List.of("x.yaml:9:1: unknown key '" + typo + "' in " + where + " (did you mean '" + meant + "'?)"),
                    errors(yaml));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                minuts      | minutes
                boddy       | body
                key-points  | key_points
                sorces      | sources
                wyh         | why
                """)
        void misspeltStepKey_suggestsTheKnownOne(String typo, String meant) {
            String yaml = MINIMAL + "    " + typo + ": something\n";

            assertEquals(List.of("x.yaml:9:5: unknown key '" + typo + "' in a step (did you mean '" + meant + "'?)"),
                    errors(yaml));
        }

        @Test
        void misspeltQuestionKey_suggestsTheKnownOne() {
            assertEquals(List.of("x.yaml:14:9: unknown key 'explian' in a question (did you mean 'explain'?)"),
                    errors(withQuiz("""
                    - id: q
                      text: A?
                      accept: [a]
                      hint: Think.
                      explian: E.
                    """)));
        }

        @Test
        void keyNearNothing_listsTheKnownKeys() {
            assertEquals(List.of("x.yaml:10:47: unknown key 'colour' in a source (known keys: title, url, date)"),
                    errors(MINIMAL + """
                        sources:
                          - { title: S, url: "https://s.example", colour: red, date: 2026-01-01 }
                    """));
        }

        @Test
        void unknownKeyNotNearTheMissingOne_stillReportsTheMissingOne() {
            assertEquals(List.of(
                    "x.yaml:10:5: missing 'means'",
                    "x.yaml:10:21: unknown key 'meaning' in a glossary entry (known keys: term, means)"),
                    errors(MINIMAL + """
                    glossary:
                      - { term: Tannin, meaning: A bitter compound. }
                    """));
        }
    }

    @Nested
    class Minutes {
        @ParameterizedTest(name = "minutes: {0} is refused")
        @ValueSource(ints = {0, -1, 121, 600})
        void minutesOutsideOneTo120_isReported(int minutes) {
            assertEquals(List.of("x.yaml:7:14: minutes must be from 1 to 120"),
                    errors(MINIMAL.replace("minutes: 1", "minutes: " + minutes)));
        }

        @ParameterizedTest(name = "minutes: {0} is fine")
        @ValueSource(ints = {1, 60, 120})
        void minutesFromOneTo120_load(int minutes) {
            LoadResult result = load(MINIMAL.replace("minutes: 1", "minutes: " + minutes));

            assertTrue(result.ok(), () -> result.problems().toString());
            assertEquals(minutes, result.path().totalMinutes());
        }
    }

    @Nested
    class Urls {
        private String source(String url) {
            return MINIMAL + "    sources:\n      - { title: S, url: \"" + url + "\", date: 2026-01-01 }\n";
        }

        @ParameterizedTest(name = "url \"{0}\" is refused")
        @ValueSource(strings = {"ftp://example.com/x", "javascript:alert(1)", "example.com", "file:///etc/passwd",
                "https://", "https://exa mple.com", "//example.com", "data:text/html,hi"})
        void urlThatIsNotHttp_isReportedWithTheUrl(String url) {
            assertEquals(List.of("x.yaml:10:26: url must start with http:// or https:// (got '" + url + "')"),
                    errors(source(url)));
        }

        @ParameterizedTest(name = "url \"{0}\" is accepted")
        @ValueSource(strings = {"http://example.com", "https://example.com/a?b=c#d", "HTTPS://EXAMPLE.COM"})
        void httpUrl_loads(String url) {
            LoadResult result = load(source(url));

            assertTrue(result.ok(), () -> result.problems().toString());
            assertEquals(url, result.path().steps().get(0).sources().get(0).url());
        }
    }

    @Nested
    class QuestionKinds {
        @Test
        void questionWithTwoKinds_isReportedAtTheSecondKind() {
            assertEquals(List.of("x.yaml:12:15: a question has one kind, but this one has both 'choice' and 'text'"),
                    errors(withQuiz("""
                    - id: q
                      choice: A?
                      text: B?
                      accept: [a]
                      explain: E.
                    """)));
        }

        @Test
        void questionWithoutKind_saysWhichKindsThereAre() {
            assertEquals(List.of("x.yaml:10:9: a question needs one of 'choice', 'choices', 'number' or 'text'"
                    + " (the question's kind and text)"), errors(withQuiz("""
                    - id: q
                      accept: [a]
                      explain: E.
                    """)));
        }

        @ParameterizedTest(name = "{0} question with ''{1}''")
        @CsvSource(delimiter = '|', textBlock = """
                text    | options   | '- { id: q, text: Q1, accept: [a], options: [a, b], explain: E. }'       | 10:50
                choice  | tolerance | '- { id: q, choice: Q1, options: [a, b], answer: 1, tolerance: 1, explain: E. }' | 10:69
                choices | answer    | '- { id: q, choices: Q1, options: [a, b], answers: [1], answer: 1, explain: E. }' | 10:70
                number  | accept    | '- { id: q, number: Q1, answer: 1, accept: [a], explain: E. }'         | 10:49
                text    | unit      | '- { id: q, text: Q1, accept: [a], unit: g, explain: E. }'             | 10:47
                choice  | answers   | '- { id: q, choice: Q1, options: [a, b], answer: 1, answers: [1], explain: E. }' | 10:67
                """)
        void keyOfAnotherKind_isReportedWhereItIs(String kind, String key, String question, String at) {
            assertEquals(List.of("x.yaml:" + at + ": '" + key + "' does not belong in a " + kind + " question"),
                    errors(withQuiz(question)));
        }
    }

    @Nested
    class WrongTypes {
        static Stream<Arguments> cases() {
            return Stream.of(
                    Arguments.of("minutes: ten", MINIMAL.replace("minutes: 1", "minutes: ten"),
                            "x.yaml:7:14: 'minutes' must be a whole number"),
                    Arguments.of("minutes: 1.5", MINIMAL.replace("minutes: 1", "minutes: 1.5"),
                            "x.yaml:7:14: 'minutes' must be a whole number"),
                    Arguments.of("schema: \"1\"", MINIMAL.replace("schema: 1", "schema: \"1\""),
                            "x.yaml:1:9: 'schema' must be a whole number"),
                    Arguments.of("title: [a, b]", MINIMAL.replace("title: X", "title: [a, b]"),
                            "x.yaml:3:8: 'title' must be text"),
                    Arguments.of("body: {a: b}", MINIMAL.replace("body: Hello.", "body: {a: b}"),
                            "x.yaml:8:11: 'body' must be text"),
                    Arguments.of("steps: hello", "schema: 1\nid: x\ntitle: X\nsteps: hello\n",
                            "x.yaml:4:8: 'steps' must be a list"),
                    Arguments.of("a step that is text", "schema: 1\nid: x\ntitle: X\nsteps:\n  - hello\n",
                            "x.yaml:5:5: a step must be a mapping of keys to values"),
                    Arguments.of("the path is a list", "- schema: 1\n- id: x\n",
                            "x.yaml:1:1: the path must be a mapping of keys to values"),
                    Arguments.of("the path is text", "just some words\n",
                            "x.yaml:1:1: the path must be a mapping of keys to values"),
                    Arguments.of("as_of: soon", MINIMAL + "as_of: soon\n",
                            "x.yaml:9:8: 'as_of' must be a date like 2026-11-27"),
                    Arguments.of("as_of: 2026-02-30", MINIMAL + "as_of: 2026-02-30\n",
                            "x.yaml:9:8: 'as_of' must be a date like 2026-11-27"),
                    Arguments.of("key_points: one", MINIMAL + "    key_points: one\n",
                            "x.yaml:9:17: 'key_points' must be a list"),
                    Arguments.of("key_points with an empty item", MINIMAL + "    key_points: [a, \"\"]\n",
                            "x.yaml:9:21: each item of 'key_points' must be non-empty text"),
                    Arguments.of("source date: last year", MINIMAL
                                    + "    sources: [ { title: S, url: \"https://s.example\", date: last year } ]\n",
                            "x.yaml:9:60: 'date' must be a date like 2026-11-27"),
                    Arguments.of("choice answer: \"2\"",
                            withQuiz("- { id: q, choice: Q1, options: [a, b], answer: \"2\", explain: E. }"),
                            "x.yaml:10:55: 'answer' must be a whole number"),
                    Arguments.of("number answer: six", withQuiz("- { id: q, number: Q1, answer: six, explain: E. }"),
                            "x.yaml:10:38: 'answer' must be a number"),
                    Arguments.of("options: \"a, b\"", withQuiz("- { id: q, choice: Q1, options: \"a, b\", answer: 1, explain: E. }"),
                            "x.yaml:10:39: 'options' must be a list"),
                    Arguments.of("a key that is a list", MINIMAL + "[a]: b\n", "x.yaml:9:1: a key must be a plain word"),
                    Arguments.of("a question that is text", withQuiz("- What is tea?"),
                            "x.yaml:10:9: a question must be a mapping of keys to values"),
                    Arguments.of("a source that is text", MINIMAL + "    sources: [ https://s.example ]\n",
                            "x.yaml:9:16: a source must be a mapping of keys to values"),
                    Arguments.of("a glossary entry that is text", MINIMAL + "glossary: [ tannin ]\n",
                            "x.yaml:9:13: a glossary entry must be a mapping of keys to values"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("cases")
        void valueOfTheWrongType_isReportedAtTheValue(String situation, String yaml, String expected) {
            assertEquals(List.of(expected), errors(yaml));
        }
    }

    @Nested
    class SchemaAndLevel {
        @ParameterizedTest(name = "schema: {0} is refused")
        @ValueSource(ints = {0, 2, 10})
        void schemaOtherThanOne_isReported(int schema) {
            assertEquals(List.of("x.yaml:1:9: unsupported schema " + schema + " (this Almanac reads schema 1)"),
                    errors(MINIMAL.replace("schema: 1", "schema: " + schema)));
        }

        @ParameterizedTest(name = "level: {0} -> {1}")
        @CsvSource({"beginner, BEGINNER", "intermediate, INTERMEDIATE", "advanced, ADVANCED", "mixed, MIXED",
                "Advanced, ADVANCED"})
        void knownLevel_loads(String written, Level expected) {
            LoadResult result = load(MINIMAL + "level: " + written + "\n");

            assertEquals(expected, result.path().level());
        }

        @ParameterizedTest(name = "level: {0} is refused")
        @ValueSource(strings = {"expert", "easy", "3", "\"\""})
        void unknownLevel_listsTheLevels(String written) {
            assertEquals(List.of("x.yaml:9:8: level must be one of beginner, intermediate, advanced, mixed"),
                    errors(MINIMAL + "level: " + written + "\n"));
        }
    }

    @Nested
    class OnePass {
        @Test
        void fileWithManyProblems_reportsAllOfThemInLineOrder() {
            String yaml = """
                    schema: 2
                    id: X
                    titel: Tea
                    level: expert
                    steps:
                      - id: one
                        title: One
                        minutes: 0
                        body: Hello.
                        sources:
                          - { title: S, url: "ftp://s" }
                        quiz:
                          - id: q
                            choice: Which?
                            options: [a]
                            answer: 1
                          - id: q
                            text: Again?
                            accept: [a]
                            options: [a, b]
                      - id: one
                        title: Two
                        minutes: 121
                        body: Hi.
                    glossary:
                      - { term: Tea }
                    """;
            List<String> expected = List.of(
                    "x.yaml:1:9: unsupported schema 2 (this Almanac reads schema 1)",
                    "x.yaml:2:5: path id 'X' must be 1-64 lower-case letters, digits and dashes, starting with a letter or digit",
                    "x.yaml:3:1: unknown key 'titel' in the path (did you mean 'title'?)",
                    "x.yaml:4:8: level must be one of beginner, intermediate, advanced, mixed",
                    "x.yaml:8:14: minutes must be from 1 to 120",
                    "x.yaml:11:26: url must start with http:// or https:// (got 'ftp://s')",
                    "x.yaml:15:18: a question needs 2 to 8 options (this one has 1)",
                    "x.yaml:17:13: question id 'q' is used twice in this step",
                    "x.yaml:20:18: 'options' does not belong in a text question",
                    "x.yaml:21:9: step id 'one' is used twice",
                    "x.yaml:23:14: minutes must be from 1 to 120",
                    "x.yaml:26:5: missing 'means'");

            LoadResult result = load(yaml);

            assertFalse(result.ok());
            assertNull(result.path());
            assertEquals(expected, errors(result));
        }

        @Test
        void brokenFile_thrownAsOneExceptionNamingTheFirstProblemAndTheCount() {
            LoadResult result = load(MINIMAL.replace("schema: 1", "schema: 2").replace("minutes: 1", "minutes: 0"));

            PathFileException e = assertThrows(PathFileException.class, result::orThrow);

            assertEquals("x.yaml:1:9: unsupported schema 2 (this Almanac reads schema 1)"
                    + " (and 1 more; run 'almanac lint')", e.getMessage());
            assertEquals(2, e.problems().size());
        }
    }

    @Nested
    class Warnings {
        private String words(int n) {
            return String.join(" ", java.util.Collections.nCopies(n, "word"));
        }

        @Test
        void bodyOver1500Words_warnsButLoads() {
            LoadResult result = load(MINIMAL.replace("minutes: 1", "minutes: 8").replace("Hello.", words(1501)));

            assertTrue(result.ok());
            assertEquals(List.of("x.yaml:8:11: warning: the body has 1501 words; steps read best under 1500"),
                    warnings(result));
        }

        @Test
        void bodyOf1500Words_isFine() {
            assertEquals(List.of(), warnings(MINIMAL.replace("minutes: 1", "minutes: 8").replace("Hello.", words(1500))));
        }

        @Test
        void sourceWithoutDate_warnsAtTheSource() {
            LoadResult result = load(MINIMAL + """
                        sources:
                          - { title: S, url: "https://s.example" }
                    """);

            assertTrue(result.ok());
            assertEquals(List.of("x.yaml:10:9: warning: this source has no date; readers need to know how old a fact is"),
                    warnings(result));
            assertNull(result.path().steps().get(0).sources().get(0).date());
        }

        @ParameterizedTest(name = "{0} words in {1} min: {2}")
        @CsvSource(delimiter = '|', textBlock = """
                230  | 1   | ''
                230  | 2   | x.yaml:7:14: warning: minutes: 2 is more than 25% off the estimate of 1.0 (230 words at 230 a minute, 0 number questions, 0 others); write 1
                1    | 1   | ''
                920  | 5   | ''
                920  | 3   | ''
                919  | 5   | x.yaml:7:14: warning: minutes: 5 is more than 25% off the estimate of 4.0 (919 words at 230 a minute, 0 number questions, 0 others); write 4
                920  | 6   | x.yaml:7:14: warning: minutes: 6 is more than 25% off the estimate of 4.0 (920 words at 230 a minute, 0 number questions, 0 others); write 4
                322  | 1   | ''
                322  | 2   | x.yaml:7:14: warning: minutes: 2 is more than 25% off the estimate of 1.4 (322 words at 230 a minute, 0 number questions, 0 others); write 1
                """)
        void minutesMoreThanAQuarterOffTheEstimate_warnsWithTheEstimate(int bodyWords, int minutes, String expected) {
            String yaml = MINIMAL.replace("minutes: 1", "minutes: " + minutes).replace("Hello.", words(bodyWords));

            assertEquals(expected.isEmpty() ? List.of() : List.of(expected), warnings(yaml));
        }

        @Test
        void questionWithoutExplain_warnsAtTheQuestion() {
            LoadResult result = load(withQuiz("""
                    - id: q
                      text: A?
                      accept: [a]
                    """));

            assertTrue(result.ok());
            assertEquals(List.of("x.yaml:10:9: warning: question 'q' has no 'explain'; readers learn most from the explanation"),
                    warnings(result));
        }

        @Test
        void questionWithoutIdOrExplain_doesNotCallItNull() {
            LoadResult result = load(withQuiz("""
                    - text: A?
                      accept: [a]
                    """));

            assertEquals(List.of("x.yaml:10:9: missing 'id'"), errors(result));
            assertEquals(List.of("x.yaml:10:9: warning: this question has no 'explain'; readers learn most from the explanation"),
                    warnings(result));
        }
    }

    @Nested
    class Messages {
        @Test
        void controlCharactersQuotedFromTheFile_areShownEscapedOnOneLine() {
            // YAML's double quotes turn \e, \a and \n into the real characters.
            String yaml = MINIMAL + "    sources: [ { title: S, url: \"\\e]0;pwned\\a\\nx.yaml:1:1: fine\", date: 2026-01-01 } ]\n";

            List<String> errors = errors(yaml);

            assertEquals(List.of("x.yaml:9:33: url must start with http:// or https:// (got '\\u001B]0;pwned\\u0007\\u000Ax.yaml:1:1: fine')"),
                    errors);
        }

        @Test
        void bidiOverrideInAKey_isShownEscaped() {
            String yaml = MINIMAL + "\"\u202Etitle\": X\n";

            assertEquals(List.of("x.yaml:9:1: unknown key '\\u202Etitle' in the path (did you mean 'title'?)"), errors(yaml));
        }
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(PathLoaderTest.class.getResource(name).toURI());
    }

    @Test
    void problemWithoutAPlace_printsTheFileAlone() {
        Problem problem = Problem.error("x.yaml", 0, 0, "the file is empty");

        assertEquals("x.yaml: the file is empty", problem.toString());
    }
}
