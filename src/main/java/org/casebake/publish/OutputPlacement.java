package org.casebake.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an output folder may not be: inside what a build reads ({@code content/}, {@code assets/},
 * {@code templates/}, {@code site-config.yml}), the site folder itself, or a folder holding the site
 * folder. A site published there would be read back as source by the next build, or the swap that
 * publishes it would move the sources away. Paths are compared as the file system resolves them, so
 * a relative spelling, {@code ..} or a symbolic link on the way cannot hide the overlap.
 */
public final class OutputPlacement {

    /** The parts of a site folder that builds read. */
    private static final List<String> READ_BY_BUILDS = List.of("content", "assets", "templates", "messages", "site-config.yml");

    private OutputPlacement() {
    }

    /** Why {@code output} may not receive the site built from {@code source}, or empty when it may. */
    public static Optional<String> refusal(Path source, Path output) {
        return overlap(source, resolved(output), true);
    }

    /**
     * Why {@code cache} may not hold the build cache of the site built from {@code source} into
     * {@code output}, or empty when it may: not inside the output, whose files are published, not
     * inside what builds read as source, and not the site folder itself.
     */
    public static Optional<String> cacheRefusal(Path source, Path output, Path cache) {
        Path at = resolved(cache);
        for (Path out : spellings(output)) {
            if (at.startsWith(out)) {
                return Optional.of("it is inside the output folder, which is published");
            }
        }
        return overlap(source, at, false);
    }

    /**
     * Why {@code path} overlaps the site folder {@code source}: it is the folder itself, inside what
     * builds read, or (when {@code replaced}, as an output folder is) a folder holding it.
     */
    private static Optional<String> overlap(Path source, Path path, boolean replaced) {
        for (Path site : spellings(source)) {
            if (path.equals(site)) {
                return Optional.of("it is the site folder itself");
            }
            if (replaced && site.startsWith(path)) {
                return Optional.of("it holds the site folder, which publishing would replace");
            }
            for (String part : READ_BY_BUILDS) {
                for (Path read : spellings(site.resolve(part))) {
                    if (path.startsWith(read)) {
                        return Optional.of("it is inside " + part + (part.contains(".") ? "" : "/")
                                + ", which every build reads as source");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A path as written (made absolute) and as the file system resolves it, when that differs. */
    private static List<Path> spellings(Path path) {
        List<Path> all = new ArrayList<>();
        all.add(path.toAbsolutePath().normalize());
        Path real = resolved(path);
        if (!all.contains(real)) {
            all.add(real);
        }
        return all;
    }

    /**
     * {@code path} with every symbolic link and {@code ..} that exists resolved: the longest part
     * that exists is asked of the file system, the rest (which does not exist yet, so holds no link)
     * is appended and normalised.
     */
    static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        Path rest = absolute.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            // A dangling link or an unreadable folder: compare the path as written.
            return absolute.normalize();
        }
    }
}
