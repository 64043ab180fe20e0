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
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
    /** One due question, with where it comes from. */
    public record Item(LearningPath path, int stepNumber, Step step, Question question, Instant due) {
        String key() {
            return step.answerKey(question);
        }
    }

    /** How a review went. */
    public record Outcome(int asked, int right, Optional<Instant> next) {
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

    /** The questions due now, the longest overdue first. */
    public List<Item> due() {
        Progress progress = store.load();
        Instant now = now();
        List<Item> items = new ArrayList<>();
        for (LearningPath path : paths) {
            Map<String, Card> cards = CardState.fromMaps(progress.path(path.id()).review());
            for (String key : Due.at(cards, now).keys()) {
                find(path, key, cards.get(key).due()).ifPresent(items::add);
            }
        }
        items.sort(Comparator.comparing(Item::due));
        return items;
    }

    /** When the next question falls due, among those the paths still have. */
    public Optional<Instant> next() {
        Progress progress = store.load();
        Instant now = now();
        Optional<Instant> next = Optional.empty();
        for (LearningPath path : paths) {
            for (Map.Entry<String, Card> e : CardState.fromMaps(progress.path(path.id()).review()).entrySet()) {
                Instant due = e.getValue().due();
                if (due.isAfter(now) && find(path, e.getKey(), due).isPresent()
                        && (next.isEmpty() || due.isBefore(next.get()))) {
                    next = Optional.of(due);
                }
            }
        }
        return next;
    }

    private static Optional<Item> find(LearningPath path, String key, Instant due) {
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
                .map(q -> new Item(path, index + 1, step, q, due));
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
        return new Outcome(asked, right, next());
    }

    public List<String> takeMessages() {
        return recorder.takeMessages();
    }

    /** The line to end the review with when answers are not on disk; null when all is saved. */
    public String unsavedWarning() {
        return recorder.unsavedWarning();
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
