package almanac.tutor;

import almanac.content.GlossaryEntry;
import almanac.content.LearningPath;
import almanac.content.Question;
import almanac.content.Step;
import almanac.progress.Note;
import almanac.progress.PathProgress;
import almanac.progress.ProgressStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One learner working through one path: where they are and what every action does. No
 * terminal in sight; front ends call these methods and show what they return. Every change
 * is saved at once; a change that could not be saved is said so, kept, and saved with the
 * next one (see {@link Recorder}).
 */
public final class Session implements AnswerSheet {
    /** Time away longer than this (a lunch break, a laptop lid) is not counted as reading. */
    static final Duration MAX_VISIT = Duration.ofMinutes(30);
    /**
     * The longest note, in UTF-8 bytes: room for pages of text, while a dotfile of many
     * notes still loads in a small heap (a pasted log of megabytes once made it unreadable).
     */
    public static final int MAX_NOTE_BYTES = 64 * 1024;

    private final LearningPath path;
    private final Recorder recorder;
    private final ProgressStore store;
    private final Clock clock;
    private final Set<String> skipped = new HashSet<>();
    private final Set<String> hinted = new HashSet<>();
    private PathProgress record;
    /** Where the session opened, until it is saved (see {@link #saveOpening}); then null. */
    private UnaryOperator<PathProgress> opening;
    private int index;
    private Instant enteredAt;

    public Session(LearningPath path, ProgressStore store, Clock clock) {
        if (path.steps().isEmpty()) {
            throw new IllegalArgumentException("a path needs steps");
        }
        this.path = path;
        this.recorder = new Recorder(store);
        this.store = store;
        this.clock = clock;
    }

    /**
     * Starts the session: at the saved step, at {@code stepNumber} (1-based) if given, or at
     * step 1 after the intro on a first visit or a restart.
     */
    public synchronized Opening open(Integer stepNumber, boolean restart) {
        PathProgress saved = recorder.load(path.id());
        record = saved;
        Instant finishedAt = saved.finished();
        Opening.Kind kind;
        if (stepNumber != null) {
            index = Math.max(0, Math.min(path.steps().size() - 1, stepNumber - 1));
            kind = Opening.Kind.JUMPED;
        } else if (restart || !saved.isStarted()) {
            index = 0;
            kind = Opening.Kind.INTRO;
        } else {
            index = resumeIndex(saved);
            kind = Opening.Kind.RESUMED;
        }
        Instant now = now();
        String at = step().id();
        opening = p -> (restart ? p.withFinished(null) : p).withStarted(now).withCurrent(at);
        record = opening.apply(saved);
        enteredAt = now;
        return new Opening(kind, index + 1, restart ? null : finishedAt);
    }

    /**
     * Saves where the session opened. {@link #open} leaves that to this call so the first screen
     * is drawn before the dotfile is locked, written and synced; any later change saves it too.
     */
    public synchronized Saved saveOpening() {
        return opening == null ? Saved.ON_DISK : save(UnaryOperator.identity(), "Where you are");
    }

    private int resumeIndex(PathProgress saved) {
        int i = saved.current() == null ? -1 : path.indexOf(saved.current());
        if (i >= 0) {
            return i;
        }
        // The saved step is gone from the path: go to the first step not done yet.
        for (int s = 0; s < path.steps().size(); s++) {
            if (!saved.step(path.steps().get(s).id()).isDone()) {
                return s;
            }
        }
        return 0;
    }

    public LearningPath path() {
        return path;
    }

    public Step step() {
        return path.steps().get(index);
    }

    /** 1-based. */
    public int stepNumber() {
        return index + 1;
    }

    public int stepCount() {
        return path.steps().size();
    }

    public PathProgress record() {
        return record;
    }

    public boolean isDone(Step step) {
        return record.step(step.id()).isDone();
    }

    public int doneCount() {
        return (int) path.steps().stream().filter(this::isDone).count();
    }

    /** Reading minutes of the steps not done yet, the current one included. */
    public int minutesLeft() {
        return path.steps().stream().filter(s -> !isDone(s)).mapToInt(Step::minutes).sum();
    }

    /** Messages for the learner that arose on their own (a save that failed, a broken file set aside). */
    public synchronized List<String> takeMessages() {
        return recorder.takeMessages();
    }

    /** How many changes are not on disk now; each later save tries them again. */
    public synchronized int unsavedCount() {
        return recorder.unsavedCount();
    }

    /** The line to end the session with when changes are not on disk; null when all is saved. */
    public synchronized String unsavedWarning() {
        return recorder.unsavedWarning();
    }

    /**
     * The current step's questions that still want an answer before moving on; a question
     * skipped on an earlier visit is asked again even when the step is done.
     */
    public List<Question> pendingQuestions() {
        Step step = step();
        List<Question> pending = new ArrayList<>();
        for (Question q : step.quiz()) {
            String key = step.answerKey(q);
            if (record.attempts(key).isEmpty() && !skipped.contains(key)) {
                pending.add(q);
            }
        }
        return pending;
    }

    /** Forward: the quiz if it is due, else the next step, or the end of the path. */
    public synchronized Move next() {
        List<Question> pending = pendingQuestions();
        if (!pending.isEmpty()) {
            return new Move.QuizDue(pending);
        }
        Step finished = step();
        Instant now = now();
        long seconds = secondsHere(now);
        if (index == path.steps().size() - 1) {
            save(p -> p.withSecondsAdded(finished.id(), seconds).withStepDone(finished.id(), now).withFinished(now),
                    "Step " + stepNumber() + " done");
            enteredAt = now;
            return new Move.Finished(finished, summary());
        }
        String done = "Step " + stepNumber() + " done";
        index++;
        String to = step().id();
        save(p -> p.withSecondsAdded(finished.id(), seconds).withStepDone(finished.id(), now).withCurrent(to), done);
        enteredAt = now;
        return new Move.Moved(finished, step(), stepNumber());
    }

    public synchronized Move back() {
        if (index == 0) {
            return new Move.Stayed("This is the first step.");
        }
        return moveTo(index - 1);
    }

    /** Jumps to a step by its 1-based number. */
    public synchronized Move goTo(int number) {
        if (number < 1 || number > path.steps().size()) {
            return new Move.Stayed("There is no step " + number + "; this path has steps 1 to " + path.steps().size() + ".");
        }
        if (number - 1 == index) {
            return new Move.Stayed("You are on step " + number + " already.");
        }
        return moveTo(number - 1);
    }

    private Move moveTo(int target) {
        Step left = step();
        Instant now = now();
        long seconds = secondsHere(now);
        index = target;
        String to = step().id();
        save(p -> p.withSecondsAdded(left.id(), seconds).withCurrent(to), "Where you are");
        enteredAt = now;
        return new Move.Moved(null, step(), stepNumber());
    }

    /** Grades a reply to one of the current step's questions and records it if it was an answer. */
    @Override
    public synchronized Feedback answer(Question question, String reply) {
        Feedback feedback = Grading.grade(question, reply);
        String key = step().answerKey(question);
        UnaryOperator<PathProgress> edit = Grading.edit(key, feedback.check(), hinted.contains(key), now());
        if (edit != null) {
            hinted.remove(key);
            return feedback.withSaved(save(edit, null));
        }
        return feedback;
    }

    @Override
    public synchronized void hint(Question question) {
        hinted.add(step().answerKey(question));
    }

    /** Lets the learner move on without answering; the question is asked again next visit. */
    @Override
    public synchronized void skip(Question question) {
        skipped.add(step().answerKey(question));
    }

    /** How a step's quiz went: right answers (the latest attempt counts), of how many questions, how many skipped. */
    public record StepScore(int right, int questions, int skipped) {
    }

    public synchronized StepScore score(Step step) {
        int right = 0;
        int skips = 0;
        for (Question q : step.quiz()) {
            String key = step.answerKey(q);
            List<almanac.progress.Attempt> attempts = record.attempts(key);
            if (attempts.isEmpty()) {
                skips += skipped.contains(key) ? 1 : 0;
            } else if (attempts.get(attempts.size() - 1).correct()) {
                right++;
            }
        }
        return new StepScore(right, step.quiz().size(), skips);
    }

    /** Attaches a note to the current step; blank text is ignored, and text over {@link #MAX_NOTE_BYTES} refused. */
    public synchronized NoteResult addNote(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return new NoteResult.Blank();
        }
        int bytes = trimmed.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_NOTE_BYTES) {
            return new NoteResult.TooLong(bytes);
        }
        Note note = new Note(now(), trimmed);
        String stepId = step().id();
        return new NoteResult.Added(note, save(p -> p.withNote(stepId, note), null));
    }

    /** The current step's notes, oldest first. */
    public List<Note> notes() {
        return record.notes(step().id());
    }

    /** Glossary entries whose term or meaning mentions {@code query}; all of them for a blank query. */
    public List<GlossaryEntry> glossary(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return path.glossary();
        }
        List<GlossaryEntry> byTerm = new ArrayList<>();
        List<GlossaryEntry> byMeaning = new ArrayList<>();
        for (GlossaryEntry e : path.glossary()) {
            if (e.term().toLowerCase(Locale.ROOT).contains(q)) {
                byTerm.add(e);
            } else if (e.means().toLowerCase(Locale.ROOT).contains(q)) {
                byMeaning.add(e);
            }
        }
        byTerm.addAll(byMeaning);
        return byTerm;
    }

    /** Keeps how far down the current step the learner had read (percent), so the next visit opens there. */
    public synchronized void keepScroll(int percent) {
        if (percent != record.scroll()) {
            save(p -> p.withScroll(percent), null);
        }
    }

    /** Saves the time spent on the current step; call before leaving. */
    public synchronized void quit() {
        Instant now = now();
        long seconds = secondsHere(now);
        String stepId = step().id();
        if (seconds > 0) {
            save(p -> p.withSecondsAdded(stepId, seconds), null);
        } else if (opening != null) {
            saveOpening();
        } else {
            // The last chance for changes that could not be saved before.
            Recorder.Result retried = recorder.retry(path.id());
            record = retried.record() != null ? retried.record() : record;
        }
        enteredAt = now;
    }

    /**
     * The one line to leave with: what is saved, and {@code command} to come back
     * ("Saved at step 2/9 · 1 of 9 done · 2 notes. Resume: almanac learn inference-economics").
     */
    public synchronized Farewell farewell(String command) {
        int notes = record.noteCount();
        String what = (doneCount() == stepCount() ? "Saved: all " + stepCount() + " steps done"
                : "Saved at step " + stepNumber() + "/" + stepCount() + " · " + doneCount() + " of " + stepCount() + " done")
                + (notes > 0 ? " · " + notes + (notes == 1 ? " note" : " notes") : "");
        return new Farewell(what + ".", command);
    }

    /** How many of this path's questions are due for review now. */
    public int dueForReview() {
        return new Review(List.of(path), store, clock).due().size();
    }

    public Summary summary() {
        return Summaries.of(path, record);
    }

    private long secondsHere(Instant now) {
        Duration spent = Duration.between(enteredAt, now);
        if (spent.isNegative()) {
            return 0;
        }
        return (spent.compareTo(MAX_VISIT) > 0 ? MAX_VISIT : spent).toSeconds();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Applies {@code edit} here and in the dotfile, taking in what other sessions saved
     * meanwhile. When it cannot be saved, the session goes on with the change, and
     * {@code what} (when given; else the caller tells the learner itself) is told why.
     */
    private Saved save(UnaryOperator<PathProgress> change, String what) {
        UnaryOperator<PathProgress> edit = change;
        if (opening != null) {
            UnaryOperator<PathProgress> first = opening;
            edit = p -> change.apply(first.apply(p));
            opening = null;
        }
        Recorder.Result result = recorder.save(path.id(), edit);
        // On failure the change is still made here (the opening already is: see open).
        record = result.record() != null ? result.record() : change.apply(record);
        if (!result.saved().onDisk() && what != null) {
            recorder.tell(result.saved().notSaved(what));
        }
        return result.saved();
    }
}
