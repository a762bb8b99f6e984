package org.casebake.publish;

import org.casebake.model.OutputFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The only stage that writes: puts the site, file by file as the build produces it, into a fresh
 * folder beside the output folder ({@link StagedSite}), then swaps it in. A failed or interrupted build never leaves a half-written site, and files from
 * an earlier build never survive a successful one.
 *
 * <p>The swap is two renames (the output folder aside, the new one in its place) run inside a
 * {@link PublishGate}, so a Ctrl-C or SIGTERM either stops publishing before the swap or waits for
 * the swap to finish: the output folder is the whole previous site or the whole new one. Whatever an
 * interrupted or failed build leaves beside the output folder ({@code .site.new-*}, {@code .site.old-*})
 * is removed by the next build; if a build was killed between the two renames, the next build
 * first puts the previous site back.
 *
 * <p>To avoid deleting a folder Casebake did not make, an existing output folder is replaced only
 * when it is empty or carries the marker file {@value #MARKER} from an earlier build.
 */
public final class SiteWriter {

    /** The file that marks a folder as Casebake's output, safe to replace. */
    public static final String MARKER = ".casebake-site";

    /** What the marker file says. */
    public static final String MARKER_TEXT = "Built by Casebake. This folder is replaced on every build.\n";

    private final PublishGate gate;

    /** A writer that nothing interrupts. */
    public SiteWriter() {
        this(new PublishGate());
    }

    /** A writer whose swap a shutdown hook can hold back through {@code gate}. */
    public SiteWriter(PublishGate gate) {
        this.gate = gate;
    }

    /** Raised when the output folder cannot be written or replaced; the message does not repeat its path. */
    public static final class PublishException extends Exception {
        PublishException(String message) {
            super(message);
        }
    }

    /**
     * A published site.
     *
     * @param leftover the previous site's folder, moved aside but not deleted (the next build removes it)
     */
    public record Published(Optional<Path> leftover) {
    }

    /**
     * Writes {@code files} as the complete content of {@code output}. Once this returns, the new
     * site is in place; when it throws, the output folder is as it was before.
     */
    public Published publish(List<OutputFile> files, Path output) throws PublishException {
        try (StagedSite staged = stage(output)) {
            // Creating thousands of small files is system-call bound; two writers keep both cores busy.
            files.parallelStream().forEach(staged::write);
            return staged.publish();
        }
    }

    /**
     * Begins a site for {@code output}: tidies what earlier builds left beside it, checks that it
     * may be replaced, and makes the staging folder the site's files are written into one by one.
     * The output folder is not touched until {@link StagedSite#publish()}; closing the staged site
     * without publishing it deletes the staging folder.
     */
    public StagedSite stage(Path output) throws PublishException {
        Path target = output.toAbsolutePath().normalize();
        Leftovers leftovers = new Leftovers(target);
        try {
            leftovers.restoreInterruptedSwap();
            leftovers.remove();
        } catch (IOException e) {
            throw new PublishException("cannot tidy what an earlier build left beside the output folder: " + e.getMessage());
        }
        checkReplaceable(target);
        String token = UUID.randomUUID().toString().substring(0, 8);
        Path staging = leftovers.staging(token);
        gate.staging(staging);
        // A build that fails leaves no folder it made, the output folder's missing parents included.
        Path made = staging;
        while (made.getParent() != null && !Files.exists(made.getParent(), LinkOption.NOFOLLOW_LINKS)) {
            made = made.getParent();
        }
        Optional<Path> previous = Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        try {
            Files.createDirectories(staging.getParent());
            StagingAccess access = StagingAccess.of(previous);
            access.createClosed(staging);
            return new StagedSite(gate, target, staging, made, leftovers.old(token), previous, access);
        } catch (IOException e) {
            quietlyDelete(made);
            throw new PublishException("cannot write the site: " + e.getMessage());
        }
    }

    /** The previous site aside, the new one in its place; if the second rename fails, the first is undone. */
    static void swapIn(Path staging, Path target, Path old) throws IOException {
        boolean hadSite = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (hadSite) {
            FolderTree.move(target, old);
        }
        try {
            FolderTree.move(staging, target);
        } catch (IOException e) {
            if (hadSite) {
                FolderTree.move(old, target);
            }
            throw e;
        }
    }

    private static void checkReplaceable(Path target) throws PublishException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new PublishException("the output exists and is not a folder");
        }
        try (var entries = Files.list(target)) {
            if (entries.findAny().isPresent() && !Files.exists(target.resolve(MARKER))) {
                throw new PublishException("the output folder is not empty and was not built by Casebake;"
                        + " choose another --output folder or empty this one");
            }
        } catch (IOException e) {
            throw new PublishException("cannot read the output folder: " + e.getMessage());
        }
    }

    /** Deletes {@code dir} if it can; what is left is removed by the next build. */
    static void quietlyDelete(Path dir) {
        try {
            FolderTree.delete(dir);
        } catch (IOException ignored) {
            // Best effort: a leftover hidden staging folder is harmless and removed by hand.
        }
    }
}
