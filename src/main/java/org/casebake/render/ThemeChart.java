package org.casebake.render;

import org.casebake.model.CaseStudy;
import org.casebake.model.Question;
import org.casebake.model.StudentAnswer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import static org.casebake.render.TemplateData.map;

/**
 * Draws a case's themes by question as a small SVG grid of bars: one row per theme, one column per
 * question, each cell counting the published answers that address the question and touch the theme
 * (an answer to several questions counts in each of their columns). Rows run from the theme most
 * answers touch to the least, then by label.
 */
final class ThemeChart {

    private static final int LABEL_WIDTH = 170;
    private static final int COLUMN_WIDTH = 72;
    private static final int HEADER_HEIGHT = 24;
    private static final int ROW_HEIGHT = 20;
    private static final int BAR_MAX = 40;
    private static final int LABEL_CHARS = 26;

    private final TemplateTexts texts;

    /** A chart drawer that writes its words with {@code texts}. */
    ThemeChart(TemplateTexts texts) {
        this.texts = texts;
    }

    /** The counts behind the chart: question labels as columns, one row per theme. */
    record Grid(List<String> columns, List<String> prompts, List<Row> rows) {
        Grid {
            columns = List.copyOf(columns);
            prompts = List.copyOf(prompts);
            rows = List.copyOf(rows);
        }
    }

    /** One theme and its count per question; {@code answers} is how many answers touch it at all. */
    record Row(String slug, String label, List<Integer> counts, int answers) {
        Row {
            counts = List.copyOf(counts);
        }
    }

    /**
     * The case's chart and table as templates read them, or empty when no published answer has a
     * theme. Each cell with answers links to where they are listed: {@code cellUrls} holds one
     * site-relative URL per row and column ("" for none), and {@code root} leads from the case page
     * to the site root. Depends on its arguments alone.
     */
    Optional<Map<String, Object>> data(CaseStudy c, Grid grid, List<List<String>> cellUrls, String root) {
        if (grid.rows().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> data = draw(c, grid, cellUrls, root).toMap();
        List<Object> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows().size(); r++) {
            Row row = grid.rows().get(r);
            rows.add(map("label", row.label(), "counts", row.counts(), "urls", cellUrls.get(r)));
        }
        data.put("table", map("columns", columnLabels(grid), "rows", rows));
        return Optional.of(data);
    }

    /** The counts of {@code c}'s chart, from the published answers. */
    static Grid grid(CaseStudy c, List<StudentAnswer> published, Function<String, String> themeLabel) {
        Map<String, Integer> column = new HashMap<>();
        c.questions().forEach(q -> column.put(q.id(), column.size()));
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Integer> touching = new HashMap<>();
        // Run for every case on every rebuild: plain loops, each theme and question counted once per answer.
        for (StudentAnswer a : published) {
            if (!a.caseSlug().equals(c.slug())) {
                continue;
            }
            List<String> themes = a.themes();
            List<String> questions = a.questionIds();
            for (int t = 0; t < themes.size(); t++) {
                String theme = themes.get(t);
                if (themes.indexOf(theme) != t) {
                    continue;
                }
                int[] row = counts.computeIfAbsent(theme, key -> new int[column.size()]);
                touching.merge(theme, 1, Integer::sum);
                for (int q = 0; q < questions.size(); q++) {
                    Integer at = column.get(questions.get(q));
                    if (at != null && questions.indexOf(questions.get(q)) == q) {
                        row[at]++;
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((theme, row) -> rows.add(new Row(theme, themeLabel.apply(theme),
                Arrays.stream(row).boxed().toList(), touching.get(theme))));
        rows.sort(Comparator.comparingInt(Row::answers).reversed().thenComparing(Row::label).thenComparing(Row::slug));
        return new Grid(c.questions().stream().map(q -> "Q" + q.number()).toList(),
                c.questions().stream().map(Question::prompt).toList(), rows);
    }

    /** The questions' short labels in the course's language ("Q1", "F1"), one per column. */
    private List<String> columnLabels(Grid grid) {
        List<String> labels = new ArrayList<>();
        for (int col = 0; col < grid.columns().size(); col++) {
            labels.add(texts.text("question.number", List.of(col + 1)));
        }
        return labels;
    }

    private Chart draw(CaseStudy c, Grid grid, List<List<String>> cellUrls, String root) {
        String id = "theme-chart-" + c.slug();
        int width = LABEL_WIDTH + grid.columns().size() * COLUMN_WIDTH;
        int height = HEADER_HEIGHT + grid.rows().size() * ROW_HEIGHT + 4;
        int max = grid.rows().stream().flatMap(r -> r.counts().stream()).mapToInt(Integer::intValue).max().orElse(0);
        double scale = (double) BAR_MAX / Math.max(1, max);
        String description = description(c, grid);
        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id, "class", "casebake-chart theme-chart",
                "width", width, "height", height, "viewBox", "0 0 " + width + " " + height,
                // A group, not an image: its cells are links, which an image's children cannot be.
                "role", "group", "aria-labelledby", id + "-title " + id + "-desc",
                "font-family", ComparisonChart.FONT, "font-size", 12, "fill", "currentColor");
        String title = texts.text("chart.themes.title", List.of());
        List<String> columns = columnLabels(grid);
        svg.element("title", title, "id", id + "-title");
        svg.element("desc", description, "id", id + "-desc");
        for (int col = 0; col < grid.columns().size(); col++) {
            svg.open("text", "class", "column", "x", LABEL_WIDTH + col * COLUMN_WIDTH + 4, "y", 16, "font-weight", 600);
            svg.element("title", grid.prompts().get(col));
            svg.text(columns.get(col)).close();
        }
        int y = HEADER_HEIGHT;
        for (int r = 0; r < grid.rows().size(); r++) {
            Row row = grid.rows().get(r);
            svg.open("g", "class", "theme", "data-theme", row.slug());
            svg.element("text", ComparisonChart.shorten(row.label(), LABEL_CHARS), "class", "label",
                    "x", LABEL_WIDTH - 8, "y", y + 14, "text-anchor", "end");
            for (int col = 0; col < grid.columns().size(); col++) {
                String url = cellUrls.get(r).get(col);
                cell(svg, row, grid.columns().get(col), columns.get(col), row.counts().get(col),
                        url.isEmpty() ? "" : root + url, LABEL_WIDTH + col * COLUMN_WIDTH + 4, y, scale);
            }
            svg.close();
            y += ROW_HEIGHT;
        }
        return new Chart(svg.close().finish(), title, description);
    }

    private void cell(SvgWriter svg, Row row, String column, String columnLabel, int count, String href, int x, int top, double scale) {
        double width = count * scale;
        String title = texts.text("chart.themes.cell", List.of(row.label(), columnLabel, texts.text("count.answers", List.of(count))));
        if (href.isEmpty()) {
            svg.open("g", "class", "cell");
        } else {
            // Named in full: its visible text is the count alone.
            svg.open("a", "class", "cell", "href", href, "aria-label", title);
        }
        svg.element("title", title);
        svg.empty("rect", "x", x, "y", top + 4, "width", width, "height", 12,
                "data-theme", row.slug(), "data-question", column, "data-count", count, "fill", ComparisonChart.STRENGTH_FILL);
        svg.element("text", String.valueOf(count), "class", "count", "x", x + width + 4,
                "y", top + 14);
        svg.close();
    }

    private String description(CaseStudy c, Grid grid) {
        Row top = grid.rows().get(0);
        return texts.text("chart.themes.description", List.of(texts.text("count.questions", List.of(grid.columns().size())),
                c.title(), String.join(", ", columnLabels(grid)), top.label(), texts.text("count.answers", List.of(top.answers()))));
    }
}
