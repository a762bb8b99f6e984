package org.casebake.source;

import java.nio.file.Path;

/**
 * A file copied into the site as it is: a stylesheet or script from {@code assets/}, or an image that
 * sits beside a case's {@code index.md}.
 *
 * @param sitePath where it goes in the output, relative, with forward slashes
 * @param file     where it is read from
 */
public record StaticFile(String sitePath, Path file) {
}
