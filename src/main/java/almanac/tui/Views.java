package almanac.tui;

import almanac.content.GlossaryEntry;
import almanac.content.Step;
import almanac.progress.Note;
import almanac.render.Line;
import almanac.render.Pages;
import almanac.render.Sanitizer;
import almanac.render.Span;
import almanac.render.Style;
import almanac.render.Wrapper;
import almanac.tutor.Session;
import almanac.tutor.StepNotes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The text of each view, as lines for a width. Drawing them is {@link Frame}'s job. */
final class Views {
    private final Session session;
    private final Supplier<ZoneId> zone;
    private int cachedIndex = -1;
    private int cachedWidth = -1;
    private int cachedNotes = -1;
    private List<Line> cachedBody = List.of();

    Views(Session session, Supplier<ZoneId> zone) {
        this.session = session;
        this.zone = zone;
    }

    /** The current step: title, why, body, key points, the learner's notes, and what → does. */
    List<Line> reader(int width) {
        int notes = session.notes().size();
        if (cachedIndex == session.stepNumber() && cachedWidth == width && cachedNotes == notes) {
            return cachedBody;
        }
        Step step = session.step();
        List<Line> lines = new ArrayList<>();
        lines.addAll(Pages.para(step.title(), Style.HEADING, width));
        lines.add(Line.EMPTY);
        lines.addAll(Pages.step(step, width));
        if (!step.keyPoints().isEmpty()) {
            lines.add(Line.EMPTY);
            lines.addAll(Pages.keyPoints(step, width));
        }
        if (notes > 0) {
            lines.add(Line.EMPTY);
            lines.add(Line.of("Your notes", Style.HEADING));
            lines.addAll(notes(session.notes(), width));
        }
        lines.add(Line.EMPTY);
        String next = session.pendingQuestions().isEmpty()
                ? (session.stepNumber() == session.stepCount() ? "finish the path" : "the next step")
                : "the quiz (" + quizSize(session.pendingQuestions().size()) + ")";
        lines.addAll(Pages.para("── end of step · press " + Keymap.key(Action.NEXT) + " for " + next + " ──", Style.DIM,
                width));
        cachedIndex = session.stepNumber();
        cachedWidth = width;
        cachedNotes = notes;
        cachedBody = lines;
        return lines;
    }

    private static String quizSize(int n) {
        return n == 1 ? "1 quick question" : n + " quick questions";
    }

    /** Forgets the laid-out step (after a quiz changes what → does next). */
    void invalidate() {
        cachedIndex = -1;
    }

    List<Line> intro(int width) {
        return Pages.intro(session.path(), width);
    }

    /** How to leave the intro; pinned under it so it shows at any size. */
    List<Line> start(int width) {
        return Pages.para("Press " + Keymap.key(Action.NEXT) + " or " + Keymap.key(Action.CHOOSE) + " to start · "
                + Keymap.hint("help", Action.HELP) + " · " + Keymap.hint("quit", Action.QUIT), Style.BOLD, width);
    }

    /** The step just finished: how its quiz went, and its key points. */
    List<Line> done(Step step, int width) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(Pages.para("✓ Done: " + step.title(), Style.HEADING, width));
        Session.StepScore score = session.score(step);
        if (score.questions() > 0) {
            lines.addAll(Pages.para("Quiz: " + score.right() + "/" + score.questions() + " right"
                    + (score.skipped() > 0 ? ", " + score.skipped() + " skipped" : ""), Style.BOLD, width));
        }
        lines.add(Line.EMPTY);
        lines.addAll(Pages.keyPoints(step, width));
        return lines;
    }

    /** What comes after the done screen; pinned under it so it shows at any size. */
    List<Line> upNext(int width) {
        return Pages.para("Next: step " + session.stepNumber() + "/" + session.stepCount() + " · "
                + session.step().title() + " — press " + Keymap.key(Action.NEXT) + " to read it", Style.BOLD, width);
    }

    /** One line per step; the row of step i is line i. */
    List<Line> outline(int width) {
        List<Line> lines = new ArrayList<>();
        List<Step> steps = session.path().steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            String mark = session.isDone(s) ? "✓" : " ";
            String here = i + 1 == session.stepNumber() ? "›" : " ";
            lines.add(Line.of(here + mark + " " + Pages.outlineEntry(i + 1, s), Style.PLAIN));
        }
        lines.add(Line.EMPTY);
        lines.add(Line.of(Pages.outlineTotals(session.doneCount(), steps.size(), session.minutesLeft()), Style.DIM));
        lines.add(Line.of(Keymap.key(Action.DOWN) + Keymap.key(Action.UP) + " choose · "
                + Keymap.key(Action.CHOOSE) + " go there · " + Keymap.key(Action.CLOSE) + " back", Style.DIM));
        return lines;
    }

    /** Every key of the keymap and what it does. */
    List<Line> help(int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("Keys", Style.HEADING));
        lines.add(Line.EMPTY);
        for (Keymap.Binding b : Keymap.BINDINGS) {
            lines.addAll(Wrapper.wrap(List.of(new Span(b.action().help, Style.PLAIN)), width,
                    new Span(String.format("  %-14s", b.labels()), Style.BOLD), new Span(" ".repeat(16), Style.PLAIN)));
        }
        lines.add(Line.EMPTY);
        lines.addAll(Pages.para("Quizzes and notes open a line prompt in place of this screen: type, then Enter; "
                + "the screen comes back afterwards. At a question, 'hint' shows a hint when there is one, "
                + "'skip' moves on, 'again' shows a long question from its start, and 'q', Esc or Ctrl-C "
                + "pauses the quiz; at a note, Esc or Ctrl-C cancels it.", Style.DIM, width));
        return lines;
    }

    List<Line> glossary(String query, boolean typing, int width) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(List.of(new Span("Search: ", Style.DIM),
                new Span(query + (typing ? "▏" : ""), Style.BOLD),
                new Span(typing ? "   (Enter to stop typing)" : "   (/ to search)", Style.DIM))));
        lines.add(Line.EMPTY);
        List<GlossaryEntry> entries = session.glossary(query);
        if (entries.isEmpty()) {
            lines.add(Line.of(session.path().glossary().isEmpty() ? "This path has no glossary."
                    : "No entry mentions '" + query + "'.", Style.DIM));
        }
        for (GlossaryEntry e : entries) {
            lines.addAll(Pages.para(e.term(), Style.BOLD, width));
            lines.addAll(Wrapper.wrap(List.of(new Span(Sanitizer.clean(e.means()), Style.PLAIN)), width,
                    new Span("  ", Style.PLAIN), new Span("  ", Style.PLAIN)));
            lines.add(Line.EMPTY);
        }
        return lines;
    }

    List<Line> sources(Step step, int width) {
        return Pages.sources(step, width);
    }

    /** Every note on the path, by step. */
    List<Line> allNotes(int width) {
        List<Line> lines = new ArrayList<>(Pages.notesByStep(StepNotes.of(session.path(), session.record()), zone.get(), width));
        if (lines.isEmpty()) {
            lines.addAll(Pages.para("No notes yet: press " + Keymap.key(Action.NOTE) + " on a step to add one.", Style.DIM,
                    width));
        }
        return lines;
    }

    private List<Line> notes(List<Note> notes, int width) {
        return Pages.notes(notes, zone.get(), width);
    }

    /** The end of the path; reopened later ({@code finishedBefore} set), it first says when and what is due. */
    List<Line> summary(almanac.tutor.Summary summary, java.time.Instant finishedBefore, int due, int width) {
        List<Line> lines = new ArrayList<>();
        if (finishedBefore != null) {
            lines.addAll(Pages.para("You finished this path on " + Pages.date(finishedBefore, zone.get()) + ". "
                    + (due == 0 ? "Nothing is due for review yet." : "Due for review now: " + due
                    + " (almanac review " + session.path().id() + ").")
                    + " Press " + Keymap.key(Action.OUTLINE) + " to open any step again.", Style.BOLD, width));
            lines.add(Line.EMPTY);
        }
        lines.addAll(Pages.summary(summary, width));
        lines.add(Line.EMPTY);
        lines.add(Line.of(Keymap.hint("outline", Action.OUTLINE) + " · " + Keymap.hint("notes", Action.NOTES)
                + " · " + Keymap.hint("quit", Action.QUIT), Style.DIM));
        return lines;
    }
}
