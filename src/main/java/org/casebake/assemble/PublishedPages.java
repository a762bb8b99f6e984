package org.casebake.assemble;

import org.casebake.model.AnswerStatus;
import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.validate.BoundAnswer;
import org.casebake.validate.BoundCase;
import org.casebake.validate.BoundComparison;
import org.casebake.validate.TeachingNoteBinder.BoundNote;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which page each Markdown source becomes in one build, so that a body may link to another page
 * by its source file ({@code ../other-case/index.md}, {@code ../../comparisons/x.md}) as an
 * editor's preview reads it, and which sources this build leaves out, so that a link to one is an
 * error rather than a dead link. Page paths follow {@code render.SiteLinks}.
 *
 * @param published   page path (from the site root) by source path; a case also by its folder
 * @param unpublished why a source is left out, by source path
 */
record PublishedPages(Map<String, String> published, Map<String, String> unpublished) {

    static PublishedPages of(SiteAssembler.Sources sources, BuildOptions options, Set<String> publishedCases,
                             StudentNames names) {
        Map<String, String> pages = new HashMap<>();
        Map<String, String> left = new HashMap<>();
        for (BoundCase c : sources.cases()) {
            String folder = c.path().substring(0, c.path().lastIndexOf('/'));
            if (publishedCases.contains(c.slug())) {
                pages.put(c.path(), "cases/" + c.slug() + "/index.html");
                pages.put(folder, "cases/" + c.slug() + "/index.html");
            } else {
                left.put(c.path(), "a draft case");
                left.put(folder, "a draft case");
            }
        }
        for (BoundAnswer a : sources.answers()) {
            if (a.status() == AnswerStatus.CURATED && publishedCases.contains(a.caseSlug())) {
                pages.put(a.path(), org.casebake.parse.RenderedText.ANSWER + a.caseSlug() + "/" + names.anchor(a.path()));
            } else {
                left.put(a.path(), a.status() == AnswerStatus.CURATED ? "an answer to a draft case"
                        : "a " + a.status().name().toLowerCase(java.util.Locale.ROOT) + " answer");
            }
        }
        for (BoundNote n : sources.notes()) {
            if (options.audience() == Audience.INSTRUCTOR && publishedCases.contains(n.caseSlug())) {
                pages.put(n.path(), "cases/" + n.caseSlug() + "/teaching-notes/index.html");
            } else {
                left.put(n.path(), "teaching notes are published only in instructor builds");
            }
        }
        for (BoundComparison c : sources.comparisons()) {
            if (options.withDrafts() || !c.draft()) {
                pages.put(c.path(), "comparisons/" + c.slug() + "/index.html");
            } else {
                left.put(c.path(), "a draft comparison");
            }
        }
        return new PublishedPages(Map.copyOf(pages), Map.copyOf(left));
    }
}
