package org.casebake.build;

import org.casebake.model.BuildOptions;
import org.casebake.parse.Markdown;
import org.casebake.parse.RenderedText;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A folder, outside the output and the sources, where one-off builds keep what a later build of the
 * same content may reuse: each Markdown body's rendering, by the digest of its text, and the
 * {@link SiteRecord} of the last clean build. Each file belongs to one set of build options
 * ({@code markdown-student.bin}, {@code site-instructor-drafts.bin}, ...), so a student build never reads what an instructor
 * build rendered (teaching notes), and its header names the Casebake code that wrote it: a file from
 * other code, or a damaged one, is ignored and replaced. The folder is created readable by its
 * owner only, and each file too, as an instructor build's entries hold teaching notes.
 *
 * <p>A cache can only make a build faster: reading or writing it never fails a build, and a build
 * with it gives the same bytes as one without. Files are written to a temporary name and renamed
 * into place, so a build that stops half-way, or two at once, leave a whole file or the old one.
 */
public final class BuildCache {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;
    private final String identity;

    private BuildCache(Path folder, String identity) {
        this.folder = folder;
        this.identity = identity;
    }

    /** No cache: every build renders everything. */
    public static BuildCache none() {
        return new BuildCache(null, "");
    }

    /**
     * The cache in {@code folder} (created when first written) for the Casebake code {@code identity}:
     * a text that changes whenever the code may render differently (version, commit, the jar itself).
     */
    public static BuildCache in(Path folder, String identity) {
        return new BuildCache(folder, identity);
    }

    /** The folder, if this is a cache at all. */
    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** {@code renderer} with the bodies this cache holds for {@code options} already rendered. */
    CachedMarkdown markdown(BuildOptions options, Markdown renderer) {
        if (folder == null) {
            return CachedMarkdown.without(renderer);
        }
        Map<CachedMarkdown.Digest, RenderedText> stored = Map.of();
        try {
            Path file = markdownFile(options);
            if (Files.isRegularFile(file)) {
                stored = MarkdownEntries.decode(Files.readAllBytes(file), identity, scope(options)).orElse(Map.of());
            }
        } catch (IOException | OutOfMemoryError e) {
            // An unreadable cache is no cache: everything is rendered.
        }
        return CachedMarkdown.over(renderer, stored);
    }

    /** Writes the bodies {@code used} rendered for {@code options}, unless the cache already holds exactly those. */
    void keep(BuildOptions options, CachedMarkdown used) {
        if (folder == null || !used.keeping() || used.unchanged()) {
            return;
        }
        try {
            write(markdownFile(options), MarkdownEntries.encode(identity, scope(options), used.used()));
        } catch (IOException | RuntimeException e) {
            // Not kept this time; the next build renders again and tries again.
        }
    }

    /**
     * The result of the last clean build with {@code options} when {@code inputs} are what it read
     * and {@code output} still holds exactly what it wrote; empty otherwise.
     */
    Optional<SiteRecord> unchangedSite(BuildOptions options, SiteRecord.Inputs inputs, Path output) {
        try {
            Path file = siteFile(options);
            if (folder == null || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return SiteRecord.decode(Files.readAllBytes(file), identity, scope(options))
                    .filter(site -> Arrays.equals(site.inputs(), inputs.digest()) && site.stillIn(output));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Records a clean build's site, or forgets the last one when {@code site} is empty (a build with problems). */
    void keep(BuildOptions options, Optional<SiteRecord> site) {
        if (folder == null) {
            return;
        }
        try {
            if (site.isPresent()) {
                write(siteFile(options), site.get().encode(identity, scope(options)));
            } else {
                Files.deleteIfExists(siteFile(options));
            }
        } catch (IOException | RuntimeException e) {
            // Not kept: the next build builds everything.
        }
    }

    private Path siteFile(BuildOptions options) {
        return folder.resolve("site-" + scope(options) + ".bin");
    }

    private Path markdownFile(BuildOptions options) {
        return folder.resolve("markdown-" + scope(options) + ".bin");
    }

    /** The build options an entry depends on, as a name. */
    private static String scope(BuildOptions options) {
        return options.audience().name().toLowerCase(Locale.ROOT) + (options.withDrafts() ? "-drafts" : "");
    }

    private void write(Path file, byte[] bytes) throws IOException {
        // A folder the user made keeps its permissions; the files in it are the owner's only either way.
        Files.createDirectories(folder, ownerOnly("rwx------"));
        Path temp = Files.createTempFile(folder, ".cache-", ".tmp", ownerOnly("rw-------"));
        try {
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
