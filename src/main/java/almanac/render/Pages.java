package almanac.render;

import almanac.Program;
import almanac.content.LearningPath;
import almanac.content.Source;
import almanac.content.Step;
import almanac.tutor.Review;
import almanac.tutor.Summary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts both front ends and {@code almanac show} print: a path's intro, a step, its key
 * points and sources, the end-of-path summary; as styled lines for a width.
 */
public final class Pages {
    private static final Span NONE = new Span("", Style.PLAIN);

    private Pages() {
    }

    public static List<Line> intro(LearningPath path, int width) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(para(path.title(), Style.HEADING, width));
        if (!path.summary().isBlank()) {
            lines.add(Line.EMPTY);
            lines.addAll(para(path.summary(), Style.PLAIN, width));
        }
        lines.add(Line.EMPTY);
        if (!path.audience().isBlank()) {
            lines.addAll(labelled("For: ", path.audience(), width));
        }
        lines.addAll(labelled("Level: ", facts(path), width));
        return lines;
    }

    /** "mixed · 9 steps · about 53 minutes · facts as of 2026-11-27". */
    public static String facts(LearningPath path) {
        return path.level().label() + " · " + path.steps().size() + (path.steps().size() == 1 ? " step" : " steps")
                + " · about " + path.totalMinutes() + " minutes"
                + (path.asOf() != null ? " · facts as of " + path.asOf() : "");
    }

    /** The heading line of a step: its number, title and reading time. */
    public static String stepHeading(Step step, int number, int count) {
        return stepHeading(step, number, count, Medium.SCREEN);
    }

    /** The heading line of a step; for a screen reader in words: "Step 2 of 9: Amazon Web Services (6 minutes)". */
    public static String stepHeading(Step step, int number, int count, Medium medium) {
        if (medium == Medium.SCREEN_READER) {
            return "Step " + number + " of " + count + ": " + Sanitizer.oneLine(step.title()) + " (" + step.minutes()
                    + (step.minutes() == 1 ? " minute)" : " minutes)");
        }
        return "Step " + number + "/" + count + " · " + Sanitizer.oneLine(step.title()) + " (" + step.minutes() + " min)";
    }

    /** The step's why, body and link list. */
    public static List<Line> step(Step step, int width) {
        return step(step, width, Medium.SCREEN);
    }

    /** The step's why, body and link list, laid out for {@code medium}. */
    public static List<Line> step(Step step, int width, Medium medium) {
        List<Line> lines = new ArrayList<>();
        if (!step.why().isBlank()) {
            lines.addAll(Wrapper.wrap(List.of(new Span(Sanitizer.clean(step.why()), Style.ITALIC)), width,
                    new Span("Why: ", Style.DIM), new Span("     ", Style.PLAIN)));
            lines.add(Line.EMPTY);
        }
        Rendered body = MarkdownRenderer.render(step.body(), width, medium);
        lines.addAll(body.lines());
        if (!body.links().isEmpty()) {
            lines.add(Line.EMPTY);
            lines.add(Line.of("Links", Style.HEADING));
            for (int i = 0; i < body.links().size(); i++) {
                // Joined, not String.format: the first Formatter loads the locale's number symbols,
                // about 5 ms on a cold JVM, on the way to the first frame.
                lines.add(url(new Span("[" + (i + 1) + "] ", Style.DIM), body.links().get(i), width));
            }
        }
        return lines;
    }

    public static List<Line> keyPoints(Step step, int width) {
        List<Line> lines = new ArrayList<>();
        if (step.keyPoints().isEmpty()) {
            return lines;
        }
        lines.add(Line.of("Key points", Style.HEADING));
        for (String point : step.keyPoints()) {
            lines.addAll(Wrapper.wrap(List.of(new Span(Sanitizer.clean(point), Style.PLAIN)), width,
                    new Span("  • ", Style.PLAIN), new Span("    ", Style.PLAIN)));
        }
        return lines;
    }

    /** A step's sources; a URL too long for the width is trimmed with … (see {@link #sources(Step, int, boolean)}). */
    public static List<Line> sources(Step step, int width) {
        return sources(step, width, false);
    }

    /**
     * A step's sources: each title on its own lines, its URL on one line of its own, never
     * broken, so it can be selected and copied whole; trimmed with … past the width unless
     * {@code wholeUrls} (for {@code almanac show --sources}, where the terminal may wrap it).
     */
    public static List<Line> sources(Step step, int width, boolean wholeUrls) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("Sources", Style.HEADING));
        if (step.sources().isEmpty()) {
            lines.add(Line.of("  (this step lists no sources)", Style.DIM));
        }
        int n = 1;
        for (Source s : step.sources()) {
            lines.addAll(Wrapper.wrap(List.of(new Span(Sanitizer.oneLine(s.title()) + s.dateAfterTitle(), Style.PLAIN)), width,
                    new Span(String.format("  %d. ", n), Style.PLAIN), new Span("     ", Style.PLAIN)));
            lines.add(url(new Span("     ", Style.PLAIN), Sanitizer.oneLine(s.url()), wholeUrls ? Integer.MAX_VALUE : width));
            n++;
        }
        return lines;
    }

    public static List<Line> summary(Summary summary, int width) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(para((summary.complete() ? "Path complete: " : "End of the path: ") + summary.title(),
                Style.HEADING, width));
        lines.add(Line.EMPTY);
        if (!summary.complete()) {
            lines.addAll(para("Not read yet: step" + (summary.notDone().size() == 1 ? " " : "s ")
                    + summary.notDone().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + " (the outline takes you back to any of them).", Style.PLAIN, width));
            lines.add(Line.EMPTY);
        }
        // Labelled and wrapped under the label, so nothing is cut on a 40-column screen.
        lines.addAll(labelled("Steps done:  ", summary.stepsDone() + "/" + summary.steps(), width));
        lines.addAll(labelled("Quiz:        ", summary.right() + " right of " + summary.answered() + " answered ("
                + summary.questions() + (summary.questions() == 1 ? " question)" : " questions)"), width));
        lines.addAll(labelled("Time:        ", duration(summary.time()), width));
        lines.addAll(labelled("Notes:       ", String.valueOf(summary.notes()), width));
        if (!summary.toReview().isEmpty()) {
            lines.add(Line.EMPTY);
            lines.add(Line.of("Worth another look", Style.HEADING));
            for (Summary.Missed m : summary.toReview()) {
                lines.addAll(missed(m, width));
            }
            lines.add(Line.EMPTY);
            lines.addAll(para("They come back in '" + Program.name() + " review', spaced out so they stick.",
                    Style.PLAIN, width));
        }
        return lines;
    }

    /**
     * One line (wrapped, never cut) per missed question: its topic (the step) and the right
     * answer, which is what the learner should take away; the question itself comes back in review.
     */
    private static List<Line> missed(Summary.Missed m, int width) {
        String lead = "  • " + Sanitizer.oneLine(m.stepTitle()) + " (step " + m.stepNumber() + ") · answer: ";
        return Wrapper.wrap(List.of(new Span(Sanitizer.oneLine(m.question().rightAnswer()), Style.PLAIN)), width,
                new Span(lead, Style.DIM), new Span("    ", Style.PLAIN));
    }

    /**
     * The learner's date formats, made when a date is first shown: java.time sets up its
     * formatters for a few ms of a cold start, and most first frames show no date.
     */
    private static final class Dates {
        /** How notes and other moments are dated, in every front end: "2026-11-27 09:15". */
        static final java.time.format.DateTimeFormatter WHEN =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", java.util.Locale.ENGLISH);
        /** When the next review is: "Tue 2026-12-01 09:15". */
        static final java.time.format.DateTimeFormatter REVIEW_TIME =
                java.time.format.DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", java.util.Locale.ENGLISH);
    }

    /** A moment as notes and other moments are dated for the learner: "2026-11-27 09:15", in the learner's zone. */
    public static String date(java.time.Instant at, java.time.ZoneId zone) {
        return Dates.WHEN.format(at.atZone(zone));
    }

    /** One step in an outline: " 1. NVIDIA (6 min)"; front ends put their marks before it. */
    public static String outlineEntry(int number, Step step) {
        return String.format("%2d. %s (%d min)", number, Sanitizer.oneLine(step.title()), step.minutes());
    }

    /** Under an outline: "3 of 9 done · about 40 minutes left". */
    public static String outlineTotals(int done, int count, int minutesLeft) {
        return done + " of " + count + " done · about " + minutesLeft + " minutes left";
    }

    /** Notes by step: each step's number and title, then its notes, dated. */
    public static List<Line> notesByStep(List<almanac.tutor.StepNotes> byStep, java.time.ZoneId zone, int width) {
        List<Line> lines = new ArrayList<>();
        for (almanac.tutor.StepNotes s : byStep) {
            if (!lines.isEmpty()) {
                lines.add(Line.EMPTY);
            }
            lines.addAll(para(s.number() + ". " + s.step().title(), Style.HEADING, width));
            lines.addAll(notes(s.notes(), zone, width));
        }
        return lines;
    }

    /** Notes, each under its date, wrapped with an indent. */
    public static List<Line> notes(List<almanac.progress.Note> notes, java.time.ZoneId zone, int width) {
        List<Line> lines = new ArrayList<>();
        for (almanac.progress.Note n : notes) {
            lines.addAll(Wrapper.wrap(List.of(new Span(Sanitizer.clean(n.text()), Style.PLAIN)), width,
                    new Span("  " + date(n.at(), zone) + "  ", Style.DIM), new Span("    ", Style.PLAIN)));
        }
        return lines;
    }

    /** "1 h 05 min", "12 min", "40 s". */
    public static String duration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        long minutes = Math.round(s / 60.0);
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
    }

    /** "Reviewed 3 of 4 due: 2 right." */
    public static String reviewed(int asked, int due, int right) {
        return "Reviewed " + asked + " of " + due + " due: " + right + " right.";
    }

    /** "1 question is due", "3 questions are due": the one wording of the count, for status and review. */
    public static String questionsDue(int count) {
        return count + (count == 1 ? " question is" : " questions are") + " due";
    }

    /** "2 questions are still due", after a review that stopped before the end. */
    public static String questionsStillDue(int count) {
        return count + (count == 1 ? " question is" : " questions are") + " still due";
    }

    /** How a review ended and what is left: what is still due, else when the next review is. */
    public static String afterReview(Review.Outcome outcome, int due, java.time.Instant now, java.time.ZoneId zone) {
        return reviewed(outcome.asked(), due, outcome.right()) + " " + leftAfterReview(outcome, now, zone);
    }

    /** What a review left: the questions still due if any, else when the next review is. */
    public static String leftAfterReview(Review.Outcome outcome, java.time.Instant now, java.time.ZoneId zone) {
        return outcome.stillDue() > 0
                ? questionsStillDue(outcome.stillDue()) + "."
                : nextReview(outcome.next(), now, zone);
    }

    /** "Nothing to review now. Next review: …", when a review finds nothing due. */
    public static String nothingDue(java.util.Optional<java.time.Instant> next, java.time.Instant now,
            java.time.ZoneId zone) {
        return "Nothing to review now. " + nextReview(next, now, zone);
    }

    /** When the next review is ("Next review: Sat 2026-11-28 09:00 (in 24 hours)."), or that none is scheduled. */
    public static String nextReview(java.util.Optional<java.time.Instant> next, java.time.Instant now,
            java.time.ZoneId zone) {
        return next.map(at -> "Next review: " + Dates.REVIEW_TIME.format(at.atZone(zone)) + " ("
                        + fromNow(Duration.between(now, at)) + ").")
                .orElse("No questions are scheduled; answer quizzes in '" + Program.name()
                        + " learn' to build your review.");
    }

    /** How far off a moment is, roughly: "in 10 minutes", "in 5 hours", "in 3 days". */
    public static String fromNow(Duration d) {
        long minutes = Math.max(1, Math.round(d.toSeconds() / 60.0)); // 9 min 58 s reads "in 10 minutes"
        if (minutes < 60) {
            return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 48) {
            return "in " + hours + (hours == 1 ? " hour" : " hours");
        }
        return "in " + Math.round(hours / 24.0) + " days";
    }

    /** A URL on one line after {@code lead}, never broken: past the width it is trimmed with …. */
    private static Line url(Span lead, String url, int width) {
        int room = Math.max(2, width - lead.width());
        String shown = DisplayWidth.of(url) <= room ? url : DisplayWidth.truncate(url, room - 1) + "…";
        return new Line(List.of(lead, new Span(shown, Style.LINK)));
    }

    /** A paragraph of plain text, sanitised and wrapped. */
    public static List<Line> para(String text, Style style, int width) {
        return Wrapper.wrap(List.of(new Span(Sanitizer.clean(text.strip()), style)), width, NONE, NONE);
    }

    private static List<Line> labelled(String label, String text, int width) {
        return Wrapper.wrap(List.of(new Span(Sanitizer.oneLine(text), Style.PLAIN)), width,
                new Span(label, Style.DIM), new Span(" ".repeat(label.length()), Style.PLAIN));
    }
}
