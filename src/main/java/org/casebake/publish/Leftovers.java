package org.casebake.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folders publishing keeps beside an output folder {@code site}: {@code .site.new-<token>} (the
 * site being staged) and {@code .site.old-<token>} (the previous site, moved aside by the swap).
 * A build that completes removes both; one that was interrupted or could not delete the previous
 * site leaves them, and the next build removes them before it starts publishing.
 */
final class Leftovers {

    private final Path target;
    private final Pattern staged;
    private final Pattern movedAside;

    /** The folders kept beside {@code target} (absolute and normalised). */
    Leftovers(Path target) {
        this.target = target;
        String name = Pattern.quote("." + target.getFileName());
        this.staged = Pattern.compile(name + "\\.new-[0-9a-f]{8}");
        this.movedAside = Pattern.compile(name + "\\.old-[0-9a-f]{8}");
    }

    /** Where a site is staged. */
    Path staging(String token) {
        return target.resolveSibling("." + target.getFileName() + ".new-" + token);
    }

    /** Where the previous site is moved aside to. */
    Path old(String token) {
        return target.resolveSibling("." + target.getFileName() + ".old-" + token);
    }

    /**
     * A build killed between the swap's two renames leaves no output folder and the previous site
     * moved aside: it is put back, so the output folder again holds a whole site.
     */
    void restoreInterruptedSwap() throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> aside = matching(movedAside).stream()
                .filter(p -> Files.isRegularFile(p.resolve(SiteWriter.MARKER), LinkOption.NOFOLLOW_LINKS)).toList();
        if (aside.size() == 1) {
            FolderTree.move(aside.get(0), target);
        }
    }

    /** Deletes every staged or moved-aside folder an earlier build left. */
    void remove() throws IOException {
        for (Path folder : matching(staged)) {
            FolderTree.delete(folder);
        }
        for (Path folder : matching(movedAside)) {
            FolderTree.delete(folder);
        }
    }

    private List<Path> matching(Pattern pattern) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.filter(p -> pattern.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }
}
