package org.casebake.render;

import java.util.Map;

import static org.casebake.render.TemplateData.map;

/**
 * A chart rendered at build time: the inline SVG and the words that stand in for it. Templates
 * insert {@code svg} as it is (it is escaped and well-formed), and may show {@code title} and
 * {@code description} beside it; the SVG carries both as its own title and desc.
 *
 * @param svg         a complete {@code <svg>} element
 * @param title       what the chart shows, in a few words
 * @param description the chart in sentences, for readers who cannot see it
 */
record Chart(String svg, String title, String description) {

    /** The chart as templates read it: {svg, title, description}. */
    Map<String, Object> toMap() {
        return map("svg", svg, "title", title, "description", description);
    }
}
