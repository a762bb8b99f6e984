package org.casebake.render;

import org.casebake.model.CaseStudy;
import org.casebake.model.Question;
import org.casebake.model.Quote;
import org.casebake.model.Site;
import org.casebake.model.StudentAnswer;
import org.casebake.parse.RenderedText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of every question and the one place where each answer is shown in full, its home: the
 * question page of the first question it answers. An answer marked in parts has a home for each
 * part, the page of the first question the part's marker names (the text before the first marker
 * is part of the first part); the home of the answer is its first part's. Any other question the
 * answer lists shows it as a short reference to where it is in full.
 *
 * <p>A question's answers are its answers shown in full here, in the case's order (featured first),
 * then the references; past {@link #PAGE_SIZE} of them the list goes on at {@code page/2/} and so on.
 */
final class QuestionSheets {

    /** How many answers a question page lists at most, in full or as references. */
    static final int PAGE_SIZE = 50;

    /** An answer as one question's page lists it: in full (its part, for an answer in parts) or as a reference. */
    record Entry(StudentAnswer answer, boolean full) {
    }

    /** One page of a question: its number from 1, of {@code count}, and what it lists. */
    record Sheet(CaseStudy caseStudy, Question question, int number, int count, List<Entry> entries) {
        Sheet {
            entries = List.copyOf(entries);
        }

        String path() {
            return SiteLinks.question(caseStudy.slug(), question.id(), number);
        }
    }

    private final Map<String, List<Sheet>> byQuestion = new HashMap<>();
    /** For each answer, by anchor: the page that shows it (or a part of it) in full, by question id, in the case's order. */
    private final Map<String, Map<String, String>> homes;

    QuestionSheets(Site site) {
        // Sized for every answer: thousands on a large course, made again for each build.
        homes = new HashMap<>(site.answers().size() * 2);
        for (CaseStudy c : site.cases()) {
            List<StudentAnswer> answers = site.answersTo(c.slug());
            for (Question q : c.questions()) {
                List<Entry> full = new ArrayList<>();
                List<Entry> references = new ArrayList<>();
                for (StudentAnswer a : answers) {
                    if (a.questionIds().contains(q.id())) {
                        (isHome(a, q.id()) ? full : references).add(new Entry(a, isHome(a, q.id())));
                    }
                }
                full.addAll(references);
                List<Sheet> sheets = paginate(c, q, full);
                byQuestion.put(key(c.slug(), q.id()), sheets);
                for (Sheet sheet : sheets) {
                    sheet.entries().stream().filter(Entry::full).forEach(e ->
                            homes.computeIfAbsent(e.answer().anchor(), k -> new LinkedHashMap<>()).put(q.id(), sheet.path()));
                }
            }
        }
    }

    /** True when the page of {@code questionId} shows {@code a}, or a part of it, in full. */
    static boolean isHome(StudentAnswer a, String questionId) {
        if (!a.parts().isEmpty()) {
            return a.parts().containsKey(questionId);
        }
        return !a.questionIds().isEmpty() && a.questionIds().get(0).equals(questionId);
    }

    /** The pages of a question, at least one. */
    List<Sheet> sheets(String caseSlug, String questionId) {
        return byQuestion.getOrDefault(key(caseSlug, questionId), List.of());
    }

    /**
     * The page that shows the answer {@code anchor} of case {@code caseSlug} in full (its first part);
     * the case page for an answer to no question, which no question page shows.
     */
    String home(String caseSlug, String anchor) {
        Map<String, String> pages = homes.get(anchor);
        return pages == null || pages.isEmpty() ? SiteLinks.caseStudy(caseSlug) : pages.values().iterator().next();
    }

    /**
     * Where {@code a} is in full as an answer to {@code questionId}: the page of its part for that
     * question, else (a question it lists without a part of its own) its home.
     */
    String homeFor(StudentAnswer a, String questionId) {
        Map<String, String> pages = homes.getOrDefault(a.anchor(), Map.of());
        String own = pages.get(questionId);
        return own != null ? own : home(a.caseSlug(), a.anchor());
    }

    /** The page where {@code quote} of {@code a} is marked: the page of the part that holds it. */
    String pageOf(StudentAnswer a, Quote quote) {
        String markAttribute = "id=\"" + quote.markId() + "\"";
        for (Map.Entry<String, RenderedText> part : a.parts().entrySet()) {
            if (part.getValue().html().contains(markAttribute)) {
                return homeFor(a, part.getKey());
            }
        }
        return home(a.caseSlug(), a.anchor());
    }

    private static List<Sheet> paginate(CaseStudy c, Question q, List<Entry> entries) {
        int count = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Sheet> sheets = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            sheets.add(new Sheet(c, q, n, count, entries.subList((n - 1) * PAGE_SIZE, Math.min(entries.size(), n * PAGE_SIZE))));
        }
        return sheets;
    }

    private static String key(String caseSlug, String questionId) {
        return caseSlug + "\n" + questionId;
    }
}
