package org.casebake.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casebake.model.CaseStudy;
import org.casebake.model.Question;
import org.casebake.model.StudentAnswer;
import org.casebake.parse.RenderedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The themes-by-question grid counts each theme and question once per answer of the case, whatever
 * order or repeats an answer's lists have: checked against the grid's former code, which sorted
 * each answer's themes into a set and streamed its distinct questions.
 */
class ThemeChartGridProperties {

    private static final CaseStudy CASE = new CaseStudy("a", "Case A", LocalDate.of(2026, 1, 1), "", Optional.empty(), List.of(),
            List.of(new Question("q1", 1, "First?"), new Question("q2", 2, "Second?"), new Question("q3", 3, "Third?")),
            false, new RenderedText("", List.of()), "content/cases/a/index.md");
    private static final Function<String, String> LABEL = theme -> "Theme " + theme.toUpperCase(java.util.Locale.ROOT);

    @Property(tries = 2000)
    void theGridIsTheFormerGrid(@ForAll("answers") List<StudentAnswer> answers) {
        assertEquals(former(CASE, answers, LABEL), ThemeChart.grid(CASE, answers, LABEL));
    }

    @Provide
    Arbitrary<List<StudentAnswer>> answers() {
        Arbitrary<String> caseSlug = Arbitraries.of("a", "a", "a", "b");
        Arbitrary<List<String>> themes = Arbitraries.of("cost", "risk", "talent", "speed", "ip").list().ofMaxSize(6);
        Arbitrary<List<String>> questions = Arbitraries.of("q1", "q2", "q3", "q9").list().ofMaxSize(5);
        return Combinators.combine(caseSlug, themes, questions).as((slug, t, q) -> new StudentAnswer("x", slug, "Student",
                q, false, Optional.empty(), Optional.empty(), t, List.of(), List.of(), new RenderedText("", List.of()), Map.of(),
                "content/cases/" + slug + "/answers/x.md")).list().ofMaxSize(30);
    }

    /** The grid as it was computed before. */
    private static ThemeChart.Grid former(CaseStudy c, List<StudentAnswer> published, Function<String, String> themeLabel) {
        Map<String, Integer> column = new HashMap<>();
        c.questions().forEach(q -> column.put(q.id(), column.size()));
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, Integer> touching = new HashMap<>();
        for (StudentAnswer a : published) {
            if (!a.caseSlug().equals(c.slug())) {
                continue;
            }
            for (String theme : new TreeSet<>(a.themes())) {
                int[] row = counts.computeIfAbsent(theme, t -> new int[column.size()]);
                touching.merge(theme, 1, Integer::sum);
                a.questionIds().stream().distinct().map(column::get).filter(Objects::nonNull).forEach(i -> row[i]++);
            }
        }
        List<ThemeChart.Row> rows = new ArrayList<>();
        counts.forEach((theme, row) -> rows.add(new ThemeChart.Row(theme, themeLabel.apply(theme),
                Arrays.stream(row).boxed().toList(), touching.get(theme))));
        rows.sort(Comparator.comparingInt(ThemeChart.Row::answers).reversed().thenComparing(ThemeChart.Row::label)
                .thenComparing(ThemeChart.Row::slug));
        return new ThemeChart.Grid(c.questions().stream().map(q -> "Q" + q.number()).toList(),
                c.questions().stream().map(Question::prompt).toList(), rows);
    }
}
