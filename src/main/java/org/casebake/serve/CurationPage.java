package org.casebake.serve;

import org.casebake.model.Question;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.casebake.serve.HtmlText.escape;

/**
 * The curation view's pages: the list of cases with their counts by status, and a case's answers
 * filtered by status (pending first) and question. The page carries the preview's write token in a
 * {@code meta} element: only a page of this origin can read it.
 */
final class CurationPage {

    /** The statuses the filter offers, in the order they are listed. */
    static final List<String> STATUSES = List.of("pending", "curated", "rejected");

    private final String token;

    CurationPage(String token) {
        this.token = token;
    }

    /** The list of cases, or what stops the view from reading the site. */
    byte[] index(CurationCatalog.Site site) {
        StringBuilder main = new StringBuilder("<h1>Curate answers</h1>\n");
        problems(main, site);
        if (site.cases().isEmpty()) {
            main.append("<p>There is no case in content/cases/ yet.</p>\n");
        } else {
            main.append("<ul class=\"curate-cases\">\n");
            for (CurationCatalog.CaseFile c : site.cases()) {
                main.append("<li><a href=\"").append(escape(c.slug())).append("/\">").append(escape(c.title())).append("</a> ")
                        .append("<span class=\"curate-counts\">").append(c.pending()).append(" pending, ").append(c.curated())
                        .append(" curated, ").append(c.rejected()).append(" rejected</span></li>\n");
            }
            main.append("</ul>\n");
        }
        return frame("Curate answers", "../../", main.toString(), "");
    }

    /** A case's answers, those with {@code status} (all when empty) and addressing {@code question} (any when empty). */
    byte[] casePage(CurationCatalog.Site site, CurationCatalog.CaseFile c, List<CurationCatalog.Answer> all, String status,
                    String question, AnswerCard cards) {
        List<CurationCatalog.Answer> shown = all.stream()
                .filter(a -> status.isEmpty() || a.status().equals(status))
                .filter(a -> question.isEmpty() || a.questions().contains(question)).toList();
        StringBuilder main = new StringBuilder();
        main.append("<h1>Curate answers: ").append(escape(c.title())).append("</h1>\n");
        problems(main, site);
        main.append("<p class=\"curate-keys\" id=\"curate-keys\">Keys: <kbd>j</kbd> next answer, <kbd>k</kbd> previous, ")
                .append("<kbd>c</kbd> curate, <kbd>r</kbd> reject, <kbd>f</kbd> feature or unfeature, <kbd>u</kbd> undo the last change.")
                .append(" Every change is written to the answer's file at once.</p>\n");
        filters(main, c.questions(), status, question);
        main.append("<div id=\"curate-message\" class=\"curate-message\" role=\"status\" aria-live=\"polite\"></div>\n")
                .append("<div id=\"curate-error\" class=\"curate-error\" role=\"alert\"></div>\n")
                .append("<p class=\"curate-undo\"><button type=\"button\" data-action=\"undo\" aria-keyshortcuts=\"u\">Undo the last change</button></p>\n");
        main.append("<h2 class=\"visually-hidden\" id=\"curate-list\">Answers</h2>\n<p>").append(shown.size()).append(" of ")
                .append(all.size()).append(all.size() == 1 ? " answer" : " answers").append(" shown.</p>\n");
        main.append("<ol class=\"curate-answers\" aria-labelledby=\"curate-list\">\n");
        shown.forEach(a -> main.append(cards.html(a)));
        main.append("</ol>\n");
        return frame("Curate: " + c.title(), "../../../", main.toString(),
                "<nav class=\"curate-nav\" aria-label=\"Curation\"><a href=\"../\">All cases</a></nav>");
    }

    private static void filters(StringBuilder out, List<Question> questions, String status, String question) {
        out.append("<form class=\"curate-filters\" method=\"get\" action=\"./\"><label for=\"filter-status\">Status</label> ")
                .append("<select id=\"filter-status\" name=\"status\"><option value=\"\">all (pending first)</option>");
        for (String s : STATUSES) {
            out.append("<option value=\"").append(s).append("\"").append(s.equals(status) ? " selected" : "").append(">").append(s)
                    .append("</option>");
        }
        out.append("</select> <label for=\"filter-question\">Question</label> <select id=\"filter-question\" name=\"question\">")
                .append("<option value=\"\">any</option>");
        for (Question q : questions) {
            out.append("<option value=\"").append(escape(q.id())).append("\"").append(q.id().equals(question) ? " selected" : "")
                    .append(">Q").append(q.number()).append(": ").append(escape(shorten(q.prompt()))).append("</option>");
        }
        out.append("</select> <button type=\"submit\">Show</button></form>\n");
    }

    private static void problems(StringBuilder out, CurationCatalog.Site site) {
        if (site.config().isEmpty()) {
            out.append("<p class=\"curate-problem\">site-config.yml has problems; fix them first:</p>\n");
        }
        if (!site.problems().isEmpty()) {
            out.append("<details class=\"curate-problems\"><summary>").append(site.problems().size())
                    .append(" problems in the site's files</summary><ul>");
            site.problems().forEach(p -> out.append("<li>").append(escape(p)).append("</li>"));
            out.append("</ul></details>\n");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 69) + "…";
    }

    /** The page around {@code main}; {@code root} leads from the page to the site's root. */
    private byte[] frame(String title, String root, String main, String nav) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<meta name=\"casebake-token\" content=\"" + escape(token) + "\">\n"
                + "<title>" + escape(title) + " · Casebake preview</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + root + "assets/css/site.css\">\n"
                + "<link rel=\"stylesheet\" href=\"" + root + CurationView.SEGMENT + "curate.css\">\n"
                + "<script src=\"" + root + CurationView.SEGMENT + "curate.js\" defer></script>\n</head>\n<body class=\"kind-curate\">\n"
                + "<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n<header>\n"
                + "<div class=\"audience-banner\" role=\"note\"><strong>Instructor preview: curation.</strong> Changes here are written "
                + "to the answer files; this page is never part of a built site. <a href=\"" + root + "index.html\">Back to the site</a></div>\n"
                + "<div class=\"site-header\"><div class=\"wrap header-row\">" + nav + "</div></div>\n</header>\n"
                + "<main id=\"main\" class=\"wrap\" tabindex=\"-1\">\n" + main + "</main>\n</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /** The status filter's value if it is one of {@link #STATUSES}, else "" (all). */
    static String status(Optional<String> asked) {
        return asked.filter(STATUSES::contains).orElse("");
    }
}
