package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebake.model.OutputFile;
import org.junit.jupiter.api.Test;

/**
 * A remembering builder reuses what it analysed for items that did not change, and its files are
 * always exactly those a new builder makes of the same items.
 */
class RememberingIndexBuilderTest {

    private static final int SINGLE_FILE_LIMIT = 50;
    private static final int SHARD_CHARS = 2_000;

    @Test
    void aRebuildAfterChangingRemovingAndAddingItemsEqualsAFreshBuild() {
        List<SearchItem> first = new SyntheticCourse(5).items(3, 40);
        SearchIndexBuilder remembering = SearchIndexBuilder.remembering(SINGLE_FILE_LIMIT, SHARD_CHARS);
        assertSameFiles(fresh(first), remembering.build(first));

        List<SearchItem> second = new ArrayList<>(first);
        second.set(7, withText(second.get(7), "A new answer about zanzibarian quokkas and their cost."));
        SearchItem removed = second.remove(20);
        second.add(answer("added", "An added answer that speaks of xylophonic pricing."));
        assertSameFiles(fresh(second), remembering.build(second));

        List<SearchItem> third = new ArrayList<>(second);
        third.set(0, withText(third.get(0), "Nothing about quokkas here."));
        third.removeIf(item -> item.id().equals("added"));
        third.add(removed);
        assertSameFiles(fresh(third), remembering.build(third));
    }

    @Test
    void aRebuildWritesAgainOnlyTheFilesWhoseDataChanged() {
        List<SearchItem> items = new ArrayList<>(new SyntheticCourse(4).items(3, 40));
        SearchIndexBuilder remembering = SearchIndexBuilder.remembering(SINGLE_FILE_LIMIT, SHARD_CHARS);
        Map<String, byte[]> before = byPath(remembering.build(items));
        items.set(7, withText(items.get(7), items.get(7).sections().get(0).text() + " Zanzibarian quokkas."));
        List<OutputFile> rebuilt = remembering.build(items);
        assertSameFiles(fresh(items), rebuilt);
        List<String> written = rebuilt.stream().filter(f -> before.get(f.path()) != f.bytes()).map(OutputFile::path).toList();
        List<String> changed = rebuilt.stream().filter(f -> !Arrays.equals(before.get(f.path()), f.bytes()))
                .map(OutputFile::path).toList();
        assertTrue(changed.stream().anyMatch(path -> path.startsWith("search/d/")), changed::toString);
        // The manifest is always written again; every other file only when its data changed.
        List<String> expected = new ArrayList<>(changed);
        expected.add("search/index.js");
        assertEquals(expected.stream().distinct().sorted().toList(), written);
        assertTrue(written.size() < rebuilt.size() / 2, written + " of " + rebuilt.size());
    }

    @Test
    void dataAreTheSameOnlyWhenTheyWriteTheSameScript() {
        assertTrue(FileMemory.sameData(List.of("a", 1, new IntPacker().add(40)), List.of("a", 1, new IntPacker().add(40))));
        assertFalse(FileMemory.sameData(List.of(new IntPacker().add(40)), List.of(new IntPacker().add(41))));
        assertFalse(FileMemory.sameData(List.of(1), List.of(1L)));
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertFalse(FileMemory.sameData(ab, ba));
        assertTrue(FileMemory.sameData(ab, new LinkedHashMap<>(ab)));
    }

    @Test
    void aTermOnlyARemovedItemUsedLeavesTheIndex() {
        SearchIndexBuilder remembering = SearchIndexBuilder.remembering(SINGLE_FILE_LIMIT, SHARD_CHARS);
        List<SearchItem> items = new ArrayList<>(new SyntheticCourse(9).items(2, 30));
        items.add(answer("rare", "Only this answer mentions the quetzalcoatlus."));
        remembering.build(items);
        items.remove(items.size() - 1);
        List<OutputFile> rebuilt = remembering.build(items);
        assertSameFiles(fresh(items), rebuilt);
        assertTrue(rebuilt.stream().noneMatch(f -> IndexScripts.json(f).contains("quetzalcoatlu")));
    }

    @Test
    void aSmallSiteInOneFileIsRebuiltTheSameWay() {
        SearchIndexBuilder remembering = SearchIndexBuilder.remembering();
        List<SearchItem> items = new ArrayList<>(FixtureSite.items());
        remembering.build(items);
        items.set(1, withText(items.get(1), "Changed text of the fixture."));
        List<OutputFile> rebuilt = remembering.build(items);
        assertEquals(1, rebuilt.size());
        assertSameFiles(new SearchIndexBuilder().build(items), rebuilt);
    }

    @Test
    void aRebuildEncodesAgainOnlyTheTermsWhosePostingsChanged() {
        List<SearchItem> first = new SyntheticCourse(5).items(3, 40);
        List<SearchItem> second = new ArrayList<>(first);
        second.set(7, withText(second.get(7), "Zanzibarian quokkas weigh the cost of open source."));
        InvertedIndexBuilder remembering = InvertedIndexBuilder.remembering();
        Map<String, InvertedIndexBuilder.TermData> before = new HashMap<>();
        index(remembering, first).forEach(data -> before.put(data.term().text, data));

        List<InvertedIndexBuilder.TermData> rebuilt = index(remembering, second);

        assertEquals(encoded(index(InvertedIndexBuilder.forgetting(), second)), encoded(rebuilt));
        List<String> reused = rebuilt.stream().filter(data -> before.containsKey(data.term().text)
                && before.get(data.term().text).postings() == data.postings()).map(data -> data.term().text).toList();
        assertTrue(reused.size() > rebuilt.size() / 2, () -> reused.size() + " of " + rebuilt.size() + " terms kept");
        assertTrue(rebuilt.stream().anyMatch(data -> !before.containsKey(data.term().text)), "the new words' terms are new");
        assertTrue(rebuilt.stream().anyMatch(data -> before.containsKey(data.term().text) && !reused.contains(data.term().text)),
                "a term the edited item had or gained is encoded again");
    }

    private static List<InvertedIndexBuilder.TermData> index(InvertedIndexBuilder builder, List<SearchItem> items) {
        ItemMemory.Analysis analysis = ItemMemory.forgetting().analyse(SearchCatalog.of(items).items());
        InvertedIndexBuilder.Built built = builder.build(analysis.terms(), analysis.ranked());
        builder.keep(built);
        return built.terms();
    }

    private static List<String> encoded(List<InvertedIndexBuilder.TermData> index) {
        return index.stream().map(data -> data.term().text + " " + data.postings() + " " + data.positions()).toList();
    }

    @Test
    void aFailedBuildLeavesWhatTheBuilderRemembersAsItWas() {
        List<SearchItem> items = new SyntheticCourse(3).items(2, 30);
        SearchIndexBuilder remembering = SearchIndexBuilder.remembering(SINGLE_FILE_LIMIT, SHARD_CHARS);
        remembering.build(items);
        List<SearchItem> clash = new ArrayList<>(items);
        clash.add(answer(items.get(4).id(), "Same id as another item."));
        assertThrows(IllegalArgumentException.class, () -> remembering.build(clash));
        List<SearchItem> next = new ArrayList<>(items);
        next.set(4, withText(next.get(4), "Edited after the failed build."));
        assertSameFiles(fresh(next), remembering.build(next));
    }

    private static List<OutputFile> fresh(List<SearchItem> items) {
        return new SearchIndexBuilder(SINGLE_FILE_LIMIT, SHARD_CHARS).build(items);
    }

    private static void assertSameFiles(List<OutputFile> expected, List<OutputFile> actual) {
        assertEquals(expected.stream().map(OutputFile::path).toList(), actual.stream().map(OutputFile::path).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).bytes(), actual.get(i).bytes(), expected.get(i).path());
        }
    }

    private static Map<String, byte[]> byPath(List<OutputFile> files) {
        Map<String, byte[]> byPath = new HashMap<>();
        files.forEach(f -> byPath.put(f.path(), f.bytes()));
        return byPath;
    }

    private static SearchItem withText(SearchItem item, String text) {
        List<SearchSection> sections = new ArrayList<>(item.sections());
        if (sections.isEmpty()) {
            sections.add(new SearchSection("", "", text));
        } else {
            sections.set(0, new SearchSection(sections.get(0).heading(), sections.get(0).anchor(), text));
        }
        return new SearchItem(item.id(), item.type(), item.url(), item.title(), item.ofCase(), item.questionIds(),
                item.questionLabels(), item.themes(), item.tags(), item.featured(), item.author(), sections);
    }

    private static SearchItem answer(String id, String text) {
        return SearchItem.answer(id, "cases/extra/questions/q1/index.html#answer-" + id, "Answer " + id,
                new SearchItem.CaseRef("extra", "Extra"), List.of("q1"), List.of("Why?"), List.of("cost"), false, "A. B.",
                List.of(new SearchSection("", "", text)));
    }
}
