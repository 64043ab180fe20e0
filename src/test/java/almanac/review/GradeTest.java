package almanac.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTest {

    @ParameterizedTest(name = "right={0}, hinted={1} -> {2} (rating {3}, passed={4})")
    @CsvSource({
        "false, false, AGAIN, 1, false",
        "false, true,  AGAIN, 1, false",
        "true,  true,  HARD,  2, true",
        "true,  false, GOOD,  3, true",
    })
    void answer_mapsToFsrsRating(boolean right, boolean hinted, Grade expected, int rating, boolean passed) {
        Grade actual = Grade.of(right, hinted);

        assertEquals(expected, actual);
        assertEquals(rating, actual.rating());
        assertEquals(passed, actual.passed());
    }
}
