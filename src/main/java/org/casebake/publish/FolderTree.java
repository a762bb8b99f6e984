package org.casebake.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * The two folder operations Casebake needs in more than one place: deleting a whole tree (links in
 * it are deleted, never followed) and moving a file or folder in one step where the file system can.
 */
public final class FolderTree {

    private FolderTree() {
    }

    /** Deletes {@code folder} and everything below it; nothing happens if it does not exist. */
    public static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Moves {@code from} to {@code to} atomically where the file system can (readers see the old or
     * the new, never neither), else as a plain move; {@code options} apply either way.
     */
    public static void move(Path from, Path to, CopyOption... options) throws IOException {
        CopyOption[] atomic = Stream.concat(Stream.of(options), Stream.of(StandardCopyOption.ATOMIC_MOVE))
                .toArray(CopyOption[]::new);
        try {
            Files.move(from, to, atomic);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, options);
        }
    }
}
