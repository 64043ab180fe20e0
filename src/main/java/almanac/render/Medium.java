package almanac.render;

/**
 * Who reads the text: a person looking at a terminal, or a screen reader (Orca, NVDA over
 * SSH, Speakup) that speaks it line by line. For a screen reader the text is linear and
 * labelled: tables become "column: value" lines, and nothing is drawn with box-drawing or
 * block characters or marks that speak as noise ("box drawings light horizontal").
 */
public enum Medium {
    SCREEN,
    SCREEN_READER
}
