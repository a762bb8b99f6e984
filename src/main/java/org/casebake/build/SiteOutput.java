package org.casebake.build;

import org.casebake.model.OutputFile;
import org.casebake.publish.PrivacyGuard;
import org.casebake.publish.SiteWriter;
import org.casebake.publish.StagedSite;
import org.casebake.search.SearchItem;
import org.casebake.search.SearchItems;
import org.casebake.source.Memo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Where the render, search index and static files stages hand each file of the site as they make
 * it: the privacy guard reads it, then it goes into the staging folder (a build that writes) or is
 * kept in memory (one that does not, as {@code casebake serve}'s). Of a written file only its path
 * and, when the build is to be recorded, its {@link SiteRecord#check} are kept, so a build's memory
 * does not grow with the size of its output. Closing it without {@link #publish()} deletes the
 * staging folder, leaving the output folder as it was.
 *
 * <p>{@link #accept} may be called from several threads at once.
 */
final class SiteOutput implements AutoCloseable {

    private final PrivacyGuard.Scan guard;
    private final Optional<StagedSite> staged;
    private final Optional<SiteWriter.PublishException> unwritable;
    private final boolean recording;
    private final boolean keeping;
    private final Map<String, OutputFile> inMemory = new ConcurrentHashMap<>();
    private final Map<String, byte[]> checks = new ConcurrentHashMap<>();
    private final AtomicInteger pages = new AtomicInteger();

    private SiteOutput(PrivacyGuard.Scan guard, Optional<StagedSite> staged, Optional<SiteWriter.PublishException> unwritable,
                       boolean recording) {
        this.guard = guard;
        this.staged = staged;
        this.unwritable = unwritable;
        this.recording = recording;
        // Neither staged nor refused: a build that does not write keeps its files.
        this.keeping = staged.isEmpty() && unwritable.isEmpty();
    }

    /** Files kept in memory, for a build that does not write. */
    static SiteOutput inMemory(PrivacyGuard.Scan guard) {
        return new SiteOutput(guard, Optional.empty(), Optional.empty(), false);
    }

    /** Files written into {@code staged}; with their checks kept when {@code recording}. */
    static SiteOutput staged(PrivacyGuard.Scan guard, StagedSite staged, boolean recording) {
        return new SiteOutput(guard, Optional.of(staged), Optional.empty(), recording);
    }

    /**
     * Files that cannot be written, as {@code why} says: the build still guards them (its problems
     * come first), and {@link #publish()} reports why.
     */
    static SiteOutput unwritable(PrivacyGuard.Scan guard, SiteWriter.PublishException why) {
        return new SiteOutput(guard, Optional.empty(), Optional.of(why), false);
    }

    /** Takes one file of the site. */
    void accept(OutputFile file) {
        // The index's packed data is guarded as the items' texts instead (guardIndexTexts).
        if (!SearchItems.isIndexData(file)) {
            guard.read(file);
        }
        if (file.path().endsWith(".html")) {
            pages.incrementAndGet();
        }
        staged.ifPresent(site -> site.write(file));
        if (keeping) {
            inMemory.put(file.path(), file);
        }
        if (recording) {
            checks.put(file.path(), SiteRecord.check(file.bytes()));
        }
    }

    /** Lets the guard read the text of every search item, as kept by {@code texts}. */
    void guardIndexTexts(List<SearchItem> items, Memo<SearchItem, OutputFile> texts) {
        IntStream.range(0, items.size()).parallel().forEach(i -> guard.read(SearchItems.asGuardedText(items.get(i), texts), i));
    }

    /** The guard's check of every file taken. */
    PrivacyGuard.Scan guard() {
        return guard;
    }

    /** Puts the staged site in place of the output folder; see {@link StagedSite#publish()}. */
    SiteWriter.Published publish() throws SiteWriter.PublishException {
        if (unwritable.isPresent()) {
            throw unwritable.get();
        }
        return staged.orElseThrow(() -> new IllegalStateException("a build that does not write has nothing to publish"))
                .publish();
    }

    /** The number of HTML files taken. */
    int pages() {
        return pages.get();
    }

    /** The files kept in memory, by path (none for a build that writes). */
    List<OutputFile> files() {
        return List.copyOf(new TreeMap<>(inMemory).values());
    }

    /** Each written file's check by path, when recording. */
    Map<String, byte[]> checks() {
        return new TreeMap<>(checks);
    }

    /** Deletes the staging folder unless the site was published. */
    @Override
    public void close() {
        staged.ifPresent(StagedSite::close);
    }
}
