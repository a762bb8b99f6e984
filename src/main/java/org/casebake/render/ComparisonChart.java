package org.casebake.render;

import org.casebake.model.Comparison;
import org.casebake.model.Stance;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a comparison's evidence as a diverging bar chart in SVG: one group per dimension, one bar
 * per side, weaknesses to the left of the axis and strengths to the right, each bar labelled with
 * its count. Works for any number of sides and dimensions; the page's evidence table is its
 * accessible equivalent and the description says so.
 *
 * <p>The bar colours are mid-tones with at least 3:1 contrast on white and on near-black, so they need
 * no dark-mode variant (a page that stays light on a dark system would lose contrast with one); text
 * and the axis use {@code currentColor}, so they follow the page in dark mode and in print. The look is
 * set with SVG presentation attributes, not a style element: a page with a strict Content Security
 * Policy ({@code style-src 'self'}) blocks style elements and attributes, but not these, and the
 * site's stylesheets can still override them (print.css darkens the bars).
 */
final class ComparisonChart {

    /** The charts' type: the system's interface font, as the rest of the site uses. */
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
    static final String STRENGTH_FILL = "#2f7fc8";
    private static final String WEAKNESS_FILL = "#d0661e";

    /**
     * Drawn at its own size, never scaled down (see site.css): 288 units fit the narrowest phone a page
     * is laid out for (320 px less the page's margins), so every word is drawn at 12 px or more.
     * Side labels sit above their bars; labels too long for the width are shortened here and given
     * whole in the bars' titles and the table.
     */
    private static final int WIDTH = 288;
    private static final int AXIS_X = 144;
    private static final int BAR_MAX = 104;
    private static final int LEGEND_HEIGHT = 28;
    private static final int HEADING_HEIGHT = 22;
    private static final int ROW_HEIGHT = 34;
    private static final int BAR_HEIGHT = 12;
    private static final int GROUP_GAP = 10;
    private static final int SIDE_LABEL_CHARS = 44;
    private static final int HEADING_CHARS = 36;

    private final TemplateTexts texts;

    /** A chart drawer that writes its words with {@code texts}. */
    ComparisonChart(TemplateTexts texts) {
        this.texts = texts;
    }

    /** The chart of {@code evidence}, with ids derived from the comparison's slug. */
    Chart draw(ComparisonEvidence evidence) {
        Comparison c = evidence.comparison();
        String id = "chart-" + c.slug();
        int height = LEGEND_HEIGHT + c.dimensions().size() * (HEADING_HEIGHT + c.sides().size() * ROW_HEIGHT + GROUP_GAP);
        String description = description(evidence);
        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", id, "class", "casebake-chart comparison-chart",
                "width", WIDTH, "height", height, "viewBox", "0 0 " + WIDTH + " " + height,
                "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
                "font-family", FONT, "font-size", 12, "fill", "currentColor");
        String title = texts.text("chart.comparison.title", List.of());
        svg.element("title", title, "id", id + "-title");
        svg.element("desc", description, "id", id + "-desc");
        legend(svg);
        double scale = (double) BAR_MAX / Math.max(1, maxCount(evidence));
        int y = LEGEND_HEIGHT;
        for (Comparison.Dimension d : c.dimensions()) {
            y = group(svg, evidence, d, y, scale);
        }
        return new Chart(svg.close().finish(), title, description);
    }

    private void legend(SvgWriter svg) {
        // From the edges inwards, so that each may take up to half the width and more.
        svg.element("text", texts.text("chart.comparison.legend.weakness", List.of()), "class", "legend weakness-text", "x", 0, "y", 16);
        svg.element("text", texts.text("chart.comparison.legend.strength", List.of()), "class", "legend strength-text", "x", WIDTH, "y", 16,
                "text-anchor", "end");
    }

    private int group(SvgWriter svg, ComparisonEvidence evidence, Comparison.Dimension d, int top, double scale) {
        Comparison c = evidence.comparison();
        boolean argued = !evidence.arguing(d.id()).isEmpty();
        svg.open("g", "class", "dimension", "data-dimension", d.id());
        svg.element("text", shorten(d.label(), HEADING_CHARS) + (argued ? "" : " " + texts.text("comparison.table.nobody", List.of())),
                "class", "heading", "x", 0, "y", top + 16, "font-weight", 600, "font-size", 13);
        int y = top + HEADING_HEIGHT;
        for (Comparison.Side s : c.sides()) {
            svg.element("text", shorten(s.label(), SIDE_LABEL_CHARS), "class", "side", "x", 12, "y", y + 12);
            // The axis is drawn row by row so that it never crosses a label.
            svg.empty("line", "class", "axis", "x1", AXIS_X, "y1", y + 15, "x2", AXIS_X, "y2", y + 31,
                    "stroke", "currentColor", "stroke-width", 1);
            bar(svg, evidence, d, s, Stance.WEAKNESS, y, scale);
            bar(svg, evidence, d, s, Stance.STRENGTH, y, scale);
            y += ROW_HEIGHT;
        }
        svg.close();
        return y + GROUP_GAP;
    }

    private void bar(SvgWriter svg, ComparisonEvidence evidence, Comparison.Dimension d, Comparison.Side s,
                            Stance view, int top, double scale) {
        int count = evidence.count(d.id(), s.id(), view);
        double width = count * scale;
        boolean strength = view == Stance.STRENGTH;
        double x = strength ? AXIS_X : AXIS_X - width;
        svg.open("g", "class", "bar " + view.word());
        svg.element("title", texts.text("chart.comparison.bar", List.of(d.label(), s.label(),
                texts.text("chart.comparison.bar." + view.word(), List.of(count)))));
        svg.empty("rect", "x", x, "y", top + 17, "width", width, "height", BAR_HEIGHT,
                "data-dimension", d.id(), "data-side", s.id(), "data-view", view.word(), "data-count", count,
                "fill", strength ? STRENGTH_FILL : WEAKNESS_FILL);
        svg.element("text", String.valueOf(count), "class", "count", "x", strength ? AXIS_X + width + 4 : x - 4,
                "y", top + 27, "text-anchor", strength ? "start" : "end");
        svg.close();
    }

    private static int maxCount(ComparisonEvidence evidence) {
        int max = 0;
        for (Comparison.Dimension d : evidence.comparison().dimensions()) {
            for (Comparison.Side s : evidence.comparison().sides()) {
                for (Stance view : Stance.values()) {
                    max = Math.max(max, evidence.count(d.id(), s.id(), view));
                }
            }
        }
        return max;
    }

    private String description(ComparisonEvidence evidence) {
        Comparison c = evidence.comparison();
        List<String> totals = new ArrayList<>();
        for (Comparison.Side s : c.sides()) {
            int strengths = 0;
            int weaknesses = 0;
            for (Comparison.Dimension d : c.dimensions()) {
                strengths += evidence.count(d.id(), s.id(), Stance.STRENGTH);
                weaknesses += evidence.count(d.id(), s.id(), Stance.WEAKNESS);
            }
            totals.add(texts.text("chart.comparison.side-total", List.of(s.label(),
                    texts.text("count.strengths", List.of(strengths)), texts.text("count.weaknesses", List.of(weaknesses)))));
        }
        String all = totals.stream().reduce((a, b) -> texts.text("list.semicolon", List.of(a, b))).orElse("");
        return texts.text("chart.comparison.description", List.of(texts.text("count.dimensions", List.of(c.dimensions().size())),
                evidence.arguing().size(), texts.text("count.published-answers", List.of(evidence.answers().size())), all));
    }

    /** A label cut to {@code max} characters at a word boundary; the full text stays in the bar titles and table. */
    static String shorten(String label, int max) {
        if (label.length() <= max) {
            return label;
        }
        int cut = label.lastIndexOf(' ', max - 1);
        return label.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "\u2026";
    }
}
