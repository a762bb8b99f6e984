package org.casebake.authoring;

import java.time.LocalDate;
import java.util.List;
import org.casebake.model.AnswerStatus;

/**
 * The text of the files {@code casebake new} writes: valid front matter with placeholder values, and a
 * short guide in comments ({@code #} lines in the front matter, {@code <!-- -->} in the body) that the
 * instructor reads once and deletes.
 */
public final class StarterFiles {

    /** A draft case with one example question, dated {@code today}. */
    public String caseStudy(String title, LocalDate today) {
        FrontMatterWriter front = new FrontMatterWriter()
                .comment("A case study. Required: title, date (YYYY-MM-DD) and at least one question.")
                .comment("status \"draft\" keeps the case off the student site; change it to \"published\".")
                .string("title", title)
                .string("date", today.toString())
                .string("summary", "One or two sentences that appear on the course home page.")
                .comment("Optional: where the case comes from, and tags for finding it.")
                .comment("source: {title: \"...\", publisher: \"...\", url: \"https://...\", author: \"...\","
                        + " date: \"YYYY-MM-DD\"}")
                .comment("tags: [\"strategy\", \"open-innovation\"]")
                .comment("Each question gets its own page listing the curated answers to it. Ids are short")
                .comment("slugs (q1, q2, ...); never change an id once students have answered it.")
                .open(0, "questions")
                .item(2, "id", "q1")
                .string(4, "prompt", "What should students answer first?")
                .string("status", "draft");
        return front.withBody("""
                <!--
                Write the case below in Markdown: paragraphs, **bold**, [links](https://example.edu),
                "## Heading" for sections. Delete this comment when you are done.
                -->

                ## Background

                Describe the situation the students will analyse.
                """);
    }

    /** An answer by {@code author} to {@code questions} of a case, submitted on {@code submitted}. */
    public AnswerDocument answer(String author, List<String> questions, List<String> caseQuestions,
            AnswerStatus status, LocalDate submitted) {
        List<String> guide = List.of(
                "A student's answer. author is the name as the student wrote it; the site shows it the way",
                "site-config.yml's privacy.studentNames says. questions: ids of this case's questions ("
                        + String.join(", ", caseQuestions) + ").",
                "status: \"pending\" keeps it off the site, \"curated\" publishes it, \"rejected\" never will.",
                "Optional: featured: true, themes: [\"short-slug\"], positions: [{dimension: \"...\","
                        + " side: \"...\", view: \"strength\"}]");
        String body = """
                <!-- Paste the student's answer below in Markdown, as they wrote it, then delete this comment. -->
                """;
        return new AnswerDocument(author, questions, status, submitted, null, guide, body);
    }

    /** A draft comparison of two sides along one dimension, about the given cases. */
    public String comparison(String title, List<String> cases) {
        FrontMatterWriter front = new FrontMatterWriter()
                .comment("A comparison page: a table of sides (columns) and dimensions (rows).")
                .comment("cases: slugs of the cases it draws on. sides: at least two. dimensions: at least one,")
                .comment("each with one cell per side id.")
                .comment("status \"draft\" keeps the comparison off the student site; change it to \"published\".")
                .string("title", title)
                .list("cases", cases)
                .open(0, "sides")
                .item(2, "id", "side-a").string(4, "label", "First side")
                .item(2, "id", "side-b").string(4, "label", "Second side")
                .open(0, "dimensions")
                .item(2, "id", "dimension-1")
                .string(4, "label", "What the sides are compared on")
                .open(4, "cells")
                .string(6, "side-a", "How the first side fares.")
                .string(6, "side-b", "How the second side fares.")
                .string("status", "draft");
        return front.withBody("""
                <!-- Introduce the comparison below in Markdown, then delete this comment. -->

                What this comparison shows, and how to read the table.
                """);
    }
}
