package org.casebake.render;

import org.casebake.model.Comparison;
import org.casebake.model.Position;
import org.casebake.model.Stance;
import org.casebake.model.StudentAnswer;

import java.util.List;

/**
 * The class's evidence on one comparison: the published answers to the cases it covers, and the
 * positions among theirs that name one of its dimensions and one of its sides. Pending and
 * rejected answers never reach the {@link org.casebake.model.Site}, so they never count here.
 *
 * @param comparison the comparison
 * @param answers    the published answers to its cases, in site order
 */
record ComparisonEvidence(Comparison comparison, List<StudentAnswer> answers) {

    ComparisonEvidence {
        answers = List.copyOf(answers);
    }

    /** The evidence for {@code comparison} among {@code published} answers. */
    static ComparisonEvidence of(Comparison comparison, List<StudentAnswer> published) {
        return new ComparisonEvidence(comparison, published.stream().filter(a -> comparison.covers(a.caseSlug())).toList());
    }

    /**
     * True when {@code position} counts in {@code comparison}: its dimension and its side are both
     * the comparison's (an answer's case may feed several comparisons, each with its own ids).
     */
    static boolean feeds(Comparison comparison, Position position) {
        return comparison.dimension(position.dimension()).isPresent()
                && comparison.sides().stream().anyMatch(s -> s.id().equals(position.side()));
    }

    /** True when {@code answer} is evidence in {@code comparison}: its case is covered and a position feeds it. */
    static boolean feeds(Comparison comparison, StudentAnswer answer) {
        return comparison.covers(answer.caseSlug()) && answer.positions().stream().anyMatch(p -> feeds(comparison, p));
    }

    /** The answers that call {@code side} a strength or weakness (as {@code view}) on {@code dimension}. */
    List<StudentAnswer> citing(String dimension, String side, Stance view) {
        Position wanted = new Position(dimension, side, view);
        return answers.stream().filter(a -> a.positions().contains(wanted)).toList();
    }

    /** How many answers call {@code side} a strength or weakness on {@code dimension}. */
    int count(String dimension, String side, Stance view) {
        return citing(dimension, side, view).size();
    }

    /** The answers with at least one position in this comparison. */
    List<StudentAnswer> arguing() {
        return answers.stream().filter(a -> feeds(comparison, a)).toList();
    }

    /** The answers with at least one position on {@code dimension} (for a side of this comparison). */
    List<StudentAnswer> arguing(String dimension) {
        return answers.stream().filter(a -> a.positions().stream()
                .anyMatch(p -> p.dimension().equals(dimension) && feeds(comparison, p))).toList();
    }

    /** The positions of {@code answer} that count in this comparison, in the answer's order. */
    List<Position> positionsOf(StudentAnswer answer) {
        return answer.positions().stream().filter(p -> feeds(comparison, p)).toList();
    }
}
