package org.casebake.validate;

import org.casebake.model.Citation;
import org.casebake.model.Question;
import org.casebake.parse.Fields;
import org.casebake.parse.UrlEscaper;
import org.casebake.parse.FrontMatterDocument;
import org.casebake.problem.Located;
import org.casebake.problem.ProblemCollector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a case's front matter: {@code title}, {@code date} and at least one question required;
 * question ids unique and usable in URLs; {@code status} published or draft.
 */
public final class CaseBinder {

    /**
     * Element ids the built-in case page uses for itself, with "-heading" added where a question's
     * heading would take it; a question with one of these ids would make two elements share an id.
     */
    private static final java.util.Set<String> PAGE_IDS = java.util.Set.of("main", "case-text", "theme-chart",
            "questions", "related", "cases", "comparisons", "standing", "disputed", "unargued", "both-sides", "evidence",
            "banner-instructor", "banner-drafts");

    /** Ids and slugs: lower-case letters, digits and single hyphens. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Binds one case; empty when it has errors (reported). */
    public Optional<BoundCase> bind(FrontMatterDocument doc, ProblemCollector problems) {
        int before = problems.errorCount();
        String path = doc.source().path();
        String slug = doc.source().caseSlug();
        if (!SLUG.matcher(slug).matches()) {
            problems.error(path, "case folder name '" + slug + "' cannot be used in a URL",
                    "rename the folder to lower-case letters, digits and hyphens, e.g. netflix-oss-prize");
        }
        Fields f = new Fields(path, "", doc.fields(), problems);
        String title = f.text("title", true).orElse("");
        Optional<LocalDate> date = f.date("date", true);
        String summary = f.text("summary", false).orElse("");
        Optional<Citation> source = f.mapping("source", false).map(CaseBinder::citation);
        List<String> tags = f.textList("tags", false);
        List<Question> questions = questions(f, problems);
        boolean draft = f.choice("status", List.of("published", "draft"), "draft"::equals, false).orElse(false);
        f.rejectUnknown();
        if (problems.errorCount() > before || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BoundCase(path, slug, title, date.get(), summary, source, tags, questions, draft, doc.body(), doc.bodyFirstLine()));
    }

    private static Citation citation(Fields s) {
        // A browser follows a URL with a space or a quote in it; the page carries it percent-encoded, as valid HTML must.
        Citation citation = new Citation(s.text("title", false).orElse(""), s.text("publisher", false).orElse(""),
                UrlEscaper.escape(s.text("url", false).orElse("")), s.text("author", false).orElse(""), s.date("date", false));
        s.text("url", false).filter(url -> !url.startsWith("https://") && !url.startsWith("http://"))
                .ifPresent(url -> s.error("url", "source.url must start with https:// or http://", null));
        s.rejectUnknown();
        return citation;
    }

    private static List<Question> questions(Fields f, ProblemCollector problems) {
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (Located<Fields> entry : f.mappingList("questions", true)) {
            Fields q = entry.value();
            Optional<String> id = q.text("id", true);
            Optional<String> prompt = q.text("prompt", true);
            q.rejectUnknown();
            if (id.isEmpty() || prompt.isEmpty()) {
                continue;
            }
            int[] at = q.positionOf("id");
            if (!SLUG.matcher(id.get()).matches()) {
                q.error("id", "question id '" + id.get() + "' cannot be used in a URL",
                        "use lower-case letters, digits and hyphens, e.g. q1");
            } else if (PAGE_IDS.contains(id.get()) || id.get().startsWith("answer-") || id.get().startsWith("text-")
                    || id.get().startsWith("cb-")) {
                q.error("id", "question id '" + id.get() + "' is already used by the case page itself",
                        "question ids become element ids on the case page; use another, e.g. q1");
            } else if (firstLine.containsKey(id.get())) {
                problems.error(f.path(), at[0], at[1], "duplicate question id '" + id.get() + "'",
                        "already used on line " + firstLine.get(id.get()) + "; ids must be unique within a case");
            } else {
                firstLine.put(id.get(), at[0]);
                questions.add(new Question(id.get(), questions.size() + 1, prompt.get()));
            }
        }
        return questions;
    }
}
