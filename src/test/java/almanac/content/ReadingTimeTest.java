package almanac.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The honest time of a step (DESIGN §2): words at 230 a minute plus the questions' time. */
class ReadingTimeTest {

    @Test
    void countsBodyWhyAndKeyPoints_andEachKindOfQuestion() {
        String body = """
                | a | b |
                |---|---|
                | **one** | two |
                """;
        List<Question> quiz = List.of(
                new Numeric("n", "How many?", 2, Tolerance.EXACT, "", "Two.", null),
                new Choice("c", "Which?", List.of("a", "b"), 1, "A.", null),
                new Text("t", "Name?", List.of("a"), "A.", null));
        Step s = new Step("one", "One", 3, "Two words.", body, List.of("Three words here.", "Four words are here."),
                List.of(), quiz);

        ReadingTime t = ReadingTime.of(s);

        // The table's spaced pipes and the separator row count as written: 5 + 1 + 5 tokens.
        assertEquals(11 + 2 + 3 + 4, t.words());
        assertEquals(20 / 230.0 + 1.5 + 0.5 + 0.5, t.minutes(), 1e-9);
        assertEquals(3, t.rounded());
    }

    @Test
    void aStepFarOffWarns_oneWithinAQuarterDoesNot() {
        ReadingTime sevenAndAHalf = new ReadingTime(1380, 1, 0); // 6 + 1.5 = 7.5 minutes

        assertTrue(sevenAndAHalf.fits(8));
        assertTrue(sevenAndAHalf.fits(7));
        assertFalse(sevenAndAHalf.fits(10), "10 is a third over 7.5");
        assertFalse(sevenAndAHalf.fits(5), "5 is a third under 7.5");
    }

    @Test
    void exactlyAQuarterOff_passes_andAWordLessWarns() {
        ReadingTime four = new ReadingTime(920, 0, 0); // 4.0 minutes: 3 and 5 are exactly 25% off

        assertTrue(four.fits(5));
        assertTrue(four.fits(3));
        assertFalse(new ReadingTime(919, 0, 0).fits(5), "just under 4 minutes, 5 is just over 25% off");
        assertFalse(new ReadingTime(921, 0, 0).fits(3), "just over 4 minutes, 3 is just over 25% off");
    }

    @Test
    void theRoundedEstimate_alwaysPasses_evenBelowOneMinute() {
        ReadingTime short1 = new ReadingTime(20, 0, 0); // 0.09 minutes; minutes cannot be under 1

        assertEquals(1, short1.rounded());
        assertTrue(short1.fits(1));
        assertFalse(short1.fits(2));
        ReadingTime oneAndAHalf = new ReadingTime(330, 0, 0); // 1.43: 1 is 30% under, but it is the rounding
        assertTrue(oneAndAHalf.fits(1));
    }

    @Test
    void words_areWhitespaceSeparatedTokens() {
        assertEquals(0, ReadingTime.words(""));
        assertEquals(0, ReadingTime.words("  \n "));
        assertEquals(0, ReadingTime.words(null));
        assertEquals(3, ReadingTime.words("  one\ttwo\n\nthree "));
        assertEquals(3, ReadingTime.words("$3.50 – 5.00/hour"));
    }

    @Test
    void describe_givesTheEstimateAndItsParts() {
        assertEquals("7.5 (1,380 words at 230 a minute, 1 number question, 0 others)",
                new ReadingTime(1380, 1, 0).describe());
    }
}
