package org.casebake.publish;

import org.casebake.model.OutputFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A site being written into its staging folder beside the output folder while the build still
 * produces it, so that no stage holds the whole site in memory. Nothing reaches the output folder
 * until {@link #publish()} swaps the staging folder in; {@link #close()} without a publish deletes
 * it, leaving the output folder as it was. Made by {@link SiteWriter#stage(Path)}. Files are written
 * before the privacy guard has reported on them, so the staging folder is its owner's only until
 * the swap ({@link StagingAccess}): a web server serving the output folder's parent cannot read it.
 *
 * <p>{@link #write} may be called from several threads at once. A file that cannot be written is
 * remembered, later files are not written, and {@link #publish()} reports it.
 */
public final class StagedSite implements AutoCloseable {

    private final PublishGate gate;
    private final Path target;
    private final Path staging;
    private final Path made;
    private final Path old;
    private final Optional<Path> previous;
    private final StagingAccess access;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private boolean published;

    /** @param made the staging folder, or the highest of its parents that staging made */
    StagedSite(PublishGate gate, Path target, Path staging, Path made, Path old, Optional<Path> previous, StagingAccess access) {
        this.gate = gate;
        this.access = access;
        this.target = target;
        this.staging = staging;
        this.made = made;
        this.old = old;
        this.previous = previous;
    }

    /** Writes one file of the site into the staging folder. */
    public void write(OutputFile file) {
        if (failure.get() != null) {
            return;
        }
        try {
            if (gate.isClosed()) {
                throw new IOException("interrupted");
            }
            Path path = staging.resolve(file.path());
            Path folder = path.getParent();
            if (folders.add(folder)) {
                Files.createDirectories(folder);
            }
            place(file, path);
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
    }

    /**
     * Puts the staged site in place of the output folder. Once this returns, the new site is in
     * place; when it throws, the output folder is as it was before and the staging folder is gone.
     */
    public SiteWriter.Published publish() throws SiteWriter.PublishException {
        IOException failed = failure.get();
        if (failed != null) {
            throw new SiteWriter.PublishException("cannot write the site: " + failed);
        }
        try {
            // Written last: a staging folder with the marker holds a whole site.
            Files.writeString(staging.resolve(SiteWriter.MARKER), SiteWriter.MARKER_TEXT);
            access.open(staging);
            if (!gate.swap(() -> SiteWriter.swapIn(staging, target, old))) {
                throw new SiteWriter.PublishException(
                        "interrupted before the new site was put in place; the output folder holds the previous site");
            }
        } catch (IOException e) {
            throw new SiteWriter.PublishException("cannot write the site: " + e.getMessage());
        }
        published = true;
        try {
            FolderTree.delete(old);
            return new SiteWriter.Published(Optional.empty());
        } catch (IOException e) {
            return new SiteWriter.Published(Optional.of(old));
        }
    }

    /** Deletes the staging folder, and the parents it needed, unless the site was published. */
    @Override
    public void close() {
        if (!published) {
            SiteWriter.quietlyDelete(made);
        }
    }

    /**
     * Puts one file into the staging folder. A file whose bytes the previous build already wrote
     * at the same path is linked to that file instead of written again: on the development
     * machine's file system creating a file took about 0.5 ms, most of a large site's publishing
     * time, while a link took 15 microseconds. The previous folder is deleted after the swap, so the
     * link is then the file's only name; where links are not possible, the file is written.
     */
    private void place(OutputFile file, Path path) throws IOException {
        if (previous.isPresent()) {
            Path before = previous.get().resolve(file.path());
            if (Files.isRegularFile(before, LinkOption.NOFOLLOW_LINKS) && Files.size(before) == file.bytes().length
                    && Arrays.equals(Files.readAllBytes(before), file.bytes())) {
                try {
                    Files.createLink(path, before);
                    return;
                } catch (IOException | UnsupportedOperationException e) {
                    // No links on this file system: write the file as usual.
                }
            }
        }
        Files.write(path, file.bytes());
    }
}
