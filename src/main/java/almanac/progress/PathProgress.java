package almanac.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learner's record on one path, keyed by step and question ids (never by position), so
 * editing a path never scrambles it. Ids that the path no longer has are kept.
 *
 * @param current  the step to resume at; null before the first step
 * @param answers  every attempt per {@code step/question}, oldest first
 * @param review   the review scheduler's state per {@code step/question}, kept as written
 * @param scroll   how far down the current step the learner had read, in percent (0: the top)
 */
public record PathProgress(
        Instant started,
        String current,
        Instant finished,
        Map<String, StepRecord> steps,
        Map<String, List<Attempt>> answers,
        Map<String, List<Note>> notes,
        Map<String, Map<String, Object>> review,
        int scroll) {

    public static final PathProgress EMPTY = builder().build();

    public PathProgress {
        steps = frozen(steps);
        answers = frozenLists(answers);
        notes = frozenLists(notes);
        review = frozen(review);
        scroll = Math.max(0, Math.min(100, scroll));
    }

    public boolean isStarted() {
        return started != null;
    }

    public StepRecord step(String stepId) {
        return steps.getOrDefault(stepId, StepRecord.NEW);
    }

    public List<Attempt> attempts(String key) {
        return answers.getOrDefault(key, List.of());
    }

    public List<Note> notes(String stepId) {
        return notes.getOrDefault(stepId, List.of());
    }

    public int noteCount() {
        return notes.values().stream().mapToInt(List::size).sum();
    }

    public PathProgress withStarted(Instant at) {
        return started != null ? this : toBuilder().started(at).build();
    }

    /** Moves to a step; on another step than before, reading starts at its top. */
    public PathProgress withCurrent(String stepId) {
        return toBuilder().current(stepId).scroll(java.util.Objects.equals(stepId, current) ? scroll : 0).build();
    }

    public PathProgress withScroll(int percent) {
        return toBuilder().scroll(percent).build();
    }

    public PathProgress withFinished(Instant at) {
        return toBuilder().finished(at).build();
    }

    /** Marks a step done (keeping the first time it was done). */
    public PathProgress withStepDone(String stepId, Instant at) {
        StepRecord old = step(stepId);
        if (old.isDone()) {
            return this;
        }
        return withStep(stepId, new StepRecord(at, old.seconds()));
    }

    public PathProgress withSecondsAdded(String stepId, long seconds) {
        StepRecord old = step(stepId);
        return withStep(stepId, new StepRecord(old.done(), old.seconds() + seconds));
    }

    public PathProgress withAttempt(String key, Attempt attempt) {
        return toBuilder().answers(appended(answers, key, attempt)).build();
    }

    public PathProgress withNote(String stepId, Note note) {
        return toBuilder().notes(appended(notes, stepId, note)).build();
    }

    public PathProgress withReview(String key, Map<String, Object> state) {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>(review);
        copy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(state)));
        return toBuilder().review(copy).build();
    }

    /** Forgets where the learner is and what they answered; notes stay unless {@code notesToo}. */
    public PathProgress reset(boolean notesToo) {
        return builder().notes(notesToo ? Map.of() : notes).build();
    }

    private PathProgress withStep(String stepId, StepRecord record) {
        Map<String, StepRecord> copy = new LinkedHashMap<>(steps);
        copy.put(stepId, record);
        return toBuilder().steps(copy).build();
    }

    /** A record built field by field; fields not set are empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this record, for changing a field or two. */
    public Builder toBuilder() {
        return new Builder().started(started).current(current).finished(finished).steps(steps).answers(answers)
                .notes(notes).review(review).scroll(scroll);
    }

    /**
     * Builds a {@link PathProgress} by field name, so a new field touches only this class and
     * the places that use it, not every constructor call.
     */
    public static final class Builder {
        private Instant started;
        private String current;
        private Instant finished;
        private Map<String, StepRecord> steps = Map.of();
        private Map<String, List<Attempt>> answers = Map.of();
        private Map<String, List<Note>> notes = Map.of();
        private Map<String, Map<String, Object>> review = Map.of();
        private int scroll;

        private Builder() {
        }

        public Builder started(Instant at) {
            this.started = at;
            return this;
        }

        public Builder current(String stepId) {
            this.current = stepId;
            return this;
        }

        public Builder finished(Instant at) {
            this.finished = at;
            return this;
        }

        public Builder steps(Map<String, StepRecord> steps) {
            this.steps = steps;
            return this;
        }

        public Builder answers(Map<String, List<Attempt>> answers) {
            this.answers = answers;
            return this;
        }

        public Builder notes(Map<String, List<Note>> notes) {
            this.notes = notes;
            return this;
        }

        public Builder review(Map<String, Map<String, Object>> review) {
            this.review = review;
            return this;
        }

        public Builder scroll(int percent) {
            this.scroll = percent;
            return this;
        }

        public PathProgress build() {
            return new PathProgress(started, current, finished, steps, answers, notes, review, scroll);
        }
    }

    private static <T> Map<String, List<T>> appended(Map<String, List<T>> map, String key, T item) {
        Map<String, List<T>> copy = new LinkedHashMap<>(map);
        List<T> list = new ArrayList<>(map.getOrDefault(key, List.of()));
        list.add(item);
        copy.put(key, list);
        return copy;
    }

    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static <T> Map<String, List<T>> frozenLists(Map<String, List<T>> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, List<T>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
