package org.casebake.publish;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may read the staging folder. It holds files the privacy guard has not yet reported on, so it
 * is made readable by its owner only; once the guard has passed them, just before the swap, it gets
 * the permissions the output folder had (or, for a first build, those a new folder gets), so the
 * published site reads as before. Where the file system has no POSIX permissions, nothing changes.
 */
final class StagingAccess {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Optional<Set<PosixFilePermission>> published;

    private StagingAccess(Optional<Set<PosixFilePermission>> published) {
        this.published = published;
    }

    /** The access for a site replacing {@code previous}, if there is one. */
    static StagingAccess of(Optional<Path> previous) throws IOException {
        if (!POSIX) {
            return new StagingAccess(Optional.empty());
        }
        return new StagingAccess(previous.isPresent() ? Optional.of(Files.getPosixFilePermissions(previous.get())) : Optional.empty());
    }

    /** Creates {@code staging} readable by its owner only. */
    void createClosed(Path staging) throws IOException {
        if (!POSIX) {
            Files.createDirectory(staging);
            return;
        }
        Files.createDirectory(staging, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        // The umask may have taken bits away, never added any; set exactly what is meant.
        Files.setPosixFilePermissions(staging, OWNER_ONLY);
    }

    /** Gives {@code staging} the permissions of the site it replaces, or of a new folder beside it. */
    void open(Path staging) throws IOException {
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> wanted = published.isPresent() ? published.get() : newFolderPermissions(staging.getParent());
        Files.setPosixFilePermissions(staging, wanted);
    }

    /** The permissions a folder created now beside {@code staging} gets (the process's umask applied). */
    private static Set<PosixFilePermission> newFolderPermissions(Path parent) throws IOException {
        // Not Files.createTempDirectory: it makes folders readable by their owner only, whatever the umask.
        Path probe = Files.createDirectory(parent.resolve(".casebake-mode-" + UUID.randomUUID()));
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }
}
