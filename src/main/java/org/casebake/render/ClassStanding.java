package org.casebake.render;

import org.casebake.model.Comparison;
import org.casebake.model.Position;
import org.casebake.model.Stance;
import org.casebake.model.StudentAnswer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.casebake.render.TemplateData.map;

/**
 * Where the class stands on a comparison, read from the published answers' positions.
 *
 * <p>A position makes the case for one side over another: calling side X a strength on a dimension
 * argues for X over every other side, calling X a weakness argues for every other side over X.
 * <ul>
 *   <li>A dimension is <em>disputed</em> when, for some pair of sides, some answers make the case for
 *   the first and others for the second. Its weight is the number of answers on the less popular
 *   view of its closest-fought pair; disputes are ranked by that, then by how many answers argued
 *   the dimension, then in the comparison's order.</li>
 *   <li>An answer <em>argued both sides</em> when, anywhere in the comparison, it makes the case for
 *   each of two sides: strengths of two sides, weaknesses of two sides, or a strength and a
 *   weakness of the same side.</li>
 *   <li>A dimension is <em>unargued</em> when no published answer took a position on it.</li>
 * </ul>
 *
 * @param answerCount  the published answers to the cases the comparison covers
 * @param arguingCount those with at least one position in the comparison
 * @param disputes     the disputed dimensions, most disputed first
 * @param twoSided     the answers that argued both sides, in site order
 * @param unargued     the dimensions nobody argued, in the comparison's order
 */
record ClassStanding(int answerCount, int arguingCount, List<Dispute> disputes, List<TwoSided> twoSided,
                     List<Comparison.Dimension> unargued) {

    ClassStanding {
        disputes = List.copyOf(disputes);
        twoSided = List.copyOf(twoSided);
        unargued = List.copyOf(unargued);
    }

    /**
     * A disputed dimension and its closest-fought pair of sides.
     *
     * @param forFirst  answers making the case for {@code first} over {@code second}
     * @param forSecond answers making the case for {@code second} over {@code first}
     * @param arguing   answers with any position on the dimension
     */
    record Dispute(Comparison.Dimension dimension, Comparison.Side first, int forFirst, Comparison.Side second,
                   int forSecond, int arguing) {

        /** The answers on the less popular view: the dispute's weight. */
        int minority() {
            return Math.min(forFirst, forSecond);
        }
    }

    /**
     * An answer that argued both sides, with the labels of the sides it calls strong and weak, in
     * column order.
     */
    record TwoSided(StudentAnswer answer, List<String> strongSides, List<String> weakSides) {
        TwoSided {
            strongSides = List.copyOf(strongSides);
            weakSides = List.copyOf(weakSides);
        }

        /** The answer's case in words: "sees strengths in A and B; weaknesses in A". */
        String inWords() {
            List<String> parts = new ArrayList<>();
            if (!strongSides.isEmpty()) {
                parts.add("strengths in " + ClassStanding.inWords(strongSides));
            }
            if (!weakSides.isEmpty()) {
                parts.add("weaknesses in " + ClassStanding.inWords(weakSides));
            }
            return "sees " + String.join("; ", parts);
        }
    }

    /** Reads the standing from {@code evidence}. */
    static ClassStanding of(ComparisonEvidence evidence) {
        Comparison c = evidence.comparison();
        List<Dispute> disputes = new ArrayList<>();
        List<Comparison.Dimension> unargued = new ArrayList<>();
        for (Comparison.Dimension d : c.dimensions()) {
            int arguing = evidence.arguing(d.id()).size();
            if (arguing == 0) {
                unargued.add(d);
            } else {
                closestPair(evidence, d, arguing).filter(x -> x.minority() > 0).ifPresent(disputes::add);
            }
        }
        disputes.sort(Comparator.comparingInt(Dispute::minority).reversed()
                .thenComparing(Comparator.comparingInt(Dispute::arguing).reversed()));
        List<TwoSided> twoSided = new ArrayList<>();
        for (StudentAnswer a : evidence.arguing()) {
            List<Comparison.Side> strong = sidesWith(c, evidence.positionsOf(a), Stance.STRENGTH);
            List<Comparison.Side> weak = sidesWith(c, evidence.positionsOf(a), Stance.WEAKNESS);
            if (strong.size() >= 2 || weak.size() >= 2 || strong.stream().anyMatch(weak::contains)) {
                twoSided.add(new TwoSided(a, labels(strong), labels(weak)));
            }
        }
        return new ClassStanding(evidence.answers().size(), evidence.arguing().size(), disputes, twoSided, unargued);
    }

    private static Optional<Dispute> closestPair(ComparisonEvidence evidence, Comparison.Dimension d, int arguing) {
        List<Comparison.Side> sides = evidence.comparison().sides();
        Dispute best = null;
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                Comparison.Side x = sides.get(i);
                Comparison.Side y = sides.get(j);
                Dispute pair = new Dispute(d, x, caseFor(evidence, d, x, y), y, caseFor(evidence, d, y, x), arguing);
                if (best == null || pair.minority() > best.minority() || pair.minority() == best.minority()
                        && pair.forFirst() + pair.forSecond() > best.forFirst() + best.forSecond()) {
                    best = pair;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The answers that make the case for {@code side} over {@code other} on {@code d}. */
    private static int caseFor(ComparisonEvidence evidence, Comparison.Dimension d, Comparison.Side side,
                               Comparison.Side other) {
        List<StudentAnswer> strong = evidence.citing(d.id(), side.id(), Stance.STRENGTH);
        List<StudentAnswer> otherWeak = evidence.citing(d.id(), other.id(), Stance.WEAKNESS);
        Position otherWeakness = new Position(d.id(), other.id(), Stance.WEAKNESS);
        int both = (int) strong.stream().filter(a -> a.positions().contains(otherWeakness)).count();
        return strong.size() + otherWeak.size() - both;
    }

    /** The sides, in column order, that {@code positions} call a {@code view}. */
    private static List<Comparison.Side> sidesWith(Comparison c, List<Position> positions, Stance view) {
        return c.sides().stream()
                .filter(s -> positions.stream().anyMatch(p -> p.side().equals(s.id()) && p.view() == view))
                .toList();
    }

    private static List<String> labels(List<Comparison.Side> sides) {
        return sides.stream().map(Comparison.Side::label).toList();
    }

    /** "A", "A and B", "A, B and C". */
    static String inWords(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** The standing as templates read it; {@code answerRef} gives the data of an answer link. */
    Map<String, Object> toMap(Function<StudentAnswer, Map<String, Object>> answerRef) {
        List<Object> disputed = disputes.stream().map(d -> (Object) map("id", d.dimension().id(),
                "label", d.dimension().label(), "anchor", "dim-" + d.dimension().id(), "minority", d.minority(),
                "arguing", d.arguing(),
                "first", map("id", d.first().id(), "label", d.first().label(), "count", d.forFirst()),
                "second", map("id", d.second().id(), "label", d.second().label(), "count", d.forSecond()))).toList();
        List<Object> bothSides = twoSided.stream().map(t -> (Object) map("answer", answerRef.apply(t.answer()),
                "strengths", t.strongSides(), "weaknesses", t.weakSides(), "inWords", t.inWords())).toList();
        List<Object> nobody = unargued.stream().map(d -> (Object) map("id", d.id(), "label", d.label(),
                "anchor", "dim-" + d.id())).toList();
        return map("answerCount", answerCount, "arguingCount", arguingCount, "disputed", disputed,
                "bothSides", bothSides, "unargued", nobody);
    }
}
