package almanac.plain;

import almanac.content.GlossaryEntry;
import almanac.content.Step;
import almanac.progress.Note;
import almanac.prompt.LineInput;
import almanac.prompt.Printer;
import almanac.prompt.QuizRunner;
import almanac.render.Line;
import almanac.render.Medium;
import almanac.render.Pages;
import almanac.render.Sanitizer;
import almanac.render.Span;
import almanac.render.Style;
import almanac.render.Wrapper;
import almanac.tutor.Move;
import almanac.tutor.NoteResult;
import almanac.tutor.Opening;
import almanac.tutor.StepNotes;
import almanac.tutor.Session;
import java.time.ZoneId;
import java.util.List;

/**
 * The line-mode tutor: prints a step as wrapped text, then reads commands at a prompt such
 * as {@code [3/9 hugging-face]> }. Scripted demos depend on this transcript (DESIGN §5),
 * so what it prints is plain and stable.
 */
public final class PlainTutor {

    private final Session session;
    private final LineInput in;
    private final Printer out;
    private final ZoneId zone;

    public PlainTutor(Session session, LineInput in, Printer out, ZoneId zone) {
        this.session = session;
        this.in = in;
        this.out = out;
        this.zone = zone;
    }

    /** Runs until quit, end of input or the end of the path. */
    public void run(Integer stepNumber, boolean restart) {
        Opening opening = session.open(stepNumber, restart);
        session.saveOpening();
        messages();
        if (opening.kind() == Opening.Kind.INTRO) {
            out.lines(Pages.intro(session.path(), out.width()));
            out.raw("Type 'next' to go on, 'help' for all commands.");
            out.blank();
        } else if (opening.kind() == Opening.Kind.RESUMED) {
            out.raw("Resuming at step " + session.stepNumber() + "/" + session.stepCount() + ".");
            if (opening.finishedAt() != null) {
                out.raw("You finished this path on " + Pages.date(opening.finishedAt(), zone)
                        + "; 'goto 1' starts it again.");
            }
            out.blank();
        }
        showStep();
        try {
            loop();
        } finally {
            session.quit();
            messages();
        }
    }

    private void loop() {
        while (true) {
            String line;
            try {
                line = in.readLine(prompt());
            } catch (LineInput.Cancelled e) {
                return;
            }
            if (line == null) {
                return;
            }
            Command command = Command.parse(line);
            boolean goOn = switch (command.verb()) {
                case NEXT -> next();
                case BACK -> moved(session.back());
                case GOTO -> goTo(command.argument());
                case OUTLINE -> outline();
                case NOTE -> note(command.argument());
                case NOTES -> notes();
                case QUIZ -> quiz();
                case GLOSSARY -> glossary(command.argument());
                case SOURCES -> sources();
                case HELP -> help();
                case QUIT -> false;
                case NOTHING -> true;
                case UNKNOWN -> unknown(command.argument());
            };
            messages();
            if (!goOn) {
                return;
            }
        }
    }

    private String prompt() {
        return "[" + session.stepNumber() + "/" + session.stepCount() + " " + Sanitizer.oneLine(session.step().id()) + "]> ";
    }

    private boolean next() {
        Move move = session.next();
        if (move instanceof Move.QuizDue due) {
            QuizRunner.Outcome outcome = new QuizRunner(in, out, false).run(session, due.questions(), List.of(),
                    session.step().quiz());
            if (outcome == QuizRunner.Outcome.PAUSED) {
                return paused();
            }
            if (outcome == QuizRunner.Outcome.STOPPED) {
                return false;
            }
            out.blank();
            move = session.next();
        }
        return moved(move);
    }

    /** Shows where a move led; false when the path is finished (the session ends). */
    private boolean moved(Move move) {
        if (move instanceof Move.Stayed stayed) {
            out.raw(stayed.why());
            return true;
        }
        if (move instanceof Move.QuizDue) {
            // Skipped questions stay pending only for this visit; nothing else can be due here.
            return true;
        }
        if (move instanceof Move.Finished finished) {
            keyPoints(finished.finished());
            out.lines(Pages.summary(finished.summary(), out.width()));
            return false;
        }
        Move.Moved moved = (Move.Moved) move;
        if (moved.finished() != null) {
            keyPoints(moved.finished());
        }
        showStep();
        return true;
    }

    private void keyPoints(Step step) {
        if (!step.keyPoints().isEmpty()) {
            out.lines(Pages.keyPoints(step, out.width()));
            out.blank();
        }
    }

    private boolean goTo(String argument) {
        if (!argument.matches("[0-9]{1,4}")) {
            out.raw("Which step? Type 'goto N' with N from 1 to " + session.stepCount() + ".");
            return true;
        }
        return moved(session.goTo(Integer.parseInt(argument)));
    }

    private void showStep() {
        Step step = session.step();
        String heading = Pages.stepHeading(step, session.stepNumber(), session.stepCount(), out.medium());
        out.raw(out.medium() == Medium.SCREEN_READER ? heading : "── " + heading + " ──");
        out.blank();
        out.lines(Pages.step(step, out.width(), out.medium()));
        out.blank();
    }

    private boolean outline() {
        List<Step> steps = session.path().steps();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            boolean here = i + 1 == session.stepNumber();
            String line = Pages.outlineEntry(i + 1, s);
            if (out.medium() == Medium.SCREEN_READER) {
                // Marks are spoken as noise ("single right-pointing angle quotation mark"): words instead.
                out.raw(line.strip() + (here ? ", you are here" : "") + (session.isDone(s) ? ", done" : ""));
            } else {
                out.raw((here ? "›" : session.isDone(s) ? "✓" : " ") + " " + line);
            }
        }
        out.raw(Pages.outlineTotals(session.doneCount(), steps.size(), session.minutesLeft()) + ".");
        return true;
    }

    private boolean note(String text) {
        NoteResult result = session.addNote(text);
        if (result instanceof NoteResult.Added added) {
            out.raw(added.saved().onDisk() ? "Note saved on step " + session.stepNumber() + "." : added.saved().notSaved("Note"));
        } else if (result instanceof NoteResult.TooLong tooLong) {
            out.raw(tooLong.why());
        } else {
            out.raw("Type the note after the word: note TEXT");
        }
        return true;
    }

    /** Every note on the path, under the step it belongs to. */
    private boolean notes() {
        List<Line> lines = Pages.notesByStep(StepNotes.of(session.path(), session.record()), zone, out.width());
        if (lines.isEmpty()) {
            out.raw("No notes on this path yet. Add one with: note TEXT");
        } else {
            out.lines(lines);
        }
        return true;
    }

    private boolean quiz() {
        Step step = session.step();
        if (step.quiz().isEmpty()) {
            out.raw("This step has no quiz.");
            return true;
        }
        QuizRunner.Outcome outcome = new QuizRunner(in, out, false).run(session, step.quiz());
        if (outcome == QuizRunner.Outcome.PAUSED) {
            return paused();
        }
        out.blank();
        return outcome == QuizRunner.Outcome.DONE;
    }

    /** q at an answer: back at the step's prompt, saying how to go on. */
    private boolean paused() {
        out.blank();
        out.raw("Quiz paused. 'next' asks the rest.");
        return true;
    }

    private boolean glossary(String query) {
        List<GlossaryEntry> entries = session.glossary(query);
        if (entries.isEmpty()) {
            out.raw(session.path().glossary().isEmpty() ? "This path has no glossary."
                    : "No glossary entry mentions '" + Sanitizer.oneLine(query) + "'.");
            return true;
        }
        for (GlossaryEntry e : entries) {
            out.lines(Wrapper.wrap(List.of(new Span(Sanitizer.clean(e.means()), Style.PLAIN)), out.width(),
                    new Span(Sanitizer.oneLine(e.term()) + " — ", Style.BOLD), new Span("    ", Style.PLAIN)));
        }
        return true;
    }

    private boolean sources() {
        out.lines(Pages.sources(session.step(), out.width()));
        return true;
    }

    private boolean help() {
        for (String line : HELP.split("\n")) {
            out.raw(line);
        }
        return true;
    }

    private static final String HELP = """
            Commands (short forms in brackets):
              next [n]            go on (runs the step's quiz first if it is not answered)
              back [b]            the step before
              goto N [g N, N]     go to step N
              outline [o]         all steps, with the done ones ticked
              note TEXT [: TEXT]  attach a note to this step
              notes               your notes on this path, by step
              quiz                take this step's quiz (again)
              glossary [TERM]     the path's glossary, or the entries that mention TERM
              sources [s]         where this step's facts come from
              help [h, ?]         this list
              quit [q]            stop here; progress is saved after every action""";

    private boolean unknown(String word) {
        out.raw("Unknown command '" + Sanitizer.oneLine(word) + "'. Type 'help' for the list.");
        return true;
    }

    private void messages() {
        for (String message : session.takeMessages()) {
            out.raw(message);
        }
    }
}
