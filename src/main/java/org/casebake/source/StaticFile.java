package org.casebake.source;

import java.nio.file.Path;

/**
 * A file copied into the site as it is: a stylesheet, script or image from {@code assets/}.
 *
 * @param sitePath where it goes in the output, relative, with forward slashes
 * @param file     where it is read from
 */
public record StaticFile(String sitePath, Path file) {
}
