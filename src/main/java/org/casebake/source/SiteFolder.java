package org.casebake.source;

import org.casebake.problem.ProblemCollector;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The site's source folder as Casebake may read it: every read of a course's files goes through
 * here, so that a symbolic link cannot carry a build outside the site.
 *
 * <p>A symbolic link is read as the file it points at only when that file lies in one of the
 * folders Casebake reads ({@code content/}, {@code assets/}, {@code templates/}, {@code messages/}) of the same site
 * and is not hidden; the link's own place decides what the file is. Any other link (to a file
 * outside the site folder, to {@code site-config.yml} or elsewhere in the site, to a folder, or to
 * nothing) is an error naming the link, and nothing it points at is read. The file that is read is
 * the link's resolved target, opened without following links, so a link put in its place later is
 * not followed either.
 */
public final class SiteFolder {

    /** The folders of a site whose files Casebake reads, and so the only places a link may lead to. */
    private static final Set<String> READ_FOLDERS = Set.of("content", "assets", "templates", "messages");

    private final Path root;
    private final Path realRoot;
    /** What the path of each file below {@code root} starts with: the folder's path and a separator, or nothing. */
    private final String rootPrefix;

    private SiteFolder(Path root, Path realRoot) {
        this.root = root;
        this.realRoot = realRoot;
        String folder = root.toString();
        this.rootPrefix = folder.isEmpty() ? "" : folder.endsWith(root.getFileSystem().getSeparator()) ? folder
                : folder + root.getFileSystem().getSeparator();
    }

    /** The site folder {@code root}; where it does not exist, one in which every file is missing. */
    public static SiteFolder of(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root.toAbsolutePath().normalize();
        }
        return new SiteFolder(root, real);
    }

    /**
     * A file as the file system describes it; a save changes at least its modification time.
     *
     * @param path     the path relative to the site folder, forward slashes: where the file counts as being
     * @param file     the file to read: the file itself, or a link's target inside the site
     * @param size     its size in bytes
     * @param modified its modification time
     * @param identity the file system's key for it (inode), or null if there is none
     */
    public record Entry(String path, Path file, long size, FileTime modified, Object identity) {
    }

    /**
     * The regular files below the folder {@code folder} (relative to the site folder), sorted by
     * path, hidden files and folders left out. Links that may not be followed are reported to
     * {@code problems} and left out; when the folder itself is such a link, nothing is listed.
     */
    public List<Entry> files(String folder, ProblemCollector problems) {
        Path dir = root.resolve(folder);
        if (Files.isSymbolicLink(dir)) {
            reportLink(folder, "to a folder", problems);
            return List.of();
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<Entry> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path sub, BasicFileAttributes attrs) {
                    return sub.equals(dir) || !isHiddenName(sub) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                // A hidden folder's subtree is skipped, so a file below a visited folder is hidden by its own name only.
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHiddenName(file)) {
                        entry(file, attrs, problems).ifPresent(files::add);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(Entry::path));
        return files;
    }

    /**
     * The single file {@code path} (relative to the site folder, such as {@code site-config.yml}):
     * empty when it does not exist or is a link that may not be followed (reported).
     */
    public Optional<Entry> file(String path, ProblemCollector problems) {
        Path file = root.resolve(path);
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return entry(file, attrs, problems);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code entry} is read through a symbolic link: its file is not at its own path. */
    public boolean isLinked(Entry entry) {
        return !entry.file().equals(root.resolve(entry.path()));
    }

    /** Reads an entry's bytes; the file is opened without following a link. */
    public static byte[] read(Entry entry) throws IOException {
        return read(entry.file());
    }

    /** Reads a file this class listed ({@link Entry#file()}); it is opened without following a link. */
    public static byte[] read(Path file) throws IOException {
        try (InputStream in = Channels.newInputStream(
                Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            return in.readAllBytes();
        }
    }

    private Optional<Entry> entry(Path file, BasicFileAttributes attrs, ProblemCollector problems) {
        String path = relative(file);
        if (attrs.isRegularFile()) {
            return Optional.of(new Entry(path, file, attrs.size(), attrs.lastModifiedTime(), attrs.fileKey()));
        }
        if (!attrs.isSymbolicLink()) {
            return Optional.empty();
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            reportLink(path, "nowhere", problems);
            return Optional.empty();
        }
        if (!target.startsWith(realRoot)) {
            reportLink(path, "outside the site folder", problems);
            return Optional.empty();
        }
        BasicFileAttributes targetAttrs;
        try {
            targetAttrs = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            reportLink(path, "nowhere", problems);
            return Optional.empty();
        }
        Path inSite = realRoot.relativize(target);
        if (targetAttrs.isDirectory()) {
            reportLink(path, "to a folder", problems);
            return Optional.empty();
        }
        if (!targetAttrs.isRegularFile() || inSite.getNameCount() < 2
                || !READ_FOLDERS.contains(inSite.getName(0).toString()) || isHidden(inSite)) {
            reportLink(path, "to a file Casebake does not read (" + inSite.toString().replace('\\', '/') + ")", problems);
            return Optional.empty();
        }
        return Optional.of(new Entry(path, target, targetAttrs.size(), targetAttrs.lastModifiedTime(), targetAttrs.fileKey()));
    }

    private static void reportLink(String path, String leadsTo, ProblemCollector problems) {
        problems.error(path, "symbolic link leads " + leadsTo + "; Casebake does not follow it",
                "a link may lead only to a file in this site's content/, assets/ or templates/; copy the file here instead");
    }

    /**
     * {@code file}'s path from the site folder, forward slashes. Every file here was reached from the
     * site folder's path, so its path is cut from its name, which costs less than a path's
     * {@code relativize} (a scan does it for each of a course's files).
     */
    private String relative(Path file) {
        String name = file.toString();
        String path = name.startsWith(rootPrefix) ? name.substring(rootPrefix.length()) : root.relativize(file).toString();
        return path.replace('\\', '/');
    }

    private static boolean isHiddenName(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
