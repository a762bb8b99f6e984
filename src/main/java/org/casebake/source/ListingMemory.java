package org.casebake.source;

import org.casebake.problem.ProblemCollector;
import org.casebake.problem.ProblemReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The folders' listing a scan made, kept by a rebuilding build ({@code casebake serve}) so that a
 * rebuild told exactly which files changed stats only those instead of walking some ten thousand
 * files again (on a course of that size, most of the scan's time, spent in the kernel).
 *
 * <p>The last listing is trusted only when every changed path is a file it listed under
 * {@code content/} that is still a regular file of its own. Anything else is listed again in full: a
 * change it does not name, a new, deleted or hidden file, a folder, a file outside {@code content/}
 * ({@code assets/}, {@code templates/}, {@code site-config.yml}, ...), a listing that had problems
 * or followed a symbolic link (whose target may change under another name), or a scan that did not
 * finish. A memory made by {@link #none()} lists in full every time.
 */
public final class ListingMemory {

    /** JBake's settings file, which the template engine reads from the site folder when present. */
    private static final String JBAKE_PROPERTIES = "jbake.properties";

    private final boolean remembering;
    private Listing last;

    private ListingMemory(boolean remembering) {
        this.remembering = remembering;
    }

    /** A memory that keeps the last listing. */
    public static ListingMemory kept() {
        return new ListingMemory(true);
    }

    /** A memory that keeps nothing: every scan lists every folder. */
    public static ListingMemory none() {
        return new ListingMemory(false);
    }

    /**
     * What a scan lists: the files under {@code content/} and {@code assets/}, sorted by path, and the
     * problems listing them (and {@code templates/} and {@value #JBAKE_PROPERTIES}) found.
     *
     * @param content  the files under {@code content/}
     * @param assets   the files under {@code assets/}
     * @param problems the links that may not be followed, and such
     * @param full     whether this listing walked every folder (false when only changed files were stat'ed)
     */
    record Listing(List<SiteFolder.Entry> content, List<SiteFolder.Entry> assets, ProblemReport problems, boolean full) {

        public Listing {
            content = List.copyOf(content);
            assets = List.copyOf(assets);
        }
    }

    /** The listing of {@code site} now, given what changed since the last one. */
    Listing list(SiteFolder site, SourceChanges changes) {
        Listing before = last;
        // Forgotten until this listing is made: a scan that stops half-way must not leave a listing
        // that the changes it was told of are missing from.
        last = null;
        Listing now = Optional.ofNullable(before).flatMap(kept -> changes.paths().flatMap(paths -> again(site, kept, paths)))
                .orElseGet(() -> full(site));
        // A listing made again from a kept one follows no link: the kept one did not, nor may a file stat'ed again.
        if (remembering && now.problems().problems().isEmpty() && (!now.full() || followsNoLink(site, now))) {
            last = now;
        }
        return now;
    }

    private static boolean followsNoLink(SiteFolder site, Listing listing) {
        return listing.content().stream().noneMatch(site::isLinked) && listing.assets().stream().noneMatch(site::isLinked);
    }

    private static Listing full(SiteFolder site) {
        ProblemCollector problems = new ProblemCollector();
        List<SiteFolder.Entry> content = site.files(ContentLayout.CONTENT, problems);
        List<SiteFolder.Entry> assets = site.files("assets", problems);
        // Templates are read when the theme is prepared, after the scan; their links are judged here.
        site.files("templates", problems);
        site.file(JBAKE_PROPERTIES, problems);
        return new Listing(content, assets, problems.report(), true);
    }

    /** {@code before} with each of {@code changed} stat'ed again, if that is all that can have changed. */
    private static Optional<Listing> again(SiteFolder site, Listing before, Set<String> changed) {
        List<SiteFolder.Entry> content = new ArrayList<>(before.content());
        for (String path : changed) {
            // Anything outside content/ is not in this list either.
            int at = indexOf(content, path);
            if (at < 0) {
                return Optional.empty();
            }
            ProblemCollector problems = new ProblemCollector();
            Optional<SiteFolder.Entry> now = site.file(path, problems);
            if (now.isEmpty() || !problems.report().problems().isEmpty() || site.isLinked(now.get())) {
                return Optional.empty();
            }
            content.set(at, now.get());
        }
        return Optional.of(new Listing(content, before.assets(), before.problems(), false));
    }

    /** Where {@code path} is in {@code files}, sorted by path; negative when it is not there. */
    private static int indexOf(List<SiteFolder.Entry> files, String path) {
        int low = 0;
        int high = files.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = files.get(middle).path().compareTo(path);
            if (order == 0) {
                return middle;
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }
}
