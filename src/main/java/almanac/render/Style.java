package almanac.render;

/** How a piece of text is meant to look; front ends map it to colours or plain text. */
public enum Style {
    PLAIN, BOLD, ITALIC, CODE, HEADING, LINK, QUOTE, DIM, RULE,
    /** A verdict: right. */
    RIGHT,
    /** A verdict: wrong. */
    WRONG
}
