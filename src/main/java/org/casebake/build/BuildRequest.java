package org.casebake.build;

import org.casebake.model.BuildOptions;

import java.nio.file.Path;

/**
 * What to build: the source folder, where the site goes, for whom, and whether to write it at all
 * ({@code casebake check} runs every stage but publish).
 */
public record BuildRequest(Path source, Path output, BuildOptions options, boolean write) {
}
