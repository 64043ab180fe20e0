package almanac.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeTest {

    @ParameterizedTest(name = "right={0}, hinted={1} -> {2} (q={3}, passed={4})")
    @CsvSource({
        "false, false, WRONG,  1, false",
        "false, true,  WRONG,  1, false",
        "true,  true,  HINTED, 3, true",
        "true,  false, RIGHT,  4, true",
    })
    void answer_mapsToSm2Quality(boolean right, boolean hinted, Grade expected, int quality, boolean passed) {
        Grade actual = Grade.of(right, hinted);

        assertEquals(expected, actual);
        assertEquals(quality, actual.quality());
        assertEquals(passed, actual.passed());
    }
}
