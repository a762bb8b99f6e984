package org.casebake.search;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link SearchCatalog#of} numbers items, cases, questions, themes and tags exactly as its rules say,
 * written here in their plainest form (sorted collections and a chained comparator), for items of every
 * type in any input order, with ids and question ids whose digit runs make natural order differ from
 * string order ("q2", "q10", "q02", "a-9", "a-10").
 */
class SearchCatalogProperties {

    @Property(tries = 600)
    void theCatalogIsWhatItsRulesSay(@ForAll("items") List<SearchItem> items) {
        SearchCatalog catalog = SearchCatalog.of(items);
        Expected expected = expected(items);

        assertEquals(expected.items().stream().map(SearchItem::id).toList(), catalog.items().stream().map(SearchItem::id).toList());
        assertEquals(expected.cases(), catalog.cases());
        assertEquals(expected.themes(), catalog.themes());
        assertEquals(expected.tags(), catalog.tags());
        assertArrayEquals(expected.caseOf(), catalog.caseOf());
        assertEquals(expected.questions(), catalog.questions());
    }

    private record Expected(List<SearchItem> items, List<SearchCatalog.CaseEntry> cases, List<String> themes,
                            List<String> tags, int[] caseOf, List<List<Integer>> questions) {
    }

    private static Expected expected(List<SearchItem> input) {
        List<SearchItem> items = new ArrayList<>(input);
        items.sort(Comparator.comparing((SearchItem i) -> i.ofCase().isEmpty())
                .thenComparing(i -> i.ofCase().map(SearchItem.CaseRef::slug).orElse(""))
                .thenComparing(SearchItem::type)
                .thenComparing(i -> i.questionIds().isEmpty() ? "" : i.questionIds().get(0), SearchCatalog.NATURAL)
                .thenComparing(SearchItem::id, SearchCatalog.NATURAL));
        Map<String, String> titles = new TreeMap<>();
        Map<String, Map<String, String>> labels = new TreeMap<>();
        Set<String> themes = new TreeSet<>();
        Set<String> tags = new TreeSet<>();
        for (SearchItem item : items) {
            themes.addAll(item.themes());
            tags.addAll(item.tags());
            item.ofCase().ifPresent(c -> {
                titles.putIfAbsent(c.slug(), c.title());
                Map<String, String> ofCase = labels.computeIfAbsent(c.slug(), s -> new TreeMap<>(SearchCatalog.NATURAL));
                for (int q = 0; q < item.questionIds().size(); q++) {
                    ofCase.putIfAbsent(item.questionIds().get(q), item.questionLabels().get(q));
                }
            });
        }
        List<SearchCatalog.CaseEntry> cases = new ArrayList<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        titles.forEach((slug, title) -> {
            List<List<String>> questions = new ArrayList<>();
            labels.get(slug).forEach((id, label) -> questions.add(List.of(id, label)));
            numbers.put(slug, cases.size());
            cases.add(new SearchCatalog.CaseEntry(slug, title, List.copyOf(questions)));
        });
        int[] caseOf = new int[items.size()];
        List<List<Integer>> questions = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            SearchItem item = items.get(n);
            caseOf[n] = item.ofCase().map(c -> numbers.get(c.slug())).orElse(-1);
            List<Integer> of = new ArrayList<>();
            if (caseOf[n] >= 0) {
                List<String> ids = cases.get(caseOf[n]).questions().stream().map(q -> q.get(0)).toList();
                item.questionIds().forEach(id -> of.add(ids.indexOf(id)));
            }
            questions.add(of);
        }
        return new Expected(items, cases, List.copyOf(themes), List.copyOf(tags), caseOf, questions);
    }

    @Provide
    Arbitrary<List<SearchItem>> items() {
        Arbitrary<String> caseSlug = Arbitraries.of("case-2", "case-10", "case-02", "b", "a-case");
        Arbitrary<String> question = Arbitraries.of("q1", "q2", "q10", "q02", "q9x", "q");
        Arbitrary<String> theme = Arbitraries.of("incentives", "open-source", "risk", "Risk", "cost-2", "cost-10");
        Arbitrary<SearchItem> item = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                caseSlug,
                question.list().ofMaxSize(3).uniqueElements(),
                theme.list().ofMaxSize(3).uniqueElements(),
                Arbitraries.of("a-", "answer-", "x", "a-0"),
                Arbitraries.integers().between(0, 120),
                Arbitraries.of("One title", "Another title"),
                Arbitraries.of(true, false)).as(SearchCatalogProperties::item);
        return item.list().ofMaxSize(60).map(SearchCatalogProperties::uniqueIds);
    }

    private static SearchItem item(int kind, String slug, List<String> questions, List<String> themes, String idStem,
                                   int idNumber, String title, boolean featured) {
        SearchItem.CaseRef ref = new SearchItem.CaseRef(slug, title + " " + slug);
        String id = idStem + idNumber;
        List<String> labels = questions.stream().map(q -> "Label " + q + " " + title).toList();
        return switch (kind) {
            case 0 -> SearchItem.caseStudy(id, "u/" + id, ref, themes, List.of());
            case 1 -> SearchItem.question(id, "u/" + id, title, ref, questions.isEmpty() ? "q1" : questions.get(0),
                    labels.isEmpty() ? "Label" : labels.get(0));
            case 2, 3 -> SearchItem.answer(id, "u/" + id, title, ref, questions, labels, themes, featured, "Author", List.of());
            case 4 -> SearchItem.teachingNote(id, "u/" + id, title, ref, List.of());
            default -> SearchItem.comparison(id, "u/" + id, title, featured ? Optional.of(ref) : Optional.empty(), List.of());
        };
    }

    /** The items, each id kept once (the catalog refuses two items with one id). */
    private static List<SearchItem> uniqueIds(List<SearchItem> items) {
        Set<String> seen = new HashSet<>();
        return items.stream().filter(i -> seen.add(i.id())).toList();
    }
}
