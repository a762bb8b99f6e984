package org.casebake.build;

import org.casebake.publish.FolderTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * A temporary folder of this process that another Casebake process may delete once this one is
 * gone, however it ended. A folder is held through a lock on a file inside it, which the operating
 * system lets go of when the process ends, even when it is killed outright ({@code kill -9}, a CI
 * runner's time-out) and no clean-up code runs. Making a folder first deletes the leftovers of such
 * ends: a folder of the same kind whose lock can be taken, made more than {@link #SETTLED} ago (so
 * never one whose owner is still setting it up). Folders without a lock file are left alone.
 */
final class WorkFolder implements AutoCloseable {

    /** The file inside the folder whose lock says that its owner still runs. */
    static final String IN_USE = ".casebake-in-use";
    /** How old a folder must be before a lock free to take means that its owner has gone. */
    static final Duration SETTLED = Duration.ofMinutes(1);

    private final Path folder;
    private final FileChannel lockFile;

    private WorkFolder(Path folder, FileChannel lockFile) {
        this.folder = folder;
        this.lockFile = lockFile;
    }

    /** A new folder named {@code prefix}... in the system's temporary folder, after deleting leftovers. */
    static WorkFolder create(String prefix) {
        return create(Path.of(System.getProperty("java.io.tmpdir")), prefix, Instant.now());
    }

    /** A new folder named {@code prefix}... in {@code parent}, after deleting leftovers older than {@code now - SETTLED}. */
    static WorkFolder create(Path parent, String prefix, Instant now) {
        deleteLeftovers(parent, prefix, now.minus(SETTLED));
        try {
            Path folder = Files.createTempDirectory(parent, prefix);
            FileChannel channel = FileChannel.open(folder.resolve(IN_USE), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return new WorkFolder(folder, channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder. */
    Path path() {
        return folder;
    }

    /** Lets go of the folder and deletes it; a folder that cannot be deleted is left for a later sweep. */
    @Override
    public void close() {
        try {
            lockFile.close();
        } catch (IOException e) {
            // Closing releases the lock whatever else goes wrong.
        }
        deleteQuietly(folder);
    }

    private static void deleteLeftovers(Path parent, String prefix, Instant settledBefore) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path folder : folders) {
                if (isLeftover(folder, settledBefore)) {
                    deleteQuietly(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A temporary folder that cannot be listed holds no leftovers to delete.
        }
    }

    /** Whether {@code folder} was settled before {@code settledBefore} and no process holds it any more. */
    private static boolean isLeftover(Path folder, Instant settledBefore) {
        try {
            FileTime made = Files.getLastModifiedTime(folder);
            if (!made.toInstant().isBefore(settledBefore)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(folder.resolve(IN_USE), StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return false;
                }
                lock.release();
                return true;
            }
        } catch (OverlappingFileLockException e) {
            return false; // held by this very process
        } catch (NoSuchFileException e) {
            return false; // not a folder of this kind, or one gone already
        } catch (IOException e) {
            return false; // someone else's, or not ours to judge
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            FolderTree.delete(folder);
        } catch (IOException e) {
            // Left for a later sweep.
        }
    }
}
