package org.casebake.render;

import org.casebake.model.Comparison;
import org.casebake.model.Position;
import org.casebake.model.Stance;
import org.casebake.model.StudentAnswer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The class's evidence on one comparison: the published answers to the cases it covers, and the
 * positions among theirs that name one of its dimensions and one of its sides. Pending and
 * rejected answers never reach the {@link org.casebake.model.Site}, so they never count here.
 *
 * <p>The answers are indexed by position and by dimension once, when the evidence is gathered:
 * the comparison page asks for every cell, and a large course has thousands of answers.
 */
final class ComparisonEvidence {

    private final Comparison comparison;
    private final List<StudentAnswer> answers;
    private final Map<Position, List<StudentAnswer>> byPosition = new HashMap<>();
    private final Map<String, List<StudentAnswer>> byDimension = new HashMap<>();
    private final List<StudentAnswer> arguing = new ArrayList<>();
    private final Map<StudentAnswer, List<Position>> counted = new IdentityHashMap<>();

    private ComparisonEvidence(Comparison comparison, List<StudentAnswer> answers) {
        this.comparison = comparison;
        this.answers = List.copyOf(answers);
        Set<String> dimensions = new HashSet<>();
        comparison.dimensions().forEach(d -> dimensions.add(d.id()));
        Set<String> sides = new HashSet<>();
        comparison.sides().forEach(s -> sides.add(s.id()));
        for (StudentAnswer a : this.answers) {
            for (Position p : a.positions()) {
                addOnce(byPosition.computeIfAbsent(p, k -> new ArrayList<>()), a);
                if (dimensions.contains(p.dimension()) && sides.contains(p.side())) {
                    addOnce(byDimension.computeIfAbsent(p.dimension(), k -> new ArrayList<>()), a);
                    addOnce(arguing, a);
                    counted.computeIfAbsent(a, k -> new ArrayList<>()).add(p);
                }
            }
        }
    }

    /** The evidence for {@code comparison} among {@code published} answers. */
    static ComparisonEvidence of(Comparison comparison, List<StudentAnswer> published) {
        Set<String> covered = new HashSet<>(comparison.caseSlugs());
        return new ComparisonEvidence(comparison, published.stream().filter(a -> covered.contains(a.caseSlug())).toList());
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

    /** The comparison. */
    Comparison comparison() {
        return comparison;
    }

    /** The published answers to its cases, in site order. */
    List<StudentAnswer> answers() {
        return answers;
    }

    /** The answers that call {@code side} a strength or weakness (as {@code view}) on {@code dimension}, in site order. */
    List<StudentAnswer> citing(String dimension, String side, Stance view) {
        return Collections.unmodifiableList(byPosition.getOrDefault(new Position(dimension, side, view), List.of()));
    }

    /** How many answers call {@code side} a strength or weakness on {@code dimension}. */
    int count(String dimension, String side, Stance view) {
        return byPosition.getOrDefault(new Position(dimension, side, view), List.of()).size();
    }

    /** The answers with at least one position in this comparison, in site order. */
    List<StudentAnswer> arguing() {
        return Collections.unmodifiableList(arguing);
    }

    /** The answers with at least one position on {@code dimension} (for a side of this comparison), in site order. */
    List<StudentAnswer> arguing(String dimension) {
        return Collections.unmodifiableList(byDimension.getOrDefault(dimension, List.of()));
    }

    /** The positions of {@code answer} that count in this comparison, in the answer's order. */
    List<Position> positionsOf(StudentAnswer answer) {
        return Collections.unmodifiableList(counted.getOrDefault(answer, List.of()));
    }

    /**
     * What the counts, the chart and the standing are read from: the comparison, the number of
     * answers, and each arguing answer's anchor with its counted positions. Equal keys give equal
     * charts and standings.
     */
    List<Object> positionsKey() {
        List<Object> key = new ArrayList<>(List.of(comparison, answers.size()));
        for (StudentAnswer a : arguing) {
            key.add(a.anchor());
            key.add(counted.get(a));
        }
        return key;
    }

    /** Answers come in site order, so an answer already listed is the list's last. */
    private static void addOnce(List<StudentAnswer> list, StudentAnswer answer) {
        if (list.isEmpty() || list.get(list.size() - 1) != answer) {
            list.add(answer);
        }
    }
}
