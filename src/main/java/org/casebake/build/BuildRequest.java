package org.casebake.build;

import org.casebake.model.BuildOptions;

import java.nio.file.Path;

/**
 * What to build: the source folder, where the site goes, for whom, whether to write it at all
 * ({@code casebake check} runs every stage but publish), and whether to warn of near-duplicate answers.
 */
public record BuildRequest(Path source, Path output, BuildOptions options, boolean write, boolean findNearDuplicates) {

    /** A request that does not look for near-duplicate answers. */
    public BuildRequest(Path source, Path output, BuildOptions options, boolean write) {
        this(source, output, options, write, false);
    }
}
