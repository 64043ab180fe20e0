/**
 * Spaced-repetition scheduling: when each question should be asked again.
 *
 * <p>Pure functions over small values, with no clock, file or terminal: {@link Scheduler#review}
 * turns a {@link Card} and a {@link Grade} into the next {@code Card}, {@link CardState} converts
 * a card to and from the flow map the dotfile keeps under {@code review}, and {@link Due} says
 * which cards are due at a given moment. The algorithm is FSRS-6 (open-spaced-repetition); see
 * {@link Scheduler} for the reference and every place where Almanac had to choose.
 */
package almanac.review;
