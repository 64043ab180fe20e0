package almanac.render;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Lays out a step's Markdown as styled lines for a width: headings, paragraphs, emphasis,
 * code, lists, block quotes, tables, and links as text with a footnote number. All text
 * passes through {@link Sanitizer} on the way in.
 */
public final class MarkdownRenderer {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final int MIN_WIDTH = 10;

    private MarkdownRenderer() {
    }

    public static Rendered render(String markdown, int width) {
        return render(markdown, width, Medium.SCREEN);
    }

    /**
     * For a screen reader: tables as "column: value" lines, a block quote led by "Quote:",
     * no rule for a thematic break (see {@link Medium}).
     */
    public static Rendered render(String markdown, int width, Medium medium) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        Layout layout = new Layout(Math.max(MIN_WIDTH, width), medium);
        layout.blocks(document, new Span("", Style.PLAIN), new Span("", Style.PLAIN));
        return new Rendered(layout.lines, layout.links);
    }

    private static final class Layout {
        private final int width;
        private final Medium medium;
        private final List<Line> lines = new ArrayList<>();
        private final List<String> links = new ArrayList<>();

        Layout(int width, Medium medium) {
            this.width = width;
            this.medium = medium;
        }

        /** The children of {@code parent}, separated by blank lines where the block kind calls for it. */
        void blocks(Node parent, Span first, Span rest) {
            boolean tight = parent instanceof ListItem && isTight(parent.getParent());
            Span lead = first;
            for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
                if (block != parent.getFirstChild() && !tight) {
                    lines.add(new Line(List.of(rest)));
                }
                block(block, lead, rest);
                lead = rest;
            }
        }

        private static boolean isTight(Node list) {
            if (list instanceof BulletList b) {
                return b.isTight();
            }
            return list instanceof OrderedList o && o.isTight();
        }

        void block(Node block, Span first, Span rest) {
            if (block instanceof Paragraph) {
                lines.addAll(Wrapper.wrap(inlines(block, Style.PLAIN), width, first, rest));
            } else if (block instanceof Heading) {
                lines.addAll(Wrapper.wrap(inlines(block, Style.HEADING), width, first, rest));
            } else if (block instanceof BulletList || block instanceof OrderedList) {
                list(block, first, rest);
            } else if (block instanceof BlockQuote && medium == Medium.SCREEN_READER) {
                blocks(block, new Span(first.text() + "Quote: ", Style.QUOTE), new Span(rest.text() + "  ", Style.QUOTE));
            } else if (block instanceof BlockQuote) {
                Span bar = new Span(rest.text() + "│ ", Style.QUOTE);
                Span firstBar = new Span(first.text() + "│ ", Style.QUOTE);
                int from = lines.size();
                blocks(block, firstBar, bar);
                for (int i = from; i < lines.size(); i++) {
                    lines.set(i, restyle(lines.get(i), Style.PLAIN, Style.QUOTE));
                }
            } else if (block instanceof FencedCodeBlock code) {
                code(code.getLiteral(), first, rest);
            } else if (block instanceof IndentedCodeBlock code) {
                code(code.getLiteral(), first, rest);
            } else if (block instanceof HtmlBlock html) {
                code(html.getLiteral(), first, rest);
            } else if (block instanceof ThematicBreak && medium == Medium.SCREEN_READER) {
                lines.add(new Line(List.of(first)));
            } else if (block instanceof ThematicBreak) {
                lines.add(new Line(List.of(first, new Span("─".repeat(Math.max(1, width - first.width())), Style.RULE))));
            } else if (block instanceof TableBlock) {
                table(block, first, rest);
            } else {
                blocks(block, first, rest);
            }
        }

        private void list(Node list, Span first, Span rest) {
            int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            boolean tight = isTight(list);
            Span lead = first;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item != list.getFirstChild() && !tight) {
                    lines.add(new Line(List.of(rest)));
                }
                String marker = list instanceof OrderedList ? (number++) + ". " : "• ";
                Span itemFirst = new Span(lead.text() + marker, lead.style());
                Span itemRest = new Span(rest.text() + " ".repeat(DisplayWidth.of(marker)), rest.style());
                blocks(item, itemFirst, itemRest);
                lead = rest;
            }
        }

        private void code(String literal, Span first, Span rest) {
            String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
            Span lead = first;
            for (String raw : text.split("\n", -1)) {
                String clean = Sanitizer.clean(raw).replace("\t", "    ");
                // Code keeps its spaces: cut long lines instead of re-flowing them.
                int room = Math.max(1, width - lead.width());
                String part = DisplayWidth.truncate(clean, room);
                lines.add(new Line(List.of(lead, new Span(part, Style.CODE))));
                String left = clean.substring(part.length());
                while (!left.isEmpty()) {
                    room = Math.max(1, width - rest.width());
                    part = DisplayWidth.truncate(left, room);
                    if (part.isEmpty()) {
                        part = left.substring(0, Character.charCount(left.codePointAt(0)));
                    }
                    lines.add(new Line(List.of(rest, new Span(part, Style.CODE))));
                    left = left.substring(part.length());
                }
                lead = rest;
            }
        }

        private void table(Node table, Span first, Span rest) {
            List<List<List<Span>>> rows = new ArrayList<>();
            int headerRows = 0;
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<List<Span>> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(inlines(cell, section instanceof TableHead ? Style.BOLD : Style.PLAIN));
                        }
                    }
                    rows.add(cells);
                    if (section instanceof TableHead) {
                        headerRows++;
                    }
                }
            }
            int columns = rows.stream().mapToInt(List::size).max().orElse(0);
            int[] widths = new int[columns];
            for (List<List<Span>> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    widths[c] = Math.max(widths[c], spansWidth(row.get(c)));
                }
            }
            int total = rest.width();
            for (int w : widths) {
                total += w;
            }
            total += Math.max(0, columns - 1) * 3;
            if (total <= width && medium == Medium.SCREEN) {
                grid(rows, headerRows, widths, first, rest);
            } else {
                records(rows, headerRows, first, rest);
            }
        }

        /** A table that fits: aligned columns with a rule under the header. */
        private void grid(List<List<List<Span>>> rows, int headerRows, int[] widths, Span first, Span rest) {
            Span lead = first;
            for (int r = 0; r < rows.size(); r++) {
                List<Span> spans = new ArrayList<>(List.of(lead));
                List<List<Span>> row = rows.get(r);
                for (int c = 0; c < widths.length; c++) {
                    List<Span> cell = c < row.size() ? row.get(c) : List.of();
                    spans.addAll(cell);
                    boolean last = c == widths.length - 1;
                    int pad = widths[c] - spansWidth(cell);
                    if (!last) {
                        spans.add(new Span(" ".repeat(pad), Style.PLAIN));
                        spans.add(new Span(" │ ", Style.DIM));
                    }
                }
                lines.add(new Line(spans));
                lead = rest;
                if (r == headerRows - 1) {
                    StringBuilder rule = new StringBuilder();
                    for (int c = 0; c < widths.length; c++) {
                        rule.append("─".repeat(widths[c])).append(c == widths.length - 1 ? "" : "─┼─");
                    }
                    lines.add(new Line(List.of(rest, new Span(rule.toString(), Style.DIM))));
                }
            }
        }

        /** A table too wide for the screen, or for a screen reader: each row as "header: value" lines. */
        private void records(List<List<List<Span>>> rows, int headerRows, Span first, Span rest) {
            List<List<Span>> header = headerRows > 0 ? rows.get(0) : List.of();
            Span lead = first;
            for (int r = headerRows; r < rows.size(); r++) {
                if (r > headerRows) {
                    lines.add(new Line(List.of(rest)));
                }
                List<List<Span>> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    List<Span> spans = new ArrayList<>();
                    if (c < header.size() && !header.get(c).isEmpty()) {
                        spans.addAll(restyle(new Line(header.get(c)), Style.PLAIN, Style.BOLD).spans());
                        spans.add(new Span(": ", Style.BOLD));
                    }
                    spans.addAll(row.get(c));
                    Span bullet = new Span(lead.text() + (c == 0 ? "• " : "  "), lead.style());
                    lines.addAll(Wrapper.wrap(spans, width, bullet, new Span(rest.text() + "    ", rest.style())));
                    lead = rest;
                }
            }
        }

        private static int spansWidth(List<Span> spans) {
            return spans.stream().mapToInt(Span::width).sum();
        }

        private static Line restyle(Line line, Style from, Style to) {
            List<Span> spans = new ArrayList<>();
            for (Span s : line.spans()) {
                spans.add(s.style() == from ? new Span(s.text(), to) : s);
            }
            return new Line(spans);
        }

        /** The inline content of a block as styled spans; links get a footnote number. */
        List<Span> inlines(Node block, Style base) {
            List<Span> spans = new ArrayList<>();
            inline(block, base, spans);
            return spans;
        }

        private void inline(Node parent, Style style, List<Span> out) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    out.add(new Span(Sanitizer.clean(t.getLiteral()).replace('\n', ' '), style));
                } else if (n instanceof Code c) {
                    out.add(new Span(Sanitizer.oneLine(c.getLiteral()), Style.CODE));
                } else if (n instanceof Emphasis) {
                    inline(n, style == Style.PLAIN ? Style.ITALIC : style, out);
                } else if (n instanceof StrongEmphasis) {
                    inline(n, style == Style.PLAIN || style == Style.ITALIC ? Style.BOLD : style, out);
                } else if (n instanceof Link link) {
                    inline(n, style == Style.HEADING ? style : Style.LINK, out);
                    links.add(Sanitizer.oneLine(link.getDestination()));
                    out.add(new Span("[" + links.size() + "]", Style.DIM));
                } else if (n instanceof Image image) {
                    out.add(new Span("[image: ", Style.DIM));
                    inline(n, style, out);
                    links.add(Sanitizer.oneLine(image.getDestination()));
                    out.add(new Span("][" + links.size() + "]", Style.DIM));
                } else if (n instanceof SoftLineBreak) {
                    out.add(new Span(" ", style));
                } else if (n instanceof HardLineBreak) {
                    out.add(new Span("\n", style));
                } else if (n instanceof HtmlInline html) {
                    out.add(new Span(Sanitizer.oneLine(html.getLiteral()), style));
                } else {
                    inline(n, style, out);
                }
            }
        }
    }
}
