package almanac.prompt;

import almanac.content.Check;
import almanac.content.Choices;
import almanac.content.Question;
import almanac.render.DisplayWidth;
import almanac.render.Line;
import almanac.render.Medium;
import almanac.render.Sanitizer;
import almanac.render.Span;
import almanac.render.Style;
import almanac.render.Wrapper;
import almanac.tutor.Feedback;
import almanac.tutor.AnswerSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Asks questions one by one at a line prompt and shows the feedback: right or wrong, the
 * right answer and the explanation. Shared by plain mode and the full-screen tutor.
 */
public final class QuizRunner {
    /** How a run of questions ended. */
    public enum Outcome {
        /** Every question was answered or skipped. */
        DONE,
        /** Input ended or the learner cancelled: stop asking. */
        STOPPED,
        /** The learner typed q or quit: the quiz waits, the session goes on. */
        PAUSED
    }

    /** The prompt between two windows of a text taller than the window. */
    static final String MORE = "(Enter for more) ";
    private static final String ANSWER = "answer> ";
    private static final Pattern OPTION_START = Pattern.compile(" {2}(\\d+\\. |\\()");
    private final LineInput in;
    private final Printer out;
    private final boolean pauseAfterFeedback;
    /** Set when the learner typed q or quit, as opposed to input ending or Ctrl-C. */
    private boolean quitAsked;
    /** Lines to show above the first question still to be asked; empty after it. */
    private List<Line> heading = List.of();

    /**
     * @param pauseAfterFeedback wait for Enter after each explanation (the full-screen
     *                           tutor, where the screen comes back afterwards)
     */
    public QuizRunner(LineInput in, Printer out, boolean pauseAfterFeedback) {
        this.in = in;
        this.out = out;
        this.pauseAfterFeedback = pauseAfterFeedback;
    }

    public Outcome run(AnswerSheet sheet, List<Question> questions) {
        return run(sheet, questions, List.of());
    }

    /**
     * The same under {@code heading} ("Quiz · NVIDIA"), shown with the first question and
     * counted in its first window, so a question that fills a small window does not push the
     * heading off the top.
     */
    public Outcome run(AnswerSheet sheet, List<Question> questions, List<Line> heading) {
        return run(sheet, questions, heading, questions);
    }

    /**
     * The same, numbering each question by its place in {@code quiz}, the step's whole quiz:
     * a quiz taken up again after a pause asks what is left as "Question 2/3", not "1/2".
     */
    public Outcome run(AnswerSheet sheet, List<Question> questions, List<Line> heading, List<Question> quiz) {
        this.heading = heading;
        for (int i = 0; i < questions.size(); i++) {
            int place = quiz.indexOf(questions.get(i));
            int number = place < 0 ? i + 1 : place + 1;
            if (!ask(sheet, questions.get(i), number, place < 0 ? questions.size() : quiz.size())) {
                return quitAsked ? Outcome.PAUSED : Outcome.STOPPED;
            }
        }
        return Outcome.DONE;
    }

    /** Asks until the learner answers or skips; false when input ends or they cancel or quit. */
    private boolean ask(AnswerSheet sheet, Question q, int number, int count) {
        List<Line> first = new ArrayList<>(heading);
        heading = List.of();
        if (first.isEmpty()) {
            out.blank();
        } else {
            first.add(Line.EMPTY);
        }
        first.addAll(questionForWindow(q, number, count));
        String pending = page(first, ANSWER, true);
        while (true) {
            if (pending == null) {
                return false;
            }
            String reply = pending;
            pending = "";
            if (reply.isEmpty()) {
                reply = reply(ANSWER);
            }
            if (reply == null || quits(reply)) {
                return false;
            }
            String word = reply.strip().toLowerCase(Locale.ROOT);
            if (word.equals("again")) {
                // Wrapped anew: the window may have been resized since.
                pending = page(questionForWindow(q, number, count), ANSWER, true);
                continue;
            }
            if (word.equals("skip")) {
                sheet.skip(q);
                // The verdict's own words wrap like any text, so they go apart from the answer's lead.
                List<Line> lines = new ArrayList<>(Wrapper.wrap(List.of(
                        new Span("Skipped (asked again next time). The answer: ", Style.PLAIN),
                        new Span(Sanitizer.clean(q.rightAnswer()), Style.BOLD)), out.width(),
                        new Span("", Style.PLAIN), new Span("  ", Style.PLAIN)));
                lines.addAll(explain(q));
                return showAndPause(lines, "Skipped" + shortAnswer(q));
            }
            if (word.equals("hint") || word.equals("?")) {
                if (q.hint() == null) {
                    say("No hint for this one.", Style.PLAIN);
                } else {
                    sheet.hint(q);
                    say("Hint: " + q.hint(), Style.PLAIN);
                }
                continue;
            }
            Feedback feedback = sheet.answer(q, reply);
            if (feedback.check() instanceof Check.Unreadable u) {
                say(u.why(), Style.PLAIN);
                continue;
            }
            List<Line> lines = new ArrayList<>(verdict(feedback));
            if (!feedback.saved().onDisk()) {
                lines.addAll(sayLines(feedback.saved().notSaved("Answer"), Style.PLAIN));
            }
            return showAndPause(lines,
                    feedback.isRight() ? mark("✓ ") + "Right" : mark("✗ ") + "Not quite" + shortAnswer(q));
        }
    }

    /** The question as the window shows it: with 'again' offered where it does not fit. */
    private List<Line> questionForWindow(Question q, int number, int count) {
        List<Line> question = question(q, number, count, false);
        // Only a question that did not fit needs rereading, so only then is 'again' offered.
        return fits(question, ANSWER) ? question : question(q, number, count, true);
    }

    /** The question, its numbered options and how to answer, wrapped to the window. */
    private List<Line> question(Question q, int number, int count, boolean offerAgain) {
        // A question alone (a one-question quiz, or one review card under its own "Review 2/5"
        // heading) is not numbered: "Question 1/1" only repeats what the heading says.
        String label = count == 1 ? "Question: " : "Question " + number + (spoken() ? " of " : "/") + count + ": ";
        List<Line> lines = new ArrayList<>(Wrapper.wrap(List.of(new Span(Sanitizer.clean(q.prompt()), Style.BOLD)),
                out.width(), new Span(label, Style.DIM), new Span("  ", Style.PLAIN)));
        List<String> options = q.options();
        for (int o = 0; o < options.size(); o++) {
            lines.addAll(Wrapper.wrap(List.of(new Span(Sanitizer.clean(options.get(o)), Style.PLAIN)), out.width(),
                    new Span(String.format("  %d. ", o + 1), Style.BOLD), new Span("     ", Style.PLAIN)));
        }
        lines.addAll(Wrapper.wrap(List.of(new Span("(answer with " + q.replyFormat() + "; "
                + (offerAgain ? "'again' shows it again; " : "")
                + (q.hint() != null ? "'hint', " : "") + "'skip', or 'q' to stop)", Style.DIM)), out.width(),
                new Span("  ", Style.PLAIN), new Span("   ", Style.PLAIN)));
        return lines;
    }

    /** True when the lines and {@code prompt} under them fit the window (always, where nothing scrolls away). */
    private boolean fits(List<Line> lines, String prompt) {
        return out.rows() <= 0 || lines.size() + rowsOf(prompt) <= out.rows();
    }

    /** The rows a prompt takes: a long one (a verdict with its answer) wraps on a narrow window. */
    private int rowsOf(String prompt) {
        return Math.max(1, (DisplayWidth.of(prompt) + out.width() - 1) / out.width());
    }

    /**
     * Prints the lines a window at a time, as {@code more} does, where what scrolls off the
     * top is lost (the full screen's prompt has no scrollback): each window but the last ends
     * in a prompt, Enter shows the next, and the last is left for the prompt that follows.
     *
     * @param next         the prompt the last window is left for (it may take two rows)
     * @param takesReplies a reply typed at a "more" prompt stops the paging and is returned
     *                     (an answer given before the rest was read); otherwise it reads on
     * @return "" when all was shown, a reply typed on the way, or null when the learner
     *         stopped (q, Ctrl-C, end of input)
     */
    private String page(List<Line> lines, String next, boolean takesReplies) {
        int at = 0;
        while (!fits(lines.subList(at, lines.size()), next)) {
            int end = pageEnd(lines, at, Math.max(1, out.rows() - 1));
            out.lines(lines.subList(at, end));
            at = end;
            String reply = reply(MORE);
            if (reply == null || quits(reply)) {
                return null;
            }
            if (takesReplies && !reply.isBlank()) {
                return reply;
            }
        }
        out.lines(lines.subList(at, lines.size()));
        return "";
    }

    /**
     * Where a window that starts at {@code at} ends: before the last option that starts in
     * its lower half, so an option is not cut in two, else where the room ends (always
     * before the last line, which is then shown above the prompt that follows).
     */
    private static int pageEnd(List<Line> lines, int at, int room) {
        // All that is left fits a window but not with a tall prompt under it: the last line
        // waits for the prompt's window, so that window is not the prompt alone.
        int end = Math.min(at + room, lines.size() - 1);
        for (int i = end; i > at + room / 2; i--) {
            if (startsAnItem(lines.get(i))) {
                return i;
            }
        }
        return end;
    }

    /** An option's first line ("  2. ...") or the line on how to answer ("  (answer with ..."). */
    private static boolean startsAnItem(Line line) {
        return OPTION_START.matcher(line.text()).lookingAt();
    }

    /** A line of the runner's own, wrapped with an indent so no word breaks at the edge. */
    private void say(String text, Style style) {
        out.lines(sayLines(text, style));
    }

    private List<Line> sayLines(String text, Style style) {
        return Wrapper.wrap(List.of(new Span(Sanitizer.clean(text), style)), out.width(),
                new Span("", Style.PLAIN), new Span("  ", Style.PLAIN));
    }

    private List<Line> answerLines(Span lead, String answer) {
        return Wrapper.wrap(List.of(new Span(Sanitizer.clean(answer), Style.BOLD)), out.width(),
                lead, new Span("  ", Style.PLAIN));
    }

    /** Right or wrong, the right answer when it was wrong, and the explanation. */
    private List<Line> verdict(Feedback feedback) {
        Question q = feedback.question();
        List<Line> lines = new ArrayList<>();
        // A screen reader gets the words without the mark, which it would read out as a symbol name.
        if (feedback.isRight()) {
            lines.add(Line.of(mark("✓ ") + "Right.", Style.RIGHT));
        } else if (q instanceof Choices c && feedback.check() instanceof Check.Wrong wrong) {
            lines.add(Line.of(mark("✗ ") + "Not quite.", Style.WRONG));
            lines.addAll(sayLines(offBy(c, wrong.given()), Style.PLAIN));
            lines.addAll(answerLines(new Span("The answer: ", Style.PLAIN), q.rightAnswer()));
        } else {
            lines.addAll(answerLines(new Span(mark("✗ ") + "Not quite. ", Style.WRONG), "The answer: " + q.rightAnswer()));
        }
        lines.addAll(explain(q));
        return lines;
    }

    private List<Line> explain(Question q) {
        if (q.explain().isBlank()) {
            return List.of();
        }
        return Wrapper.wrap(List.of(new Span(Sanitizer.clean(q.explain()), Style.PLAIN)), out.width(),
                new Span("  ", Style.PLAIN), new Span("  ", Style.PLAIN));
    }

    private boolean spoken() {
        return out.medium() == Medium.SCREEN_READER;
    }

    /** A verdict's mark, which a screen reader would read out as a symbol name, so it gets none. */
    private String mark(String mark) {
        return spoken() ? "" : mark;
    }

    /** What a wrong pick of several missed and got wrong: "You had 1 and 2; 4 was also right, 2 was not." */
    static String offBy(Choices q, String given) {
        SortedSet<Integer> had = new TreeSet<>();
        for (String n : given.split(",")) {
            if (!n.isBlank()) {
                had.add(Integer.parseInt(n.strip()));
            }
        }
        SortedSet<Integer> missed = new TreeSet<>(q.answers());
        missed.removeAll(had);
        SortedSet<Integer> extra = new TreeSet<>(had);
        extra.removeAll(q.answers());
        List<String> parts = new ArrayList<>();
        if (!missed.isEmpty()) {
            parts.add(and(missed) + (missed.size() == 1 ? " was" : " were") + " also right");
        }
        if (!extra.isEmpty()) {
            parts.add(and(extra) + (extra.size() == 1 ? " was" : " were") + " not");
        }
        return "You had " + and(had) + "; " + String.join(", ", parts) + ".";
    }

    /** "1", "1 and 2", "1, 2 and 4". */
    private static String and(SortedSet<Integer> numbers) {
        List<String> n = numbers.stream().map(String::valueOf).toList();
        if (n.size() <= 1) {
            return String.join("", n);
        }
        return String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1);
    }

    /**
     * ": 0.44 (within 0.02)" when the right answer fits the pause prompt: on a small terminal
     * the verdict above may have scrolled away, so the prompt is where the answer stays in
     * sight (the prompt wraps; only an answer longer than a line is left to the verdict).
     */
    private static String shortAnswer(Question q) {
        String answer = Sanitizer.oneLine(q.rightAnswer());
        return DisplayWidth.of(answer) <= 48 ? ": " + answer : "";
    }

    /**
     * Waits for Enter in the full screen; the prompt repeats the verdict, so it stays in sight
     * on a small terminal where a long explanation pushed it off the top.
     */
    /** The verdict and explanation, paged where they do not fit above the pause prompt. */
    private boolean showAndPause(List<Line> lines, String verdict) {
        String prompt = "(" + verdict + " · Enter to go on) ";
        return page(lines, pauseAfterFeedback ? prompt : ANSWER, false) != null && pause(prompt);
    }

    private boolean pause(String prompt) {
        if (!pauseAfterFeedback) {
            return true;
        }
        String reply = reply(prompt);
        return reply != null && !quits(reply);
    }

    /** A line typed at {@code prompt}; null when the learner cancelled (Esc, Ctrl-C) or input ended. */
    private String reply(String prompt) {
        try {
            return in.readLine(prompt);
        } catch (LineInput.Cancelled e) {
            return null;
        }
    }

    /** True, and remembered, when {@code reply} is q or quit: the learner pauses the quiz. */
    private boolean quits(String reply) {
        String word = reply.strip().toLowerCase(Locale.ROOT);
        quitAsked = word.equals("q") || word.equals("quit");
        return quitAsked;
    }
}
