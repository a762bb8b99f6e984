package org.casebake.validate;

import org.casebake.model.Comparison;
import org.casebake.problem.Located;

import java.util.List;

/** A comparison's front matter, checked on its own, with the positions of its case references. */
public record BoundComparison(String path, String slug, String title, List<Located<String>> cases,
                              List<Comparison.Side> sides, List<Comparison.Dimension> dimensions, boolean draft,
                              String body, int bodyFirstLine) {

    public BoundComparison {
        cases = List.copyOf(cases);
        sides = List.copyOf(sides);
        dimensions = List.copyOf(dimensions);
    }
}
