package org.casebake.serve;

import org.casebake.authoring.AnswerChange;
import org.casebake.authoring.EditRefused;
import org.casebake.model.Comparison;
import org.casebake.model.Question;
import org.casebake.validate.BoundComparison;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a write request's {@code action} and fields into an {@link AnswerChange}, checking the values
 * against the site: question ids of the answer's case, themes of {@code site-config.yml}, dimensions
 * and sides of a comparison that covers the case.
 */
final class AnswerChanges {

    private static final Pattern CASE = Pattern.compile("content/cases/([^/]+)/answers/[^/]+");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_QUOTE = 2000;

    private final CurationCatalog catalog;

    AnswerChanges(CurationCatalog catalog) {
        this.catalog = catalog;
    }

    /** The change the request asks for; refused when a value does not fit the site. */
    AnswerChange of(WriteRequest request) throws EditRefused {
        String action = request.text("action");
        switch (action) {
            case "curate":
                return new AnswerChange.Status("curated");
            case "reject":
                return new AnswerChange.Status("rejected");
            case "pending":
                return new AnswerChange.Status("pending");
            case "feature":
                return new AnswerChange.Featured(true);
            case "unfeature":
                return new AnswerChange.Featured(false);
            case "remove-theme":
                return new AnswerChange.Theme(request.text("theme"), false);
            case "remove-position":
                return new AnswerChange.RemovePosition(index(request.text("index")));
            default:
                return checked(action, request);
        }
    }

    private AnswerChange checked(String action, WriteRequest request) throws EditRefused {
        CurationCatalog.Site site = catalog.site();
        String slug = caseOf(request.text("file"));
        switch (action) {
            case "set-questions": {
                List<String> ids = request.texts("questions");
                List<String> known = site.cases().stream().filter(c -> c.slug().equals(slug)).findFirst()
                        .map(c -> c.questions().stream().map(Question::id).toList()).orElse(List.of());
                if (ids.isEmpty()) {
                    throw invalid("an answer addresses at least one question: tick one");
                }
                for (String id : ids) {
                    if (!known.contains(id)) {
                        throw invalid("the case has no question '" + id + "'");
                    }
                }
                return new AnswerChange.Questions(ids);
            }
            case "add-theme": {
                String theme = request.text("theme");
                Map<String, String> themes = CurationCatalog.themes(site);
                if (themes.isEmpty() ? !SLUG.matcher(theme).matches() : !themes.containsKey(theme)) {
                    throw invalid("'" + theme + "' is not a theme of site-config.yml");
                }
                return new AnswerChange.Theme(theme, true);
            }
            case "add-position":
                return position(request, CurationCatalog.covering(site, slug));
            default:
                throw invalid("unknown action '" + action + "'");
        }
    }

    private static AnswerChange position(WriteRequest request, List<BoundComparison> comparisons) throws EditRefused {
        String dimension = request.text("dimension");
        String side = request.text("side");
        String view = request.text("view");
        String quote = request.text("quote");
        Optional<BoundComparison> comparison = comparisons.stream()
                .filter(c -> c.dimensions().stream().anyMatch(d -> d.id().equals(dimension))
                        && c.sides().stream().map(Comparison.Side::id).anyMatch(side::equals))
                .findFirst();
        if (comparison.isEmpty()) {
            throw invalid("no comparison covering this case has the dimension '" + dimension + "' and the side '" + side + "'");
        }
        if (!view.equals("strength") && !view.equals("weakness")) {
            throw invalid("a position is a strength or a weakness");
        }
        if (quote.length() > MAX_QUOTE) {
            throw invalid("a quote is at most " + MAX_QUOTE + " characters: select a shorter passage");
        }
        return new AnswerChange.AddPosition(dimension, side, view, quote);
    }

    private static int index(String text) throws EditRefused {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw invalid("which position? 'index' must be a number");
        }
    }

    private static String caseOf(String file) throws EditRefused {
        Matcher m = CASE.matcher(file);
        if (!m.matches()) {
            throw new EditRefused(EditRefused.Reason.NOT_AN_ANSWER,
                    "only answer files, content/cases/<case>/answers/<file>.md, can be changed here");
        }
        return m.group(1);
    }

    private static EditRefused invalid(String message) {
        return new EditRefused(EditRefused.Reason.INVALID, message);
    }
}
