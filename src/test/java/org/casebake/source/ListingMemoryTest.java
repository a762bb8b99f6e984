package org.casebake.source;

import org.casebake.problem.ProblemCollector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rebuild told exactly which files changed lists only those again, and only when nothing else can
 * have changed; the scan it gives is the scan a full listing gives.
 */
class ListingMemoryTest {

    private static final String ANSWER = "content/cases/a/answers/one.md";
    private static final String OTHER = "content/cases/a/answers/two.md";

    @TempDir
    Path site;

    private final ListingMemory memory = ListingMemory.kept();

    @BeforeEach
    void writeSite() throws IOException {
        write("content/cases/a/index.md", "---\ntitle: A\n---\nThe case.\n");
        write(ANSWER, "---\nauthor: One\n---\nFirst answer.\n");
        write(OTHER, "---\nauthor: Two\n---\nSecond answer.\n");
        write("content/cases/a/figure.png", "png");
        write("assets/site.css", "body {}");
        write("templates/page.ftl", "<#-- page -->");
        assertTrue(list(SourceChanges.UNKNOWN).full(), "the first listing walks every folder");
    }

    @Test
    void aNamedChangeToAListedFileIsStatedAloneAndTheRestTakenAsItWas() throws IOException {
        write(ANSWER, "---\nauthor: One\n---\nFirst answer, now longer.\n");
        write(OTHER, "---\nauthor: Two\n---\nChanged without being named.\n");
        ListingMemory.Listing listing = list(SourceChanges.exactly(Set.of(ANSWER)));
        assertFalse(listing.full());
        assertEquals(Files.size(site.resolve(ANSWER)), entry(listing, ANSWER).size());
        assertEquals("---\nauthor: Two\n---\nSecond answer.\n".length(), entry(listing, OTHER).size(),
                "a change nobody named is not looked for: the watcher names every change");
        assertTrue(list(SourceChanges.UNKNOWN).full());
        assertEquals(Files.size(site.resolve(OTHER)), entry(list(SourceChanges.exactly(Set.of())), OTHER).size());
    }

    @Test
    void anythingButAListedFileUnderContentIsListedAgainInFull() throws IOException {
        write("content/cases/a/answers/three.md", "---\nauthor: Three\n---\nNew.\n");
        assertWalks("content/cases/a/answers/three.md", "a new file");
        Files.delete(site.resolve(OTHER));
        assertWalks(OTHER, "a deleted file");
        assertWalks("content/cases/a/answers", "a folder");
        write("content/cases/a/answers/.one.md.swp", "swap");
        assertWalks("content/cases/a/answers/.one.md.swp", "a hidden file");
        assertWalks("assets/site.css", "an asset");
        assertWalks("templates/page.ftl", "a template");
        assertWalks("site-config.yml", "the configuration");
        assertWalks("(many files)", "lost events");
        assertTrue(list(SourceChanges.UNKNOWN).full(), "unknown changes");
        Files.delete(site.resolve(ANSWER));
        Files.createDirectories(site.resolve(ANSWER));
        assertWalks(ANSWER, "a file that became a folder");
    }

    @Test
    void aListingThatFollowedALinkOrFoundAProblemIsNotTrusted() throws IOException {
        Files.createSymbolicLink(site.resolve("content/cases/a/answers/linked.md"), site.resolve(OTHER));
        assertTrue(list(SourceChanges.UNKNOWN).full());
        assertTrue(list(SourceChanges.exactly(Set.of(ANSWER))).full(), "a link's target may change under its own name");
        Files.delete(site.resolve("content/cases/a/answers/linked.md"));
        Files.createSymbolicLink(site.resolve("content/cases/a/answers/outside.md"), site.getParent());
        assertTrue(list(SourceChanges.UNKNOWN).full());
        assertFalse(list(SourceChanges.UNKNOWN).problems().problems().isEmpty());
        assertTrue(list(SourceChanges.exactly(Set.of(ANSWER))).full(), "a listing with problems reports them from a new one");
        Files.delete(site.resolve("content/cases/a/answers/outside.md"));
        list(SourceChanges.UNKNOWN);
        Files.delete(site.resolve(ANSWER));
        Files.createSymbolicLink(site.resolve(ANSWER), site.resolve(OTHER));
        assertTrue(list(SourceChanges.exactly(Set.of(ANSWER))).full(), "a file that became a link");
    }

    @Test
    void aMemoryThatKeepsNothingListsInFullEveryTime() {
        ListingMemory none = ListingMemory.none();
        assertTrue(none.list(SiteFolder.of(site), SourceChanges.UNKNOWN).full());
        assertTrue(none.list(SiteFolder.of(site), SourceChanges.exactly(Set.of(ANSWER))).full());
    }

    @Test
    void aScanToldWhatChangedIsTheScanOfAFullListing() throws IOException {
        ContentScanner remembering = new ContentScanner(Memo.kept(), ListingMemory.kept());
        remembering.scan(site, SourceChanges.UNKNOWN, new ProblemCollector());
        write(ANSWER, "---\nauthor: One\n---\nFirst answer, edited.\n");
        assertSameScan(remembering, Set.of(ANSWER));
        write("content/cases/a/answers/misplaced/deeper.md", "not read here");
        assertSameScan(remembering, Set.of("content/cases/a/answers/misplaced", "content/cases/a/answers/misplaced/deeper.md"));
        Files.write(site.resolve(OTHER), new byte[] {'-', '-', '-', '\n', (byte) 0xC3, '\n'});
        assertSameScan(remembering, Set.of(OTHER));
        write("assets/more.css", "p {}");
        assertSameScan(remembering, Set.of("assets/more.css"));
    }

    private void assertSameScan(ContentScanner remembering, Set<String> changed) {
        ProblemCollector told = new ProblemCollector();
        SourceSet scanned = remembering.scan(site, SourceChanges.exactly(changed), told);
        ProblemCollector fresh = new ProblemCollector();
        SourceSet expected = new ContentScanner().scan(site, fresh);
        assertEquals(expected.sources(), scanned.sources(), () -> "after " + changed);
        assertEquals(expected.staticFiles(), scanned.staticFiles(), () -> "after " + changed);
        assertEquals(expected.besideFiles(), scanned.besideFiles(), () -> "after " + changed);
        assertEquals(fresh.report().formatLines(), told.report().formatLines(), () -> "after " + changed);
    }

    private void assertWalks(String changed, String what) {
        assertTrue(list(SourceChanges.exactly(Set.of(changed))).full(), what);
        assertFalse(list(SourceChanges.exactly(Set.of())).full(), what + ": the full listing is trusted again");
    }

    private ListingMemory.Listing list(SourceChanges changes) {
        return memory.list(SiteFolder.of(site), changes);
    }

    private static SiteFolder.Entry entry(ListingMemory.Listing listing, String path) {
        List<SiteFolder.Entry> found = listing.content().stream().filter(e -> e.path().equals(path)).toList();
        assertEquals(1, found.size(), path);
        return found.get(0);
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text);
    }
}
