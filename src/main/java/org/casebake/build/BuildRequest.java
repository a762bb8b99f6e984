package org.casebake.build;

import org.casebake.model.BuildOptions;
import org.casebake.source.SourceChanges;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to build: the source folder, where the site goes, for whom, whether to write it at all
 * ({@code casebake check} runs every stage but publish), whether to warn of near-duplicate answers,
 * and what changed in the source folder since the previous build, when the caller knows (the
 * preview's watcher does: its rebuilds then list only the changed files again).
 */
public record BuildRequest(Path source, Path output, BuildOptions options, boolean write, boolean findNearDuplicates,
                           SourceChanges changes) {

    public BuildRequest {
        Objects.requireNonNull(changes, "changes");
    }

    /** A request that does not say what changed. */
    public BuildRequest(Path source, Path output, BuildOptions options, boolean write, boolean findNearDuplicates) {
        this(source, output, options, write, findNearDuplicates, SourceChanges.UNKNOWN);
    }

    /** A request that does not look for near-duplicate answers nor say what changed. */
    public BuildRequest(Path source, Path output, BuildOptions options, boolean write) {
        this(source, output, options, write, false);
    }

    /** This request, knowing that {@code changed} is what changed since the previous build. */
    public BuildRequest after(SourceChanges changed) {
        return new BuildRequest(source, output, options, write, findNearDuplicates, changed);
    }
}
