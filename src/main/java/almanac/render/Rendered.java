package almanac.render;

import java.util.List;

/** A Markdown text laid out for one width: its lines, and the link targets its footnote numbers point to. */
public record Rendered(List<Line> lines, List<String> links) {
    public Rendered {
        lines = List.copyOf(lines);
        links = List.copyOf(links);
    }
}
