package org.casebake.validate;

import org.casebake.model.Comparison;
import org.casebake.parse.Fields;
import org.casebake.parse.FrontMatterDocument;
import org.casebake.parse.YamlNode;
import org.casebake.problem.Located;
import org.casebake.problem.ProblemCollector;
import org.casebake.problem.Suggestions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a comparison's front matter: at least one case, two sides and one dimension; ids unique;
 * every dimension has a cell for every side and none for a side that does not exist.
 */
public final class ComparisonBinder {

    /** Binds one comparison; empty when it has errors (reported). */
    public Optional<BoundComparison> bind(FrontMatterDocument doc, ProblemCollector problems) {
        int before = problems.errorCount();
        String path = doc.source().path();
        String slug = doc.source().stem();
        if (!CaseBinder.SLUG.matcher(slug).matches()) {
            problems.error(path, "comparison file name '" + slug + "' cannot be used in a URL",
                    "rename it to lower-case letters, digits and hyphens, e.g. open-source-vs-in-house.md");
        }
        Fields f = new Fields(path, "", doc.fields(), problems);
        String title = f.text("title", true).orElse("");
        List<Located<String>> cases = AnswerBinder.locatedTexts(f, "cases", true, problems);
        List<Comparison.Side> sides = sides(f, problems);
        List<Comparison.Dimension> dimensions = dimensions(f, sides, problems);
        boolean draft = f.choice("status", List.of("published", "draft"), "draft"::equals, false).orElse(false);
        f.rejectUnknown();
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new BoundComparison(path, slug, title, cases, sides, dimensions, draft, doc.body(), doc.bodyFirstLine()));
    }

    private static List<Comparison.Side> sides(Fields f, ProblemCollector problems) {
        List<Located<Fields>> entries = f.mappingList("sides", true);
        List<Comparison.Side> sides = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Located<Fields> entry : entries) {
            Fields s = entry.value();
            Optional<String> id = s.text("id", true);
            Optional<String> label = s.text("label", true);
            s.rejectUnknown();
            if (id.isPresent() && label.isPresent() && checkId(s, id.get(), ids, "side", problems)) {
                sides.add(new Comparison.Side(id.get(), label.get()));
            }
        }
        if (!entries.isEmpty() && entries.size() < 2) {
            int[] at = f.positionOf("sides");
            problems.error(f.path(), at[0], at[1], "a comparison needs at least two sides", "add another entry under sides");
        }
        return sides;
    }

    private static List<Comparison.Dimension> dimensions(Fields f, List<Comparison.Side> sides, ProblemCollector problems) {
        List<Comparison.Dimension> dimensions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Located<Fields> entry : f.mappingList("dimensions", true)) {
            Fields d = entry.value();
            Optional<String> id = d.text("id", true);
            Optional<String> label = d.text("label", true);
            Map<String, String> cells = d.mapping("cells", true).map(c -> cells(c, id.orElse("?"), sides, entry))
                    .orElse(Map.of());
            d.rejectUnknown();
            if (id.isPresent() && label.isPresent() && checkId(d, id.get(), ids, "dimension", problems)) {
                dimensions.add(new Comparison.Dimension(id.get(), label.get(), cells));
            }
        }
        return dimensions;
    }

    private static Map<String, String> cells(Fields c, String dimension, List<Comparison.Side> sides,
                                             Located<Fields> entry) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<String> sideIds = sides.stream().map(Comparison.Side::id).toList();
        for (YamlNode.Entry cell : c.entries()) {
            if (!sideIds.contains(cell.key())) {
                c.error(cell.key(), "cell for unknown side '" + cell.key() + "' in dimension '" + dimension + "'",
                        Suggestions.didYouMean(cell.key(), sideIds).map(s -> "did you mean '" + s + "'? ").orElse("")
                                + "sides are: " + String.join(", ", sideIds));
            } else if (cell.value() instanceof YamlNode.Scalar s && !s.text().isBlank()) {
                cells.put(cell.key(), s.text().strip());
            } else {
                c.error(cell.key(), "cell '" + cell.key() + "' of dimension '" + dimension + "' must be a text", null);
            }
        }
        for (String side : sideIds) {
            if (c.entries().stream().noneMatch(e -> e.key().equals(side))) {
                c.error("", "dimension '" + dimension + "' has no cell for side '" + side + "'",
                        "add '" + side + ": \"...\"' under cells");
            }
        }
        return cells;
    }

    private static boolean checkId(Fields f, String id, Set<String> seen, String what, ProblemCollector problems) {
        if (!CaseBinder.SLUG.matcher(id).matches()) {
            f.error("id", what + " id '" + id + "' must be lower-case letters, digits and hyphens", null);
            return false;
        }
        if (!seen.add(id)) {
            f.error("id", "duplicate " + what + " id '" + id + "'", what + " ids must be unique within a comparison");
            return false;
        }
        return true;
    }
}
