package almanac.prompt;

import almanac.content.Check;
import almanac.content.Choices;
import almanac.content.Question;
import almanac.render.DisplayWidth;
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

    private final LineInput in;
    private final Printer out;
    private final boolean pauseAfterFeedback;
    /** Set when the learner typed q or quit, as opposed to input ending or Ctrl-C. */
    private boolean quitAsked;

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
        for (int i = 0; i < questions.size(); i++) {
            if (!ask(sheet, questions.get(i), i + 1, questions.size())) {
                return quitAsked ? Outcome.PAUSED : Outcome.STOPPED;
            }
        }
        return Outcome.DONE;
    }

    /** Asks until the learner answers or skips; false when input ends or they cancel or quit. */
    private boolean ask(AnswerSheet sheet, Question q, int number, int count) {
        out.blank();
        out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(q.prompt()), Style.BOLD)), out.width(),
                new Span("Question " + number + (spoken() ? " of " : "/") + count + ": ", Style.DIM),
                new Span("  ", Style.PLAIN)));
        List<String> options = q.options();
        for (int o = 0; o < options.size(); o++) {
            out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(options.get(o)), Style.PLAIN)), out.width(),
                    new Span(String.format("  %d. ", o + 1), Style.BOLD), new Span("     ", Style.PLAIN)));
        }
        out.lines(Wrapper.wrap(List.of(new Span("(answer with " + q.replyFormat() + "; "
                + (q.hint() != null ? "'hint', " : "") + "'skip', or 'q' to stop)", Style.DIM)), out.width(),
                new Span("  ", Style.PLAIN), new Span("   ", Style.PLAIN)));
        while (true) {
            String reply;
            try {
                reply = in.readLine("answer> ");
            } catch (LineInput.Cancelled e) {
                return false;
            }
            if (reply == null) {
                return false;
            }
            String word = reply.strip().toLowerCase(Locale.ROOT);
            if (word.equals("q") || word.equals("quit")) {
                quitAsked = true;
                return false;
            }
            if (word.equals("skip")) {
                sheet.skip(q);
                // The verdict's own words wrap like any text, so they go apart from the answer's lead.
                out.lines(Wrapper.wrap(List.of(new Span("Skipped (asked again next time). The answer: ", Style.PLAIN),
                        new Span(Sanitizer.clean(q.rightAnswer()), Style.BOLD)), out.width(),
                        new Span("", Style.PLAIN), new Span("  ", Style.PLAIN)));
                explain(q);
                return pause("Skipped" + shortAnswer(q));
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
            show(feedback);
            if (!feedback.saved().onDisk()) {
                say(feedback.saved().notSaved("Answer"), Style.PLAIN);
            }
            return pause(feedback.isRight() ? mark("✓ ") + "Right" : mark("✗ ") + "Not quite" + shortAnswer(q));
        }
    }

    /** A line of the runner's own, wrapped with an indent so no word breaks at the edge. */
    private void say(String text, Style style) {
        out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(text), style)), out.width(),
                new Span("", Style.PLAIN), new Span("  ", Style.PLAIN)));
    }

    private void verdict(Span lead, String answer) {
        out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(answer), Style.BOLD)), out.width(),
                lead, new Span("  ", Style.PLAIN)));
    }

    private void show(Feedback feedback) {
        Question q = feedback.question();
        // A screen reader gets the words without the mark, which it would read out as a symbol name.
        if (feedback.isRight()) {
            out.spans(new Span(mark("✓ ") + "Right.", Style.RIGHT));
        } else if (q instanceof Choices c && feedback.check() instanceof Check.Wrong wrong) {
            out.spans(new Span(mark("✗ ") + "Not quite.", Style.WRONG));
            say(offBy(c, wrong.given()), Style.PLAIN);
            verdict(new Span("The answer: ", Style.PLAIN), q.rightAnswer());
        } else {
            verdict(new Span(mark("✗ ") + "Not quite. ", Style.WRONG), "The answer: " + q.rightAnswer());
        }
        explain(q);
    }

    private void explain(Question q) {
        if (!q.explain().isBlank()) {
            out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(q.explain()), Style.PLAIN)), out.width(),
                    new Span("  ", Style.PLAIN), new Span("  ", Style.PLAIN)));
        }
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
    private boolean pause(String verdict) {
        if (!pauseAfterFeedback) {
            return true;
        }
        try {
            String reply = in.readLine("(" + verdict + " · Enter to go on) ");
            if (reply == null) {
                return false;
            }
            String word = reply.strip().toLowerCase(Locale.ROOT);
            quitAsked = word.equals("q") || word.equals("quit");
            return !quitAsked;
        } catch (LineInput.Cancelled e) {
            return false;
        }
    }
}
