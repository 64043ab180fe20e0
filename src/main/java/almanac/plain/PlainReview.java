package almanac.plain;

import almanac.prompt.Printer;
import almanac.prompt.QuizRunner;
import almanac.prompt.LineInput;
import almanac.render.Medium;
import almanac.render.Pages;
import almanac.render.Sanitizer;
import almanac.tutor.Review;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A review at the line prompt: each due question with where it comes from, then how it went. */
public final class PlainReview {
    private final Review review;
    private final LineInput in;
    private final Printer out;
    private final ZoneId zone;

    public PlainReview(Review review, LineInput in, Printer out, ZoneId zone) {
        this.review = review;
        this.in = in;
        this.out = out;
        this.zone = zone;
    }

    public void run(Instant now) {
        Review.Agenda agenda = review.agenda();
        List<Review.Item> due = agenda.due();
        if (due.isEmpty()) {
            out.raw(Pages.nothingDue(agenda.next(), now, zone));
            return;
        }
        out.raw(Pages.questionsDue(due.size()) + " for review.");
        for (int i = 0; i < due.size(); i++) {
            Review.Item item = due.get(i);
            out.blank();
            out.raw("Review " + (i + 1) + (out.medium() == Medium.SCREEN_READER ? " of " : "/") + due.size() + " · " + Sanitizer.oneLine(item.path().title()) + " · step "
                    + item.stepNumber() + ": " + Sanitizer.oneLine(item.step().title()));
            boolean goOn = new QuizRunner(in, out, false).run(review.sheet(item), List.of(item.question()))
                    == QuizRunner.Outcome.DONE;
            review.takeMessages().forEach(out::raw);
            if (!goOn) {
                break;
            }
        }
        out.blank();
        out.raw(Pages.afterReview(review.outcome(), due.size(), review.now(), zone));
    }

}
