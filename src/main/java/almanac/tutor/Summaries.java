package almanac.tutor;

import almanac.content.LearningPath;
import almanac.content.Question;
import almanac.content.Step;
import almanac.progress.Attempt;
import almanac.progress.PathProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Works out a {@link Summary} from a path and the learner's record on it. */
public final class Summaries {
    private Summaries() {
    }

    public static Summary of(LearningPath path, PathProgress record) {
        int right = 0;
        int answered = 0;
        int stepsDone = 0;
        long seconds = 0;
        List<Summary.Missed> missed = new ArrayList<>();
        List<Integer> notDone = new ArrayList<>();
        for (int i = 0; i < path.steps().size(); i++) {
            Step step = path.steps().get(i);
            if (record.step(step.id()).isDone()) {
                stepsDone++;
            } else {
                notDone.add(i + 1);
            }
            seconds += record.step(step.id()).seconds();
            for (Question q : step.quiz()) {
                List<Attempt> attempts = record.attempts(step.answerKey(q));
                if (attempts.isEmpty()) {
                    continue;
                }
                answered++;
                if (attempts.get(attempts.size() - 1).correct()) {
                    right++;
                } else {
                    missed.add(new Summary.Missed(i + 1, step.title(), q));
                }
            }
        }
        int notes = path.steps().stream().mapToInt(s -> record.notes(s.id()).size()).sum();
        return new Summary(path.title(), stepsDone, path.steps().size(), right, answered, path.questionCount(),
                Duration.ofSeconds(seconds), notes, missed, notDone);
    }
}
