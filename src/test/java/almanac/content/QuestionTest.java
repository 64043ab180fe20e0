package almanac.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How each kind of question grades one line typed by the reader (DESIGN §5). */
class QuestionTest {

    /** What every kind of question promises, whatever its reply format. */
    interface QuestionContract {
        Question question();

        /** The reply a reader types when they know the right answer. */
        String rightReply();

        /** A well-formed reply that is not the answer. */
        String wrongReply();

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"", " ", "   ", "\t", " \t "})
        default void blankReply_isUnreadableNotWrong(String reply) {
            Check actual = question().check(reply);

            Check.Unreadable unreadable = assertInstanceOf(Check.Unreadable.class, actual);
            assertFalse(unreadable.why().isBlank(), "an unreadable reply must say what is expected");
        }

        @Test
        default void rightAnswer_isShownAsText() {
            assertFalse(question().rightAnswer().isBlank());
        }

        @Test
        default void replyFormat_isShownAsText() {
            assertFalse(question().replyFormat().isBlank());
        }

        @Test
        default void rightReply_isRight() {
            assertInstanceOf(Check.Right.class, question().check(rightReply()));
        }

        @Test
        default void rightReplyWithSurroundingSpaces_isRight() {
            assertInstanceOf(Check.Right.class, question().check("  " + rightReply() + " \n"));
        }

        @Test
        default void wrongReply_isWrong() {
            assertInstanceOf(Check.Wrong.class, question().check(wrongReply()));
        }
    }

    @Nested
    class ChoiceQuestion implements QuestionContract {
        private final Choice temperature = new Choice("green-temp", "What temperature suits green tea?",
                List.of("60 °C", "80 °C", "100 °C"), 2, "Around 80 °C.", null);

        @Override
        public Question question() {
            return temperature;
        }

        @Override
        public String rightReply() {
            return Integer.toString(temperature.answer());
        }

        @Override
        public String wrongReply() {
            return "3";
        }

        @ParameterizedTest(name = "reply \"{0}\" -> {1}")
        @CsvSource({"2, 2", "' 2 ', 2", "02, 2", "1, 1", "3, 3"})
        void optionNumber_isGradedAndRecordedAsTheNumber(String reply, String recorded) {
            Check actual = temperature.check(reply);

            Check expected = recorded.equals("2") ? new Check.Right(recorded) : new Check.Wrong(recorded);
            assertEquals(expected, actual);
        }

        @ParameterizedTest(name = "reply \"{0}\" -> {1}")
        @CsvSource({"80 °C, 2", "'  80   °c ', 2", "60 °C, 1"})
        void optionTypedOutInFull_countsAsItsNumber(String reply, String recorded) {
            Check actual = temperature.check(reply);

            Check expected = recorded.equals("2") ? new Check.Right(recorded) : new Check.Wrong(recorded);
            assertEquals(expected, actual);
        }

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"0", "4", "-1", "b", "two", "80", "1,2", "2 3", "2.5", "9999"})
        void replyThatIsNotOneOptionNumber_isUnreadable(String reply) {
            assertEquals(new Check.Unreadable("Answer with one number from 1 to 3."), temperature.check(reply));
        }

        @Test
        void rightAnswer_showsTheNumberAndTheOption() {
            assertEquals("2. 80 °C", temperature.rightAnswer());
        }

        @Test
        void options_areTheOnesToShow() {
            assertEquals(List.of("60 °C", "80 °C", "100 °C"), temperature.options());
        }
    }

    @Nested
    class ChoicesQuestion implements QuestionContract {
        private final Choices billed = new Choices("pick-two", "Which are billed as output tokens?",
                List.of("reasoning tokens", "the system prompt", "the reply", "cached input"),
                new TreeSet<>(List.of(1, 3)), "Reasoning and the reply.", null);

        @Override
        public Question question() {
            return billed;
        }

        @Override
        public String rightReply() {
            return "1,3";
        }

        @Override
        public String wrongReply() {
            return "1";
        }

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"1,3", "3,1", "1 3", "1, 3", "3 , 1", "1,,3", "1 1 3", "3,1,3,1", "1\t3"})
        void exactSetInAnyOrderAndSeparation_isRight(String reply) {
            assertEquals(new Check.Right("1,3"), billed.check(reply));
        }

        @ParameterizedTest(name = "reply \"{0}\" -> recorded as {1}")
        @CsvSource(delimiter = '|', textBlock = """
                1         | 1
                3         | 3
                1,2,3     | 1,2,3
                4 2       | 2,4
                1,2,3,4   | 1,2,3,4
                """)
        void subsetOrSupersetOfTheAnswers_isWrong(String reply, String recorded) {
            assertEquals(new Check.Wrong(recorded), billed.check(reply));
        }

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"1,5", "0,1", "a,b", "1;3", "1 and 3", ",", "1-3", "all"})
        void replyWithAnythingButOptionNumbers_isUnreadable(String reply) {
            assertEquals(new Check.Unreadable("Answer with the numbers of every right option (1 to 4), e.g. 1,3."),
                    billed.check(reply));
        }

        @Test
        void rightAnswer_listsEveryRightOption() {
            assertEquals("1. reasoning tokens; 3. the reply", billed.rightAnswer());
        }
    }

    @Nested
    class NumericQuestion implements QuestionContract {
        private final Numeric costPerMillion = new Numeric("tokens-per-dollar", "Cost per million tokens, in $?",
                0.44, new Tolerance(0.02, false), "$", "2.35 / (1500 * 3600) * 1e6", null);

        @Override
        public Question question() {
            return costPerMillion;
        }

        @Override
        public String rightReply() {
            return Numbers.format(costPerMillion.answer());
        }

        @Override
        public String wrongReply() {
            return "0.5";
        }

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"0.44", "$0.44", "$ 0.44", "0.44$", "0.44 $", ".44", "0.440", "0.43", "0.42", "0.46",
                "$0.45 per million", "0.44 dollars", "+0.44"})
        void replyWithinTheAbsoluteTolerance_isRight(String reply) {
            assertInstanceOf(Check.Right.class, costPerMillion.check(reply));
        }

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"0.41", "0.47", "4.4", "-0.44", "44"})
        void replyOutsideTheTolerance_isWrong(String reply) {
            assertInstanceOf(Check.Wrong.class, costPerMillion.check(reply));
        }

        @ParameterizedTest(name = "reply \"{0}\" -> recorded as {1}")
        @CsvSource(delimiter = '|', textBlock = """
                1500              | 1500
                1,500             | 1500
                $1,500            | 1500
                1,500.0           | 1500
                1500 tokens/s     | 1500
                1,500 tokens/s    | 1500
                1,234,567.5       | 1234567.5
                """)
        void thousandsCommasDollarSignAndUnit_areTolerated(String reply, String recorded) {
            Numeric tokensPerSecond = new Numeric("q", "Tokens per second?", 1500, Tolerance.EXACT, "tokens/s", null, null);

            Check actual = tokensPerSecond.check(reply);

            assertEquals(recorded.equals("1500") ? new Check.Right(recorded) : new Check.Wrong(recorded), actual);
        }

        @ParameterizedTest(name = "{0} within 5% of 200: {1}")
        @CsvSource({"200, true", "190, true", "210, true", "189.9, false", "210.1, false", "0, false"})
        void percentTolerance_isAShareOfTheAnswer(String reply, boolean right) {
            Numeric q = new Numeric("q", "How many?", 200, new Tolerance(5, true), null, null, null);

            Check actual = q.check(reply);

            assertEquals(right ? Check.Right.class : Check.Wrong.class, actual.getClass(), actual::toString);
        }

        @ParameterizedTest(name = "{0} against -3.5 +- 0.1: {1}")
        @CsvSource({"-3.5, true", "-3.45, true", "- 3.5, true", "-$3.5, true", "-3.61, false", "3.5, false"})
        void negativeAnswer_acceptsNegativeReplies(String reply, boolean right) {
            Numeric q = new Numeric("q", "Margin in points?", -3.5, new Tolerance(0.1, false), null, null, null);

            Check actual = q.check(reply);

            assertEquals(right ? Check.Right.class : Check.Wrong.class, actual.getClass(), actual::toString);
        }

        @Test
        void percentTolerance_onANegativeAnswerStillAllowsBothSides() {
            Numeric q = new Numeric("q", "Change?", -200, new Tolerance(5, true), "%", null, null);

            assertInstanceOf(Check.Right.class, q.check("-190"));
            assertInstanceOf(Check.Right.class, q.check("-210%"));
            assertInstanceOf(Check.Wrong.class, q.check("-189"));
        }

        @Test
        void exactAnswer_acceptsOnlyThatNumber() {
            Numeric q = new Numeric("q", "How many steps?", 9, Tolerance.EXACT, null, null, null);

            assertInstanceOf(Check.Right.class, q.check("9"));
            assertInstanceOf(Check.Right.class, q.check("9.0"));
            assertInstanceOf(Check.Wrong.class, q.check("9.01"));
        }

        @Test
        void answerComputedInFloatingPoint_acceptsTheDecimalReply() {
            Numeric q = new Numeric("q", "0.1 + 0.2?", 0.1 + 0.2, Tolerance.EXACT, null, null, null);

            assertInstanceOf(Check.Right.class, q.check("0.3"));
        }

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"abc", "five", "1.2.3", "1e3", "12 to 14", "--1", "1,50", "15,00", "0,44", "$", ".", "~0.44",
                "0.44 or 0.45"})
        void replyThatIsNotOneNumber_isUnreadable(String reply) {
            assertEquals(new Check.Unreadable("Answer with a number, e.g. 0.44 (a $ sign, commas and a unit are fine)."),
                    costPerMillion.check(reply));
        }

        @Test
        void replyTooLongForADouble_isNotANumberICanRead() {
            String huge = "9".repeat(310);

            Check actual = costPerMillion.check(huge);

            assertEquals(new Check.Unreadable("That is not a number I can read: it has too many digits."), actual);
            assertEquals(actual, costPerMillion.check("-$" + huge + " dollars"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                0.44 $ within 0.02  | 0.44 | $        | 0.02 | false | $0.44 (within 0.02)
                6 g within 0.5      | 6    | g        | 0.5  | false | 6 g (within 0.5)
                200 within 5%       | 200  | ''       | 5    | true  | 200 (within 5%)
                1500 exact          | 1500 | tokens/s | 0    | false | 1500 tokens/s
                """)
        void rightAnswer_showsTheNumberUnitAndTolerance(String situation, double answer, String unit, double amount,
                boolean percent, String expected) {
            Numeric q = new Numeric("q", "?", answer, new Tolerance(amount, percent), unit, null, null);

            assertEquals(expected, q.rightAnswer());
        }

        @Test
        void rightAnswerOfAnExactQuestion_typedBack_isRight() {
            Numeric q = new Numeric("q", "Price?", 2.35, Tolerance.EXACT, "$", null, null);

            assertEquals(new Check.Right("2.35"), q.check(q.rightAnswer()));
        }
    }

    @Nested
    class TextQuestion implements QuestionContract {
        private final Text moe = new Text("moe", "What does MoE stand for?",
                List.of("mixture of experts", "mixture-of-experts"), "Only some experts run per token.", null);

        @Override
        public Question question() {
            return moe;
        }

        @Override
        public String rightReply() {
            return moe.rightAnswer();
        }

        @Override
        public String wrongReply() {
            return "mixture of expert";
        }

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"mixture of experts", "Mixture of Experts", "MIXTURE OF EXPERTS", "  mixture   of experts ",
                "mixture\tof experts", "mixture of experts.", "\"mixture of experts\"", "'Mixture-of-Experts'",
                "\"Mixture of experts.\"", "\"mixture of experts\".", "mixture-of-experts"})
        void replyDifferingOnlyInCaseSpacingQuotesOrFullStop_isRight(String reply) {
            assertInstanceOf(Check.Right.class, moe.check(reply));
        }

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"mixture of expert", "experts", "mixtureofexperts", "mixture of experts!", "MoE"})
        void replyWithOtherWords_isWrong(String reply) {
            assertInstanceOf(Check.Wrong.class, moe.check(reply));
        }

        @ParameterizedTest(name = "reply \"{0}\"")
        @ValueSource(strings = {"\"\"", "''", ".", " . ", "\" \""})
        void replyWithNothingInside_isUnreadable(String reply) {
            assertEquals(new Check.Unreadable("Type your answer (or 'skip')."), moe.check(reply));
        }

        @Test
        void rightReply_isRecordedTidied() {
            assertEquals(new Check.Right("mixture of experts"), moe.check("  Mixture  of Experts. "));
        }

        @Test
        void acceptedAnswerWrittenWithCapitals_stillMatches() {
            Text q = new Text("q", "Which company makes the H100?", List.of("NVIDIA"), null, null);

            assertInstanceOf(Check.Right.class, q.check("nvidia"));
        }
    }
}
