package org.casebake.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The memory finds an item it analysed by the item's identity (an equal item made anew is analysed
 * again, to the same result), and takes the last catalog when no item changed in what a catalog reads.
 */
class ItemMemoryTest {

    private final List<SearchItem> items = new SyntheticCourse(7).items(2, 12);

    @Test
    void theSameItemsAreNotAnalysedAgain() {
        ItemMemory memory = ItemMemory.remembering();
        SearchCatalog catalog = memory.catalog(items);
        ItemMemory.Analysis first = memory.analyse(catalog.items());
        memory.keep(items, catalog, first, List.of());
        ItemMemory.Analysis second = memory.analyse(memory.catalog(items).items());
        for (int n = 0; n < items.size(); n++) {
            assertSame(first.terms().get(n), second.terms().get(n), catalog.items().get(n).id());
            assertSame(first.excerpts().get(n), second.excerpts().get(n), catalog.items().get(n).id());
        }
    }

    @Test
    void anEqualItemMadeAnewIsAnalysedAgainToTheSameTerms() {
        ItemMemory memory = ItemMemory.remembering();
        SearchCatalog catalog = memory.catalog(items);
        ItemMemory.Analysis first = memory.analyse(catalog.items());
        memory.keep(items, catalog, first, List.of());
        List<SearchItem> copies = catalog.items().stream().map(ItemMemoryTest::copy).toList();
        assertEquals(catalog.items(), copies);
        ItemMemory.Analysis second = memory.analyse(copies);
        for (int n = 0; n < copies.size(); n++) {
            String id = copies.get(n).id();
            assertNotSame(first.terms().get(n), second.terms().get(n), id);
            assertEquals(texts(first.terms().get(n)), texts(second.terms().get(n)), id);
            assertArrayEquals(first.terms().get(n).frequencies(), second.terms().get(n).frequencies(), id);
            assertEquals(first.excerpts().get(n), second.excerpts().get(n), id);
        }
    }

    @Test
    void aForgettingMemoryAnalysesAndCataloguesEveryTime() {
        ItemMemory memory = ItemMemory.forgetting();
        SearchCatalog catalog = memory.catalog(items);
        ItemMemory.Analysis first = memory.analyse(catalog.items());
        memory.keep(items, catalog, first, List.of());
        assertNotSame(first.terms().get(0), memory.analyse(catalog.items()).terms().get(0));
        assertNotSame(catalog.cases(), memory.catalog(items).cases());
    }

    @Test
    void aTextEditKeepsTheCatalogWithTheEditedItemInItsPlace() {
        ItemMemory memory = remembered(items);
        SearchCatalog kept = memory.catalog(items);
        List<SearchItem> edited = new ArrayList<>(items);
        edited.set(5, withText(edited.get(5), "an edit of the text alone"));
        SearchCatalog again = memory.catalog(edited);
        assertSame(kept.cases(), again.cases(), "taken from the last build");
        assertSameCatalog(SearchCatalog.of(edited), again);
        assertSame(edited.get(5), again.items().get(again.items().indexOf(edited.get(5))));
    }

    @Test
    void anEditOfWhatACatalogReadsMakesItAnew() {
        List<List<SearchItem>> edits = new ArrayList<>();
        SearchItem item = items.get(7);
        edits.add(replaced(items, 7, with(item, item.id() + "x", item.questionIds(), item.themes())));
        edits.add(replaced(items, 7, with(item, item.id(), item.questionIds(), List.of("a new theme"))));
        edits.add(replaced(items, 7, with(item, item.id(), item.questionIds().isEmpty() ? item.questionIds() : List.of(),
                item.themes())));
        List<SearchItem> shorter = new ArrayList<>(items);
        shorter.remove(3);
        edits.add(shorter);
        List<SearchItem> swapped = new ArrayList<>(items);
        swapped.set(0, items.get(1));
        swapped.set(1, items.get(0));
        edits.add(swapped);
        for (List<SearchItem> edited : edits) {
            ItemMemory memory = remembered(items);
            SearchCatalog again = memory.catalog(edited);
            assertSameCatalog(SearchCatalog.of(edited), again);
        }
    }

    private static ItemMemory remembered(List<SearchItem> items) {
        ItemMemory memory = ItemMemory.remembering();
        SearchCatalog catalog = memory.catalog(items);
        memory.keep(items, catalog, memory.analyse(catalog.items()), List.of());
        return memory;
    }

    static void assertSameCatalog(SearchCatalog expected, SearchCatalog actual) {
        assertEquals(expected.items(), actual.items());
        assertEquals(expected.cases(), actual.cases());
        assertEquals(expected.themes(), actual.themes());
        assertEquals(expected.tags(), actual.tags());
        assertArrayEquals(expected.caseOf(), actual.caseOf());
        assertEquals(expected.questions(), actual.questions());
    }

    private static List<SearchItem> replaced(List<SearchItem> items, int at, SearchItem item) {
        List<SearchItem> edited = new ArrayList<>(items);
        edited.set(at, item);
        return edited;
    }

    private static String texts(ItemTerms terms) {
        return Arrays.stream(terms.terms()).map(term -> term.text).collect(Collectors.joining(" "));
    }

    static SearchItem withText(SearchItem item, String text) {
        List<SearchSection> sections = new ArrayList<>(item.sections());
        sections.add(new SearchSection("", "", text));
        return new SearchItem(item.id(), item.type(), item.url(), item.title(), item.ofCase(), item.questionIds(),
                item.questionLabels(), item.themes(), item.tags(), item.featured(), item.author(), sections);
    }

    private static SearchItem with(SearchItem item, String id, List<String> questionIds, List<String> themes) {
        List<String> labels = questionIds.equals(item.questionIds()) ? item.questionLabels() : questionIds.stream().map(q -> "Q " + q).toList();
        return new SearchItem(id, item.type(), item.url(), item.title(), item.ofCase(), questionIds, labels, themes,
                item.tags(), item.featured(), item.author(), item.sections());
    }

    private static SearchItem copy(SearchItem item) {
        return new SearchItem(new String(item.id()), item.type(), new String(item.url()), new String(item.title()), item.ofCase(),
                List.copyOf(item.questionIds()), List.copyOf(item.questionLabels()), List.copyOf(item.themes()),
                List.copyOf(item.tags()), item.featured(), item.author(),
                item.sections().stream().map(s -> new SearchSection(s.heading(), s.anchor(), new String(s.text()))).toList());
    }
}
