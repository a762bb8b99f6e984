package org.casebake.bench;

import java.nio.file.Path;

/**
 * What {@link SyntheticCourse} wrote: where, how many of each kind of content, and how much Markdown.
 *
 * @param root             the site folder (holds site-config.yml)
 * @param cases            all cases written, drafts included
 * @param draftCases       cases with {@code status: draft}, which a normal build never publishes
 * @param answers          all answers written, whatever their status
 * @param pendingAnswers   answers with {@code status: pending}
 * @param rejectedAnswers  answers with {@code status: rejected}
 * @param featuredAnswers  curated answers marked {@code featured: true}
 * @param markdownFiles    every {@code .md} file written
 * @param markdownBytes    the total size of those files
 */
public record GeneratedCourse(
        Path root,
        int cases,
        int draftCases,
        int answers,
        int pendingAnswers,
        int rejectedAnswers,
        int featuredAnswers,
        int markdownFiles,
        long markdownBytes) {

    /** Answers with the default status, published unless their case is a draft. */
    public int curatedAnswers() {
        return answers - pendingAnswers - rejectedAnswers;
    }

    /** One line for a terminal: the counts and the Markdown size in MB. */
    public String describe() {
        return String.format(java.util.Locale.ROOT,
                "%d cases (drafts: %d), %d answers (pending: %d, rejected: %d, featured: %d), "
                        + "%d Markdown files, %.1f MB (%d bytes)",
                cases, draftCases, answers, pendingAnswers, rejectedAnswers, featuredAnswers,
                markdownFiles, markdownBytes / 1e6, markdownBytes);
    }
}
