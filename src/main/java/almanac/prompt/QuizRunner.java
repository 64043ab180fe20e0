package almanac.prompt;

import almanac.content.Check;
import almanac.content.Question;
import almanac.render.Medium;
import almanac.render.Sanitizer;
import almanac.render.Span;
import almanac.render.Style;
import almanac.render.Wrapper;
import almanac.tutor.Feedback;
import almanac.tutor.AnswerSheet;
import java.util.List;
import java.util.Locale;

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
        STOPPED
    }

    private final LineInput in;
    private final Printer out;
    private final boolean pauseAfterFeedback;

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
                return Outcome.STOPPED;
            }
        }
        return Outcome.DONE;
    }

    /** Asks until the learner answers or skips; false when input ends or they cancel. */
    private boolean ask(AnswerSheet sheet, Question q, int number, int count) {
        out.blank();
        out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(q.prompt()), Style.BOLD)), out.width(),
                new Span("Question " + number + (spoken() ? " of " : "/") + count + ": ", Style.DIM),
                new Span("  ", Style.PLAIN)));
        List<String> options = q.options();
        for (int o = 0; o < options.size(); o++) {
            out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(options.get(o)), Style.PLAIN)), out.width(),
                    new Span(String.format("  %d. ", o + 1), Style.PLAIN), new Span("     ", Style.PLAIN)));
        }
        out.raw("  (answer with " + q.replyFormat() + "; 'hint' or 'skip')");
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
            if (word.equals("skip")) {
                sheet.skip(q);
                out.raw("Skipped; it will be asked again next time.");
                return true;
            }
            if (word.equals("hint") || word.equals("?")) {
                if (q.hint() == null) {
                    out.raw("No hint for this one.");
                } else {
                    sheet.hint(q);
                    out.text("Hint: " + q.hint());
                }
                continue;
            }
            Feedback feedback = sheet.answer(q, reply);
            if (feedback.check() instanceof Check.Unreadable u) {
                out.raw(u.why());
                continue;
            }
            show(feedback);
            if (!feedback.saved().onDisk()) {
                out.raw(feedback.saved().notSaved("Answer"));
            }
            return pause();
        }
    }

    private void show(Feedback feedback) {
        Question q = feedback.question();
        // A screen reader gets the words without the mark, which it would read out as a symbol name.
        if (feedback.isRight()) {
            out.raw((spoken() ? "" : "✓ ") + "Right.");
        } else {
            out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(q.rightAnswer()), Style.BOLD)), out.width(),
                    new Span((spoken() ? "" : "✗ ") + "Not quite. The answer: ", Style.PLAIN), new Span("  ", Style.PLAIN)));
        }
        if (!q.explain().isBlank()) {
            out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(q.explain()), Style.PLAIN)), out.width(),
                    new Span("  ", Style.PLAIN), new Span("  ", Style.PLAIN)));
        }
    }

    private boolean spoken() {
        return out.medium() == Medium.SCREEN_READER;
    }

    private boolean pause() {
        if (!pauseAfterFeedback) {
            return true;
        }
        try {
            return in.readLine("(Enter to go on) ") != null;
        } catch (LineInput.Cancelled e) {
            return false;
        }
    }
}
