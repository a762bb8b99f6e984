package org.casebake.build;

import org.casebake.publish.FolderTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A temporary folder of this process that another Casebake process may delete once this one is
 * gone, however it ended. A folder is held through a lock on a file inside it, which the operating
 * system lets go of when the process ends, even when it is killed outright ({@code kill -9}, a CI
 * runner's time-out) and no clean-up code runs. Making a folder also deletes the leftovers of such
 * ends: a folder of the same kind whose lock can be taken, made more than {@link #SETTLED} ago (so
 * never one whose owner is still setting it up), the same user's and writable by no one else. Links
 * and folders without a lock file are left alone.
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

    /** A new folder named {@code prefix}... in {@code parent}; then deletes leftovers settled before {@code now - SETTLED}. */
    static WorkFolder create(Path parent, String prefix, Instant now) {
        Path folder;
        try {
            folder = Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            FileChannel channel = FileChannel.open(folder.resolve(IN_USE), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            WorkFolder made = new WorkFolder(folder, channel);
            deleteLeftovers(made, parent, prefix, now.minus(SETTLED));
            return made;
        } catch (IOException e) {
            deleteQuietly(folder);
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

    /**
     * Deletes the leftovers beside {@code made}: only real folders (not links) that belong to the same
     * user as {@code made} and that no one else may write to, so that no one can make this process
     * delete anything but its own kind's leftovers.
     */
    private static void deleteLeftovers(WorkFolder made, Path parent, String prefix, Instant settledBefore) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, prefix + "*")) {
            UserPrincipal owner = Files.getOwner(made.folder, LinkOption.NOFOLLOW_LINKS);
            for (Path folder : folders) {
                if (!folder.equals(made.folder) && isLeftover(folder, owner, settledBefore)) {
                    deleteQuietly(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A temporary folder that cannot be listed holds no leftovers to delete.
        }
    }

    /**
     * Whether {@code folder} is this user's own folder of this kind, settled before {@code settledBefore},
     * that no process holds any more.
     */
    private static boolean isLeftover(Path folder, UserPrincipal owner, Instant settledBefore) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory() || !attributes.lastModifiedTime().toInstant().isBefore(settledBefore)
                    || !owner.equals(Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS)) || othersMayWrite(folder)
                    || !Files.isRegularFile(folder.resolve(IN_USE), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(folder.resolve(IN_USE), StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    return false;
                }
                lock.release();
                return true;
            }
        } catch (OverlappingFileLockException e) {
            return false; // held by this very process
        } catch (IOException | UnsupportedOperationException e) {
            return false; // gone already, or not ours to judge
        }
    }

    /** Whether anyone but the owner may write in {@code folder} (never on a file system without POSIX permissions). */
    private static boolean othersMayWrite(Path folder) throws IOException {
        if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
        return permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static void deleteQuietly(Path folder) {
        try {
            FolderTree.delete(folder);
        } catch (IOException e) {
            // Left for a later sweep.
        }
    }
}
