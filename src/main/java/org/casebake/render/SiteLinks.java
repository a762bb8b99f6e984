package org.casebake.render;

import org.casebake.config.SiteConfig;
import org.casebake.model.Quote;
import org.casebake.model.Site;
import org.casebake.model.StudentAnswer;

/**
 * The URL of every kind of page, in one place. Paths are relative to the site root and end in
 * {@code index.html}, so links work from disk (file://) and under any sub-path; canonical URLs
 * for the sitemap and feed are absolute and end in '/'.
 *
 * <p>Every link to an answer, a part of one or a passage quoted from one is made here, from where
 * the answer is shown in full (see {@link QuestionSheets}): no other page holds its text or anchor.
 */
public final class SiteLinks {

    private final SiteConfig config;
    private final QuestionSheets sheets;

    private SiteLinks(SiteConfig config, QuestionSheets sheets) {
        this.config = config;
        this.sheets = sheets;
    }

    /** Links for the pages of {@code site}, deployed at its base URL. */
    public static SiteLinks of(Site site) {
        return new SiteLinks(site.config(), new QuestionSheets(site));
    }

    /** The pages of each question, as these links address them. */
    QuestionSheets questionSheets() {
        return sheets;
    }

    /** An answer where it is shown in full: on its home page, at its anchor. */
    public String answer(StudentAnswer a) {
        return sheets.home(a.caseSlug(), a.anchor()) + "#" + a.anchor();
    }

    /** The answer {@code anchor} of case {@code caseSlug} (a reply's target) where it is shown in full. */
    public String answer(String caseSlug, String anchor) {
        return sheets.home(caseSlug, anchor) + "#" + anchor;
    }

    /** An answer named as {@code <case slug>/<anchor>} (a link to it in a text), where it is shown in full. */
    String answer(String caseSlashAnchor) {
        int slash = caseSlashAnchor.indexOf('/');
        return slash < 0 ? caseSlashAnchor : answer(caseSlashAnchor.substring(0, slash), caseSlashAnchor.substring(slash + 1));
    }

    /** What {@code a} says to {@code questionId}, where it is shown in full: its part for that question, else its home. */
    public String answerTo(StudentAnswer a, String questionId) {
        return sheets.homeFor(a, questionId) + "#" + a.anchor();
    }

    /** A quoted passage of an answer, highlighted, on the page that shows it. */
    public String quote(StudentAnswer a, Quote quote) {
        return sheets.pageOf(a, quote) + "#" + quote.markId();
    }

    /** The home page. */
    public static String home() {
        return "index.html";
    }

    /** A case page. */
    public static String caseStudy(String slug) {
        return "cases/" + slug + "/index.html";
    }

    /** A question page. */
    public static String question(String caseSlug, String questionId) {
        return "cases/" + caseSlug + "/questions/" + questionId + "/index.html";
    }

    /** Page {@code number} (from 1) of a question: the first at the question's own address, the rest under {@code page/}. */
    public static String question(String caseSlug, String questionId, int number) {
        return number <= 1 ? question(caseSlug, questionId)
                : "cases/" + caseSlug + "/questions/" + questionId + "/page/" + number + "/index.html";
    }

    /** The page of a comparison that lists all the evidence for one side on one dimension. */
    public static String comparisonEvidence(String slug, String dimension, String side) {
        return "comparisons/" + slug + "/evidence/" + dimension + "/" + side + "/index.html";
    }

    /** The teaching notes of a case (instructor builds only). */
    public static String teachingNotes(String caseSlug) {
        return "cases/" + caseSlug + "/teaching-notes/index.html";
    }

    /** The list of themes. */
    public static String themes() {
        return "themes/index.html";
    }

    /** A theme page. */
    public static String theme(String slug) {
        return "themes/" + slug + "/index.html";
    }

    /** Page {@code number} (from 1) of a theme: the first at the theme's own address, the rest under {@code page/}. */
    public static String theme(String slug, int number) {
        return number <= 1 ? theme(slug) : "themes/" + slug + "/page/" + number + "/index.html";
    }

    /** The id of the section of a theme page that lists the theme's answers to one question of one case. */
    public static String themeSectionId(String caseSlug, String questionId) {
        return "in-" + caseSlug + "-" + questionId;
    }

    /** A comparison page. */
    public static String comparison(String slug) {
        return "comparisons/" + slug + "/index.html";
    }

    /** The search page. */
    public static String search() {
        return "search/index.html";
    }

    /** The absolute, canonical URL of a page path: base URL plus the path without "index.html". */
    public String absolute(String path) {
        String pretty = path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        return config.baseUrl() + pretty;
    }
}
