package org.casebake.assemble;

import org.casebake.model.Position;
import org.casebake.model.Question;
import org.casebake.problem.Located;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;
import org.casebake.problem.Suggestions;
import org.casebake.source.ContentLayout;
import org.casebake.validate.AnswerParts;
import org.casebake.validate.BoundAnswer;
import org.casebake.validate.BoundCase;
import org.casebake.validate.BoundComparison;
import org.casebake.validate.CaseBinder;
import org.casebake.validate.TeachingNoteBinder.BoundNote;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks that need more than one file: an answer's questions (and those its parts name) exist in
 * its case, its themes are declared, the answer it replies to exists in its case, its positions name a
 * dimension and side of a comparison that covers its case; a comparison's cases exist; a teaching
 * note or answer sits beside a case.
 */
final class CrossReferenceChecker {

    private final Map<String, String> themes;
    private final SiteAssembler.Sources sources;
    private final Map<String, BoundCase> casesBySlug;
    private final List<String> declaredThemes;
    /** What positions may name in each case, worked out once per case rather than once per answer. */
    private final Map<String, Coverage> coverageByCase = new HashMap<>();
    /** Each case's question ids, listed once per case rather than once per answer. */
    private final Map<String, List<String>> questionIdsByCase = new HashMap<>();
    /**
     * Themes known to be slugs: the declared ones (site-config.yml checked them) and each undeclared one
     * once it passed, so the pattern runs once per theme, not once per answer.
     */
    private final Set<String> slugThemes;

    CrossReferenceChecker(Map<String, String> themes, SiteAssembler.Sources sources, Map<String, BoundCase> casesBySlug) {
        this.themes = themes;
        this.sources = sources;
        this.casesBySlug = casesBySlug;
        this.declaredThemes = themes.keySet().stream().sorted().toList();
        this.slugThemes = new HashSet<>(themes.keySet());
    }

    /** The comparisons covering a case, and the dimensions and sides they define, sorted. */
    private record Coverage(List<BoundComparison> comparisons, List<String> dimensions, List<String> sides) {
        static Coverage of(String caseSlug, List<BoundComparison> all) {
            List<BoundComparison> covering = all.stream()
                    .filter(c -> c.cases().stream().anyMatch(x -> x.value().equals(caseSlug))).toList();
            return new Coverage(covering,
                    List.copyOf(new TreeSet<>(covering.stream().flatMap(c -> c.dimensions().stream().map(d -> d.id())).toList())),
                    List.copyOf(new TreeSet<>(covering.stream().flatMap(c -> c.sides().stream().map(s -> s.id())).toList())));
        }
    }

    void check(ProblemCollector problems) {
        for (BoundAnswer answer : sources.answers()) {
            if (!sources.caseFolders().contains(answer.caseSlug())) {
                problems.error(answer.path(), "answer belongs to no case",
                        ContentLayout.casePath(answer.caseSlug()) + " does not exist");
            } else if (casesBySlug.containsKey(answer.caseSlug())) {
                checkAnswer(answer, casesBySlug.get(answer.caseSlug()), problems);
            }
        }
        for (BoundNote note : sources.notes()) {
            if (!sources.caseFolders().contains(note.caseSlug())) {
                problems.error(note.path(), "teaching notes belong to no case",
                        ContentLayout.casePath(note.caseSlug()) + " does not exist");
            }
        }
        List<String> slugs = List.copyOf(new TreeSet<>(sources.caseFolders()));
        for (BoundComparison comparison : sources.comparisons()) {
            for (Located<String> c : comparison.cases()) {
                if (!sources.caseFolders().contains(c.value())) {
                    problems.error(comparison.path(), c.line(), c.column(), "unknown case '" + c.value() + "'",
                            SiteAssembler.hint(c.value(), slugs, "cases are"));
                }
            }
        }
    }

    private void checkAnswer(BoundAnswer answer, BoundCase theCase, ProblemCollector problems) {
        List<String> ids = questionIdsByCase.computeIfAbsent(theCase.slug(),
                slug -> theCase.questions().stream().map(Question::id).toList());
        for (Located<String> q : answer.questionIds()) {
            if (!ids.contains(q.value())) {
                problems.error(answer.path(), q.line(), q.column(),
                        "unknown question '" + q.value() + "' for case '" + theCase.slug() + "'",
                        SiteAssembler.hint(q.value(), ids, "valid ids are"));
            }
        }
        checkParts(answer, ids, problems);
        for (Located<String> t : answer.themes()) {
            if (!declaredThemes.isEmpty() && !themes.containsKey(t.value())) {
                problems.error(answer.path(), t.line(), t.column(), "unknown theme '" + t.value() + "'",
                        SiteAssembler.hint(t.value(), declaredThemes, "themes declared in site-config.yml are"));
            } else if (!isSlug(t.value())) {
                problems.error(answer.path(), t.line(), t.column(),
                        "theme '" + t.value() + "' must be lower-case letters, digits and hyphens", "for example open-source");
            }
        }
        answer.replyTo().ifPresent(replyTo -> checkReply(answer, replyTo, problems));
        checkPositions(answer, problems);
    }

    private boolean isSlug(String theme) {
        if (slugThemes.contains(theme)) {
            return true;
        }
        boolean slug = CaseBinder.SLUG.matcher(theme).matches();
        if (slug) {
            slugThemes.add(theme);
        }
        return slug;
    }

    /** A reply names an answer file of its own case, published or not; never itself. */
    private void checkReply(BoundAnswer answer, Located<String> replyTo, ProblemCollector problems) {
        String folder = answer.folder();
        String replied = answer.replyToPath().orElseThrow();
        if (replyTo.value().equals(answer.stem())) {
            problems.error(answer.path(), replyTo.line(), replyTo.column(), "the answer replies to itself",
                    "replyTo names the answer this one replies to, or is left out");
        } else if (!sources.answerFiles().contains(replied)) {
            List<String> stems = sources.answerFiles().stream().filter(p -> p.startsWith(folder))
                    .map(p -> p.substring(folder.length(), p.length() - ".md".length()))
                    .filter(s -> !s.contains("/") && !s.equals(answer.stem())).toList();
            problems.error(answer.path(), replyTo.line(), replyTo.column(),
                    "replyTo names no answer of case '" + answer.caseSlug() + "': there is no " + replied,
                    Suggestions.didYouMean(replyTo.value(), stems).map(s -> "did you mean '" + s + "'? ").orElse("")
                            + "replyTo is the file name, without .md, of an answer in " + folder);
        }
    }

    /**
     * A part marker names questions of the case that the answer lists; a question the answer lists
     * but no part answers lists the answer on its page as a link to the first part, which is worth a
     * warning once parts are marked.
     */
    private static void checkParts(BoundAnswer answer, List<String> caseQuestions, ProblemCollector problems) {
        if (answer.parts().isEmpty()) {
            return;
        }
        List<String> listed = answer.questionIds().stream().map(Located::value).toList();
        Set<String> answered = new HashSet<>();
        for (AnswerParts.Part part : answer.parts()) {
            for (Located<String> q : part.questionIds()) {
                answered.add(q.value());
                if (!caseQuestions.contains(q.value())) {
                    problems.error(answer.path(), q.line(), q.column(), "the part marker names unknown question '"
                            + q.value() + "' of case '" + answer.caseSlug() + "'",
                            SiteAssembler.hint(q.value(), caseQuestions, "valid ids are"));
                } else if (!listed.contains(q.value())) {
                    problems.error(answer.path(), q.line(), q.column(), "the part marker names question '" + q.value()
                                    + "', which the answer's questions do not list",
                            "add " + q.value() + " to questions, which lists " + String.join(", ", listed) + ", or correct the marker");
                }
            }
        }
        for (Located<String> q : answer.questionIds()) {
            if (!answered.contains(q.value()) && caseQuestions.contains(q.value())) {
                problems.add(Problem.warning(answer.path(), q.line(), q.column(), "the answer is marked in parts, but no part"
                                + " answers question '" + q.value() + "': its page only links to the answer's first part",
                        "put <!-- part: " + q.value() + " --> on the line before the passage that answers it"));
            }
        }
    }

    private void checkPositions(BoundAnswer answer, ProblemCollector problems) {
        if (answer.positions().isEmpty()) {
            return;
        }
        Coverage coverage = coverageByCase.computeIfAbsent(answer.caseSlug(), slug -> Coverage.of(slug, sources.comparisons()));
        List<BoundComparison> covering = coverage.comparisons();
        if (covering.isEmpty()) {
            Located<Position> first = answer.positions().get(0);
            problems.error(answer.path(), first.line(), first.column(),
                    "positions given, but no comparison covers case '" + answer.caseSlug() + "'",
                    "add the case to 'cases' of a comparison in content/comparisons/, or remove the positions");
            return;
        }
        List<String> dimensions = coverage.dimensions();
        List<String> sides = coverage.sides();
        for (Located<Position> p : answer.positions()) {
            if (!dimensions.contains(p.value().dimension())) {
                problems.error(answer.path(), p.line(), p.column(), "unknown dimension '" + p.value().dimension()
                                + "' (no comparison covering case '" + answer.caseSlug() + "' defines it)",
                        SiteAssembler.hint(p.value().dimension(), dimensions, "dimensions are"));
            }
            if (!sides.contains(p.value().side())) {
                problems.error(answer.path(), p.line(), p.column(), "unknown side '" + p.value().side()
                                + "' (no comparison covering case '" + answer.caseSlug() + "' defines it)",
                        SiteAssembler.hint(p.value().side(), sides, "sides are"));
            }
            if (dimensions.contains(p.value().dimension()) && sides.contains(p.value().side())
                    && !anyDefines(covering, p.value())) {
                problems.error(answer.path(), p.line(), p.column(), "no comparison covering case '" + answer.caseSlug()
                                + "' has both dimension '" + p.value().dimension() + "' and side '" + p.value().side() + "'",
                        "a position counts in one comparison; pick a dimension and a side of the same comparison");
            }
        }
    }

    // Asked for every position of every answer: loops, not streams, over these few comparisons, dimensions and sides.
    private static boolean anyDefines(List<BoundComparison> comparisons, Position position) {
        for (BoundComparison comparison : comparisons) {
            if (defines(comparison, position)) {
                return true;
            }
        }
        return false;
    }

    private static boolean defines(BoundComparison comparison, Position position) {
        for (var d : comparison.dimensions()) {
            if (d.id().equals(position.dimension())) {
                return definesSide(comparison, position.side());
            }
        }
        return false;
    }

    private static boolean definesSide(BoundComparison comparison, String side) {
        for (var s : comparison.sides()) {
            if (s.id().equals(side)) {
                return true;
            }
        }
        return false;
    }
}
