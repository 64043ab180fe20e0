package almanac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import almanac.content.Source;
import almanac.content.Step;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step page: why, body, and the footnoted links listed under it. */
class PagesTest {
    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void stepWithLinks_listsEachUrlUnderItsFootnoteNumber() {
        Step step = new Step("water", "Water", 2, "Everything starts with water.",
                "See [a source](https://example.com/water) and [another](https://example.com/tea).",
                List.of(), List.of(), List.of());

        List<String> expected = List.of(
                "Why: Everything starts with water.",
                "",
                "See a source[1] and another[2].",
                "",
                "Links",
                "[1] https://example.com/water",
                "[2] https://example.com/tea");

        assertEquals(expected, texts(Pages.step(step, 60)));
    }

    @Test
    void stepWithoutLinks_hasNoLinkList() {
        Step step = new Step("time", "Time", 1, "", "Steep for two minutes.", List.of(), List.of(), List.of());

        assertEquals(List.of("Steep for two minutes."), texts(Pages.step(step, 60)));
    }

    @Test
    void sourcesAndTitles_fromTheFileAreInert() {
        Step step = new Step("x", "Title \u001b]0;PWNED\u0007", 1, "", "Body.", List.of(),
                List.of(new Source("Paper \u001b[2J", "https://example.com/\u009b", LocalDate.of(2026, 1, 15))), List.of());

        List<String> sources = texts(Pages.sources(step, 60));

        assertEquals(List.of("Sources", "  1. Paper ^[[2J (2026-01-15)", "     https://example.com/<U+009B>"), sources);
        assertEquals("Step 1/3 · Title ^[]0;PWNED^G (1 min)", Pages.stepHeading(step, 1, 3));
    }

    @Test
    void summaryWithStepsNotRead_saysEndOfThePathAndWhichStepsAreLeft() {
        var summary = new almanac.tutor.Summary("Tea", 1, 3, 1, 1, 4, java.time.Duration.ofMinutes(2), 0, List.of(),
                List.of(1, 2));

        List<String> actual = texts(Pages.summary(summary, 80));

        assertEquals("End of the path: Tea", actual.get(0));
        assertEquals("Not read yet: steps 1, 2 (the outline takes you back to any of them).", actual.get(2));
    }

    @Test
    void summaryAtFortyColumns_wrapsItsScoreUnderTheLabelInsteadOfCuttingIt() {
        var summary = new almanac.tutor.Summary("Tea", 1, 9, 0, 3, 26, java.time.Duration.ofMinutes(2), 0, List.of(),
                List.of());

        List<String> actual = texts(Pages.summary(summary, 40));

        assertTrue(actual.stream().allMatch(line -> line.length() <= 40), String.join("\n", actual));
        String quiz = actual.stream().filter(line -> line.startsWith("Quiz:")).findFirst().orElseThrow();
        String next = actual.get(actual.indexOf(quiz) + 1);
        assertEquals("Quiz:        0 right of 3 answered (26", quiz.stripTrailing());
        assertEquals("             questions)", next.stripTrailing());
    }

    @Test
    void summaryOfAOneQuestionPath_saysQuestionInTheSingular() {
        var summary = new almanac.tutor.Summary("Tea", 1, 1, 1, 1, 1, java.time.Duration.ofMinutes(2), 0, List.of(),
                List.of());

        List<String> actual = texts(Pages.summary(summary, 80));

        assertTrue(actual.contains("Quiz:        1 right of 1 answered (1 question)"), String.join("\n", actual));
    }

    @Test
    void summaryOfEveryStep_saysPathComplete() {
        var summary = new almanac.tutor.Summary("Tea", 3, 3, 4, 4, 4, java.time.Duration.ofMinutes(6), 1, List.of(),
                List.of());

        assertEquals("Path complete: Tea", texts(Pages.summary(summary, 80)).get(0));
    }

    @Test
    void worthAnotherLook_namesTheTopicAndTheRightAnswer_wrappedNotCut() {
        var missed = new almanac.tutor.Summary.Missed(1, "Water", almanac.tutor.Tea.question("tannins"));
        var summary = new almanac.tutor.Summary("Tea", 3, 3, 3, 4, 4, java.time.Duration.ofMinutes(6), 0,
                List.of(missed), List.of());

        String actual = String.join("\n", texts(Pages.summary(summary, 40)));

        assertEquals(false, actual.contains("…"), actual);
        assertEquals(false, actual.contains("Which are true?"), "the answer, not the question: " + actual);
        assertEquals(true, actual.contains("  • Water (step 1) · answer: 1. Hot"), actual);
        assertEquals(true, actual.replace("\n", " ").replaceAll(" +", " ").contains("Cooler water keeps sweet notes"), actual);
    }

    @Test
    void fromNow_roundsToTheNearestMinute() {
        assertEquals("in 10 minutes", Pages.fromNow(java.time.Duration.ofSeconds(9 * 60 + 58)));
        assertEquals("in 1 minute", Pages.fromNow(java.time.Duration.ofSeconds(5)));
    }
}
