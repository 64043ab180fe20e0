package almanac.tutor;

import almanac.content.LearningPath;
import almanac.content.Question;
import almanac.content.Step;
import almanac.progress.PathProgress;
import almanac.progress.Progress;
import almanac.progress.ProgressStore;
import almanac.review.Card;
import almanac.review.CardState;
import almanac.review.Due;
import almanac.review.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A spaced-repetition review across paths: the questions whose time has come, answered
 * like quiz questions, each answer saved at once and rescheduled.
 */
public final class Review {
    /** One due question, with where it comes from and its schedule. */
    public record Item(LearningPath path, int stepNumber, Step step, Question question, Card card) {
        String key() {
            return step.answerKey(question);
        }

        public Instant due() {
            return card.due();
        }

        /** The predicted probability that the learner recalls the answer at {@code now} (FSRS-6). */
        public double recall(Instant now) {
            return Scheduler.retrievability(card, now);
        }

        /**
         * False within a day of the last answer, where FSRS predicts full recall even right
         * after a miss (a missed question is due again after 10 minutes).
         */
        public boolean recallPredicted(Instant now) {
            return Scheduler.predicts(card, now);
        }
    }

    /**
     * What is due at one moment, among the questions the paths still have: the questions to ask
     * now, the longest overdue first, and when the next of the others falls due. The status line's
     * "N due" and every "next review" come from here, so they cannot disagree.
     */
    public record Agenda(List<Item> due, Optional<Instant> next) {
        public Agenda {
            due = List.copyOf(due);
        }
    }

    /** How a review went, and what is left: questions still due now, else when the next falls due. */
    public record Outcome(int asked, int right, int stillDue, Optional<Instant> next) {
    }

    private final List<LearningPath> paths;
    private final ProgressStore store;
    private final Recorder recorder;
    private final Clock clock;
    private final Set<String> hinted = new HashSet<>();
    private int asked;
    private int right;

    public Review(List<LearningPath> paths, ProgressStore store, Clock clock) {
        this.paths = List.copyOf(paths);
        this.store = store;
        this.recorder = new Recorder(store);
        this.clock = clock;
    }

    /** What is due now and when the next question falls due. */
    public Agenda agenda() {
        Progress progress = store.load();
        Instant now = now();
        List<Item> items = new ArrayList<>();
        Optional<Instant> next = Optional.empty();
        for (LearningPath path : paths) {
            Map<String, Item> known = new LinkedHashMap<>();
            Map<String, Card> cards = new LinkedHashMap<>();
            CardState.fromMaps(progress.path(path.id()).review()).forEach((key, card) ->
                    find(path, key, card).ifPresent(item -> {
                        known.put(key, item);
                        cards.put(key, card);
                    }));
            Due due = Due.at(cards, now);
            due.keys().forEach(key -> items.add(known.get(key)));
            if (due.next().isPresent() && (next.isEmpty() || due.next().get().isBefore(next.get()))) {
                next = due.next();
            }
        }
        items.sort(Comparator.comparing(Item::due).thenComparing(i -> i.path().id()).thenComparing(Item::key));
        return new Agenda(items, next);
    }

    /** The questions due now, the longest overdue first. */
    public List<Item> due() {
        return agenda().due();
    }

    /** When the next question falls due, among those the paths still have and not due now. */
    public Optional<Instant> next() {
        return agenda().next();
    }

    private static Optional<Item> find(LearningPath path, String key, Card card) {
        int slash = key.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        int index = path.indexOf(key.substring(0, slash));
        if (index < 0) {
            return Optional.empty();
        }
        Step step = path.steps().get(index);
        String questionId = key.substring(slash + 1);
        return step.quiz().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .map(q -> new Item(path, index + 1, step, q, card));
    }

    /** Where the answers to {@code item} go. */
    public AnswerSheet sheet(Item item) {
        return new AnswerSheet() {
            @Override
            public Feedback answer(Question question, String reply) {
                Feedback feedback = Grading.grade(question, reply);
                UnaryOperator<PathProgress> edit = Grading.edit(item.key(), feedback.check(),
                        hinted.contains(item.key()), now());
                if (edit != null) {
                    asked++;
                    right += feedback.isRight() ? 1 : 0;
                    return feedback.withSaved(recorder.save(item.path().id(), edit).saved());
                }
                return feedback;
            }

            @Override
            public void skip(Question question) {
                // Left due: it comes up again next time.
            }

            @Override
            public void hint(Question question) {
                hinted.add(item.key());
            }
        };
    }

    public Outcome outcome() {
        Agenda agenda = agenda();
        return new Outcome(asked, right, agenda.due().size(), agenda.next());
    }

    public List<String> takeMessages() {
        return recorder.takeMessages();
    }

    /** The line to end the review with when answers are not on disk; null when all is saved. */
    public String unsavedWarning() {
        return recorder.unsavedWarning();
    }


    /** The review's clock now, to the second: "in 10 minutes" is counted from here, not from the start. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
