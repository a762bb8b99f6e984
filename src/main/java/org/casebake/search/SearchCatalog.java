package org.casebake.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items of a site in index order, with the numbers the index uses for them: items sorted by case
 * (items of no single case last), then type, then first question, then id; cases numbered by slug;
 * questions numbered within their case in natural order (q2 before q10); themes and case tags each
 * numbered in sorted order.
 *
 * @param items     the items in index order; an item's number is its place in this list
 * @param cases     the cases, each with its slug, title and questions
 * @param themes    every theme of an answer, sorted
 * @param tags      every tag of a case, sorted
 * @param caseOf    for every item, its case number, or -1
 * @param questions for every item, the numbers of its questions within its case
 */
record SearchCatalog(List<SearchItem> items, List<CaseEntry> cases, List<String> themes, List<String> tags, int[] caseOf,
                     List<List<Integer>> questions) {

    /** A case of the catalog; questions are [id, label] pairs in natural order of their ids. */
    record CaseEntry(String slug, String title, List<List<String>> questions) {
    }

    static final Comparator<String> NATURAL = SearchCatalog::compareNatural;

    static SearchCatalog of(List<SearchItem> input) {
        Set<String> ids = new HashSet<>();
        for (SearchItem item : input) {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("two search items share the id " + item.id());
            }
        }
        List<SearchItem> items = inIndexOrder(input);
        // Collected in hash sets and maps, then sorted once: the first item (in index order) to name a
        // case or question gives its title or label.
        Map<String, String> titles = new HashMap<>();
        Map<String, Map<String, String>> questionLabels = new HashMap<>();
        Set<String> themes = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (SearchItem item : items) {
            themes.addAll(item.themes());
            tags.addAll(item.tags());
            if (item.ofCase().isEmpty()) {
                continue;
            }
            SearchItem.CaseRef ofCase = item.ofCase().get();
            titles.putIfAbsent(ofCase.slug(), ofCase.title());
            Map<String, String> labels = questionLabels.computeIfAbsent(ofCase.slug(), s -> new HashMap<>());
            for (int q = 0; q < item.questionIds().size(); q++) {
                labels.putIfAbsent(item.questionIds().get(q), item.questionLabels().get(q));
            }
        }
        List<CaseEntry> cases = new ArrayList<>();
        Map<String, Integer> caseNumbers = new HashMap<>();
        for (String slug : titles.keySet().stream().sorted().toList()) {
            Map<String, String> labels = questionLabels.get(slug);
            List<List<String>> questions = labels.keySet().stream().sorted(NATURAL)
                    .map(id -> List.of(id, labels.get(id))).toList();
            caseNumbers.put(slug, cases.size());
            cases.add(new CaseEntry(slug, titles.get(slug), questions));
        }
        int[] caseOf = new int[items.size()];
        List<List<Integer>> questions = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            SearchItem item = items.get(n);
            caseOf[n] = item.ofCase().map(c -> caseNumbers.get(c.slug())).orElse(-1);
            List<Integer> numbers = new ArrayList<>();
            if (caseOf[n] >= 0) {
                List<List<String>> known = cases.get(caseOf[n]).questions();
                for (String id : item.questionIds()) {
                    numbers.add(indexOfId(known, id));
                }
            }
            questions.add(List.copyOf(numbers));
        }
        return new SearchCatalog(List.copyOf(items), List.copyOf(cases), themes.stream().sorted().toList(),
                tags.stream().sorted().toList(), caseOf, List.copyOf(questions));
    }

    /**
     * The items sorted by case (items of no single case last), then type, then first question, then
     * id, with what each comparison reads taken out of each item once.
     */
    private static List<SearchItem> inIndexOrder(List<SearchItem> input) {
        Sorted[] keyed = new Sorted[input.size()];
        for (int n = 0; n < keyed.length; n++) {
            SearchItem item = input.get(n);
            keyed[n] = new Sorted(item, item.ofCase().isEmpty(), item.ofCase().map(SearchItem.CaseRef::slug).orElse(""),
                    item.type().ordinal(), item.questionIds().isEmpty() ? "" : item.questionIds().get(0));
        }
        Arrays.sort(keyed, Sorted::compareTo);
        List<SearchItem> items = new ArrayList<>(keyed.length);
        for (Sorted k : keyed) {
            items.add(k.item);
        }
        return items;
    }

    /** An item with what the index order compares. */
    private record Sorted(SearchItem item, boolean noCase, String caseSlug, int type, String firstQuestion) {

        int compareTo(Sorted other) {
            if (noCase != other.noCase) {
                return noCase ? 1 : -1;
            }
            int byCase = caseSlug.compareTo(other.caseSlug);
            if (byCase != 0) {
                return byCase;
            }
            if (type != other.type) {
                return Integer.compare(type, other.type);
            }
            int byQuestion = compareNatural(firstQuestion, other.firstQuestion);
            return byQuestion != 0 ? byQuestion : compareNatural(item.id(), other.item.id());
        }
    }

    int size() {
        return items.size();
    }

    /**
     * This catalog with {@code placed} for its items, each differing from the item at its place only
     * in what a catalog does not read (texts, excerpts, links, featured).
     */
    SearchCatalog with(List<SearchItem> placed) {
        return new SearchCatalog(List.copyOf(placed), cases, themes, tags, caseOf, questions);
    }

    private static int indexOfId(List<List<String>> questions, String id) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).get(0).equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("question " + id + " was not collected");
    }

    /** Compares so that runs of digits count as numbers: q2 before q10. */
    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a, significant(a, i, endA), endA, b, significant(b, j, endB), endB);
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return x - y;
                }
                i++;
                j++;
            }
        }
        int byRest = (a.length() - i) - (b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    /** Compares two runs of digits without their leading zeros: shorter is smaller, else digit by digit. */
    private static int compareNumbers(String a, int fromA, int endA, String b, int fromB, int endB) {
        if (endA - fromA != endB - fromB) {
            return (endA - fromA) - (endB - fromB);
        }
        for (int k = 0; k < endA - fromA; k++) {
            if (a.charAt(fromA + k) != b.charAt(fromB + k)) {
                return a.charAt(fromA + k) - b.charAt(fromB + k);
            }
        }
        return 0;
    }

    /** Where the digits from start to end begin without leading zeros (a lone 0 is kept). */
    private static int significant(String text, int start, int end) {
        while (start < end - 1 && text.charAt(start) == '0') {
            start++;
        }
        return start;
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
