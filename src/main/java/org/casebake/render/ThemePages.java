package org.casebake.render;

import org.casebake.model.CaseStudy;
import org.casebake.model.Question;
import org.casebake.model.Site;
import org.casebake.model.StudentAnswer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every theme's answers grouped by case and then by question, and cut into pages. A section lists
 * the published answers to one question of one case that touch the theme, exactly those the case's
 * themes-by-question chart counts in that cell (an answer to two questions is in both sections).
 * Pages hold whole sections, up to {@link #PAGE_SIZE} answers each (a larger section gets a page
 * of its own), so a section's address never changes with anything but the answers before it.
 */
final class ThemePages {

    /** How many answers a theme page lists at most, unless one section alone has more. */
    static final int PAGE_SIZE = 100;

    /** The answers to one question of one case that touch the theme. */
    record Section(CaseStudy caseStudy, Question question, List<StudentAnswer> answers) {
        Section {
            answers = List.copyOf(answers);
        }

        String id() {
            return SiteLinks.themeSectionId(caseStudy.slug(), question.id());
        }
    }

    /** One page of a theme: its number from 1, and its sections in case and question order. */
    record Sheet(String theme, int number, List<Section> sections) {
        Sheet {
            sections = List.copyOf(sections);
        }

        String path() {
            return SiteLinks.theme(theme, number);
        }
    }

    private final Map<String, List<Sheet>> byTheme = new LinkedHashMap<>();
    private final Map<String, String> sectionUrls = new HashMap<>();

    /** The pages of every theme of {@code answersByTheme} (theme slug to its answers, in site order). */
    ThemePages(Site site, Map<String, List<StudentAnswer>> answersByTheme) {
        Map<String, List<Section>> sections = sections(site);
        answersByTheme.forEach((theme, answers) -> {
            List<Sheet> sheets = paginate(theme, sections.getOrDefault(theme, List.of()));
            byTheme.put(theme, sheets);
            for (Sheet sheet : sheets) {
                for (Section s : sheet.sections()) {
                    sectionUrls.put(key(theme, s.caseStudy().slug(), s.question().id()), sheet.path() + "#" + s.id());
                }
            }
        });
    }

    /** The pages of {@code theme}, at least one. */
    List<Sheet> sheets(String theme) {
        return byTheme.getOrDefault(theme, List.of());
    }

    /** Where the answers to a question of a case that touch {@code theme} are listed, if any do. */
    Optional<String> sectionUrl(String theme, String caseSlug, String questionId) {
        return Optional.ofNullable(sectionUrls.get(key(theme, caseSlug, questionId)));
    }

    /**
     * Every theme's sections, in case and question order, each answer in site order: each case's in
     * one pass over its answers, the cases side by side and joined in case order, as a large course
     * has thousands of answers and dozens of themes.
     */
    private static Map<String, List<Section>> sections(Site site) {
        Map<String, List<Section>> byTheme = new HashMap<>();
        site.cases().parallelStream().map(c -> sections(site, c)).toList()
                .forEach(ofCase -> ofCase.forEach((theme, sections) ->
                        byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).addAll(sections)));
        return byTheme;
    }

    /** The sections of one case, by theme, each theme's in question order. */
    private static Map<String, List<Section>> sections(Site site, CaseStudy c) {
        Map<String, Map<String, List<StudentAnswer>>> byThemeAndQuestion = new HashMap<>();
        for (StudentAnswer a : site.answersTo(c.slug())) {
            for (String theme : new LinkedHashSet<>(a.themes())) {
                Map<String, List<StudentAnswer>> byQuestion = byThemeAndQuestion.computeIfAbsent(theme, t -> new HashMap<>());
                for (String id : new LinkedHashSet<>(a.questionIds())) {
                    byQuestion.computeIfAbsent(id, q -> new ArrayList<>()).add(a);
                }
            }
        }
        Map<String, List<Section>> byTheme = new HashMap<>();
        byThemeAndQuestion.forEach((theme, byQuestion) -> {
            for (Question q : c.questions()) {
                List<StudentAnswer> toQuestion = byQuestion.get(q.id());
                if (toQuestion != null) {
                    byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(new Section(c, q, toQuestion));
                }
            }
        });
        return byTheme;
    }

    private static List<Sheet> paginate(String theme, List<Section> sections) {
        List<Sheet> sheets = new ArrayList<>();
        List<Section> current = new ArrayList<>();
        int size = 0;
        for (Section s : sections) {
            if (!current.isEmpty() && size + s.answers().size() > PAGE_SIZE) {
                sheets.add(new Sheet(theme, sheets.size() + 1, current));
                current = new ArrayList<>();
                size = 0;
            }
            current.add(s);
            size += s.answers().size();
        }
        sheets.add(new Sheet(theme, sheets.size() + 1, current));
        return sheets;
    }

    private static String key(String theme, String caseSlug, String questionId) {
        return theme + "\n" + caseSlug + "\n" + questionId;
    }
}
