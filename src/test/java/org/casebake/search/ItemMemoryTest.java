package org.casebake.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The memory finds an item it analysed by the item's identity; an equal item made anew is analysed again, to the same result. */
class ItemMemoryTest {

    private final List<SearchItem> items = new SyntheticCourse(7).items(2, 12);

    @Test
    void theSameItemsAreNotAnalysedAgain() {
        ItemMemory memory = ItemMemory.remembering();
        ItemMemory.Analysis first = memory.analyse(items);
        memory.keep(items, first, List.of());
        ItemMemory.Analysis second = memory.analyse(items);
        for (int n = 0; n < items.size(); n++) {
            assertSame(first.terms().get(n), second.terms().get(n), items.get(n).id());
            assertSame(first.excerpts().get(n), second.excerpts().get(n), items.get(n).id());
        }
    }

    @Test
    void anEqualItemMadeAnewIsAnalysedAgainToTheSameTerms() {
        ItemMemory memory = ItemMemory.remembering();
        ItemMemory.Analysis first = memory.analyse(items);
        memory.keep(items, first, List.of());
        List<SearchItem> copies = items.stream().map(ItemMemoryTest::copy).toList();
        assertEquals(items, copies);
        ItemMemory.Analysis second = memory.analyse(copies);
        for (int n = 0; n < items.size(); n++) {
            assertNotSame(first.terms().get(n), second.terms().get(n), items.get(n).id());
            assertEquals(texts(first.terms().get(n)), texts(second.terms().get(n)), items.get(n).id());
            assertArrayEquals(first.terms().get(n).frequencies(), second.terms().get(n).frequencies(), items.get(n).id());
            assertEquals(first.excerpts().get(n), second.excerpts().get(n), items.get(n).id());
        }
    }

    @Test
    void aForgettingMemoryAnalysesEveryTime() {
        ItemMemory memory = ItemMemory.forgetting();
        ItemMemory.Analysis first = memory.analyse(items);
        memory.keep(items, first, List.of());
        assertNotSame(first.terms().get(0), memory.analyse(items).terms().get(0));
    }

    private static String texts(ItemTerms terms) {
        return java.util.Arrays.stream(terms.terms()).map(term -> term.text).collect(Collectors.joining(" "));
    }

    private static SearchItem copy(SearchItem item) {
        return new SearchItem(new String(item.id()), item.type(), new String(item.url()), new String(item.title()), item.ofCase(),
                List.copyOf(item.questionIds()), List.copyOf(item.questionLabels()), List.copyOf(item.themes()),
                List.copyOf(item.tags()), item.featured(), item.author(),
                item.sections().stream().map(s -> new SearchSection(s.heading(), s.anchor(), new String(s.text()))).toList());
    }
}
