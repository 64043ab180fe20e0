package almanac.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Columns a text takes on a terminal, so wrapped lines never spill out of their box. */
class DisplayWidthTest {

    @ParameterizedTest(name = "{0}: \"{1}\" is {2} columns")
    @CsvSource(delimiter = '|', textBlock = """
            nothing                       | ''          | 0
            ASCII                         | tea         | 3
            Latin with a precomposed é    | thé         | 3
            Chinese                       | 緑茶         | 4
            Japanese kana                 | こんにちは    | 10
            Korean                        | 녹차         | 4
            full-width Latin              | ＡＢ          | 4
            emoji                         | 🍵          | 2
            emoji from the BMP            | ✅          | 2
            emoji with a skin tone        | 👍🏽          | 2
            rocket and text               | go🚀        | 4
            combining acute accent        | e\u0301     | 1
            two combining marks           | a\u0301\u0323 | 1
            zero-width space              | a\u200bb    | 2
            variation selector            | x\ufe0f     | 1
            CJK in a sentence             | 100 °C 緑茶 | 11
            """)
    void text_takesItsDisplayWidth(String situation, String text, int expected) {
        int actual = DisplayWidth.of(text);

        assertEquals(expected, actual);
    }

    @ParameterizedTest(name = "\"{0}\" cut to {1} columns is \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            tea       | 2  | te
            tea       | 3  | tea
            tea       | 10 | tea
            緑茶世界   | 3  | 緑
            緑茶世界   | 4  | 緑茶
            🍵🍵      | 1  | ''
            a🍵b      | 2  | a
            a🍵b      | 3  | a🍵
            tea       | 0  | ''
            """)
    void truncate_neverCutsAWideCharacterInHalf(String text, int columns, String expected) {
        String actual = DisplayWidth.truncate(text, columns);

        assertEquals(expected, actual);
    }
}
