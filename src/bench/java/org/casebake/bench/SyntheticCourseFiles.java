package org.casebake.bench;

import static org.casebake.bench.SyntheticCourse.DIMENSIONS;
import static org.casebake.bench.SyntheticCourse.SIDES;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The text of each kind of file in a synthetic course, in Casebake's content format: front matter
 * with exactly the documented fields, then a Markdown body.
 */
final class SyntheticCourseFiles {

    private SyntheticCourseFiles() {
    }

    static String siteConfig(SyntheticCourse course) {
        StringBuilder out = new StringBuilder();
        out.append("title: ").append(quoted("Synthetic strategy course " + course.sizeName())).append('\n');
        out.append("description: ").append(quoted("A generated course of " + course.cases() + " cases with "
                + course.answersPerCase() + " answers each, used to measure Casebake builds.")).append('\n');
        out.append("baseUrl: https://example.edu/~prof/bench/\n");
        out.append("language: en\n");
        out.append("course:\n");
        out.append("  code: BENCH-").append(course.sizeName()).append('\n');
        out.append("  name: ").append(quoted("Strategy cases at scale")).append('\n');
        out.append("  term: ").append(quoted("Synthetic term")).append('\n');
        out.append("  instructor: ").append(quoted("Prof. Ada Example")).append('\n');
        out.append("privacy:\n");
        out.append("  studentNames: initials\n");
        out.append("  salt: ").append(quoted("bench-" + course.seed())).append('\n');
        out.append("themes:\n");
        for (Map.Entry<String, String> theme : SyntheticVocabulary.THEMES.entrySet()) {
            out.append("  ").append(theme.getKey()).append(": ").append(quoted(theme.getValue())).append('\n');
        }
        return out.toString();
    }

    static String caseStudy(String company, LocalDate date, boolean draft, SyntheticProse prose) {
        String topic = prose.pick(SyntheticVocabulary.CASE_TOPICS);
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quoted(company + " " + topic)).append('\n');
        out.append("date: ").append(date).append('\n');
        out.append("summary: ").append(quoted(prose.plainSentence())).append('\n');
        out.append("source:\n");
        out.append("  title: ").append(quoted(company + " " + topic + ", and why it matters"))
                .append('\n');
        out.append("  publisher: ").append(quoted(prose.pick(SyntheticVocabulary.PUBLISHERS))).append('\n');
        out.append("  url: https://example.org/news/").append(date).append('/')
                .append(company.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')).append('\n');
        // Journalists' names are kept apart from students' names: a student's full name in the
        // case text would (rightly) stop a build whose privacy setting withholds names.
        out.append("  author: ").append(quoted("Reporter " + prose.pick(SyntheticVocabulary.LAST_NAMES))).append('\n');
        out.append("  date: ").append(date.minusDays(prose.between(1, 60))).append('\n');
        out.append("tags: ").append(flowList(SyntheticCourse.distinct(SyntheticVocabulary.THEME_SLUGS, 3, prose))).append('\n');
        out.append("questions:\n");
        appendQuestion(out, "q1", "What model is " + company + " using for its " + prose.phrase()
                + "? How is it different from traditional firms?");
        appendQuestion(out, "q2", "Is " + company + "'s approach the way the industry will work in future,"
                + " or just a fad?");
        appendQuestion(out, "q3", "What are the strengths and weaknesses of relying on " + prose.phrase() + "?");
        if (draft) {
            out.append("status: draft\n");
        }
        out.append("---\n\n");
        out.append(prose.body(prose.between(2500, 3500), true));
        return out.toString();
    }

    static String answer(LocalDate caseDate, String status, boolean featured, SyntheticProse prose) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("author: ").append(quoted(name(prose))).append('\n');
        out.append("questions: ").append(flowList(SyntheticCourse.distinct(List.of("q1", "q2", "q3"),
                prose.between(1, 2), prose))).append('\n');
        if (!status.equals("curated")) {
            out.append("status: ").append(status).append('\n');
        }
        if (featured) {
            out.append("featured: true\n");
        }
        out.append("submitted: ").append(caseDate.plusDays(prose.between(1, 21))).append('\n');
        out.append("themes: ").append(flowList(SyntheticCourse.distinct(SyntheticVocabulary.THEME_SLUGS, prose.between(1, 3),
                prose))).append('\n');
        if (prose.chance(0.6)) {
            out.append("positions:\n");
            for (String dimension : SyntheticCourse.distinct(DIMENSIONS, prose.between(1, 2), prose)) {
                out.append("  - dimension: ").append(dimension).append('\n');
                out.append("    side: ").append(prose.pick(SIDES)).append('\n');
                out.append("    view: ").append(prose.chance(0.5) ? "strength" : "weakness").append('\n');
            }
        }
        out.append("---\n\n");
        out.append(prose.body(prose.between(1150, 1300), false));
        return out.toString();
    }

    static String comparison(List<String> caseSlugs, SyntheticProse prose) {
        StringBuilder out = new StringBuilder("---\n");
        out.append("title: ").append(quoted("Open versus closed development")).append('\n');
        out.append("cases:\n");
        for (String slug : caseSlugs) {
            out.append("  - ").append(slug).append('\n');
        }
        out.append("sides:\n");
        out.append("  - id: open\n    label: ").append(quoted("Open, with outside contributors")).append('\n');
        out.append("  - id: closed\n    label: ").append(quoted("Closed, in-house only")).append('\n');
        out.append("dimensions:\n");
        for (String dimension : DIMENSIONS) {
            out.append("  - id: ").append(dimension).append('\n');
            out.append("    label: ").append(quoted(Character.toUpperCase(dimension.charAt(0))
                    + dimension.substring(1))).append('\n');
            out.append("    cells:\n");
            for (String side : SIDES) {
                out.append("      ").append(side).append(": ").append(quoted(prose.plainSentence())).append('\n');
            }
        }
        out.append("---\n\n");
        out.append(prose.paragraph()).append("\n\n").append(prose.paragraph()).append('\n');
        return out.toString();
    }

    private static void appendQuestion(StringBuilder out, String id, String prompt) {
        out.append("  - id: ").append(id).append('\n');
        out.append("    prompt: ").append(quoted(prompt)).append('\n');
    }

    private static String name(SyntheticProse prose) {
        return prose.pick(SyntheticVocabulary.FIRST_NAMES) + " " + prose.pick(SyntheticVocabulary.LAST_NAMES);
    }

    private static String flowList(List<String> slugs) {
        return "[" + String.join(", ", slugs) + "]";
    }

    /** A YAML double-quoted scalar; generated text holds no line breaks. */
    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
