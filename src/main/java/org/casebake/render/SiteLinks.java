package org.casebake.render;

import org.casebake.config.SiteConfig;

/**
 * The URL of every kind of page, in one place. Paths are relative to the site root and end in
 * {@code index.html}, so links work from disk (file://) and under any sub-path; canonical URLs
 * for the sitemap and feed are absolute and end in '/'.
 */
public final class SiteLinks {

    private final SiteConfig config;

    /** Links for a site deployed at {@code config.baseUrl()}. */
    public SiteLinks(SiteConfig config) {
        this.config = config;
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
