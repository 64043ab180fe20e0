package almanac.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learning path: a titled sequence of steps, loaded from one YAML file.
 *
 * @param asOf   the date the path's facts were checked; null if not given
 * @param origin where it was loaded from, for messages ("paths/x.yaml", "bundled")
 */
public record LearningPath(
        String id,
        String title,
        String summary,
        String audience,
        Level level,
        LocalDate asOf,
        List<Step> steps,
        List<GlossaryEntry> glossary,
        String origin) {

    public LearningPath {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        summary = summary == null ? "" : summary;
        audience = audience == null ? "" : audience;
        level = level == null ? Level.MIXED : level;
        steps = List.copyOf(steps);
        glossary = List.copyOf(glossary);
        origin = origin == null ? "" : origin;
    }

    public int totalMinutes() {
        return steps.stream().mapToInt(Step::minutes).sum();
    }

    /** The 0-based position of the step with this id, or -1. */
    public int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Step> step(String stepId) {
        int i = indexOf(stepId);
        return i < 0 ? Optional.empty() : Optional.of(steps.get(i));
    }

    public int questionCount() {
        return steps.stream().mapToInt(s -> s.quiz().size()).sum();
    }
}
