package almanac.content;

import java.util.List;
import java.util.Objects;

/**
 * One short article of a path.
 *
 * @param id         unique within the path; progress is keyed by it
 * @param minutes    the author's reading estimate
 * @param why        why this step is on the path, at this place
 * @param body       Markdown
 * @param keyPoints  take-aways shown when the step ends
 */
public record Step(
        String id,
        String title,
        int minutes,
        String why,
        String body,
        List<String> keyPoints,
        List<Source> sources,
        List<Question> quiz) {

    public Step {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        why = why == null ? "" : why;
        body = body == null ? "" : body;
        keyPoints = List.copyOf(keyPoints);
        sources = List.copyOf(sources);
        quiz = List.copyOf(quiz);
    }

    /** The key under which answers to {@code question} are kept: {@code step/question}. */
    public String answerKey(Question question) {
        return id + "/" + question.id();
    }
}
