package org.casebake.model;

import org.casebake.parse.RenderedText;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A comparison page: two or more sides compared on several dimensions, with the class's answers as
 * evidence.
 *
 * @param slug       the file name under {@code content/comparisons/}, used in URLs
 * @param title      the page title
 * @param caseSlugs  the cases whose answers count as evidence
 * @param sides      the sides compared, in column order
 * @param dimensions the dimensions, in row order
 * @param draft      true for {@code status: draft}
 * @param intro      the Markdown introduction
 * @param sourcePath the file it was read from
 */
public record Comparison(String slug, String title, List<String> caseSlugs, List<Side> sides,
                         List<Dimension> dimensions, boolean draft, RenderedText intro, String sourcePath) {

    public Comparison {
        caseSlugs = List.copyOf(caseSlugs);
        sides = List.copyOf(sides);
        dimensions = List.copyOf(dimensions);
    }

    /** True when answers to this case count as evidence here. */
    public boolean covers(String caseSlug) {
        return caseSlugs.contains(caseSlug);
    }

    /** The dimension with this id, if any. */
    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** A side of the comparison: a column. */
    public record Side(String id, String label) {
    }

    /** A dimension: a row, with the instructor's text for each side (by side id). */
    public record Dimension(String id, String label, Map<String, String> cells) {
        public Dimension {
            cells = Map.copyOf(cells);
        }
    }
}
