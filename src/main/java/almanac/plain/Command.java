package almanac.plain;

import java.util.Locale;

/**
 * One line typed at the plain prompt, understood. Short forms: n next, b back, g N goto,
 * o outline, s sources, h or ? help, q quit; a bare number goes to that step.
 */
record Command(Verb verb, String argument) {

    enum Verb { NEXT, BACK, GOTO, OUTLINE, NOTE, NOTES, QUIZ, GLOSSARY, SOURCES, HELP, QUIT, NOTHING, UNKNOWN }

    static Command parse(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return new Command(Verb.NOTHING, "");
        }
        if (trimmed.startsWith(":")) {
            return new Command(Verb.NOTE, trimmed.substring(1).strip());
        }
        int space = trimmed.indexOf(' ');
        String word = (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
        String rest = space < 0 ? "" : trimmed.substring(space + 1).strip();
        if (word.matches("[0-9]{1,4}") && rest.isEmpty()) {
            return new Command(Verb.GOTO, word);
        }
        Verb verb = switch (word) {
            case "next", "n" -> Verb.NEXT;
            case "back", "b", "prev", "p" -> Verb.BACK;
            case "goto", "go" -> Verb.GOTO;
            case "g" -> rest.matches("[0-9]{1,4}") ? Verb.GOTO : Verb.GLOSSARY;
            case "outline", "o" -> Verb.OUTLINE;
            case "note", "a" -> Verb.NOTE;
            case "notes" -> Verb.NOTES;
            case "quiz" -> Verb.QUIZ;
            case "glossary" -> Verb.GLOSSARY;
            case "sources", "s" -> Verb.SOURCES;
            case "help", "h", "?" -> Verb.HELP;
            case "quit", "q", "exit" -> Verb.QUIT;
            default -> Verb.UNKNOWN;
        };
        return new Command(verb, verb == Verb.UNKNOWN ? word : rest);
    }
}
