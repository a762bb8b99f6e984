package org.casebake.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a build wrote into its output folder: how many files, how many of them HTML pages, how many bytes.
 *
 * @param files     regular files in the folder tree
 * @param htmlPages files ending in {@code .html}
 * @param bytes     their total size
 */
public record SiteTally(long files, long htmlPages, long bytes) {

    /** Counts the output folder; an absent folder counts as empty. */
    public static SiteTally of(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new SiteTally(0, 0, 0);
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            long pages = files.stream().filter(f -> f.getFileName().toString().endsWith(".html")).count();
            return new SiteTally(files.size(), pages, bytes);
        }
    }

    /** {@code "10623 files (10410 HTML pages), 210.3 MB"}. */
    public String describe() {
        return String.format(Locale.ROOT, "%d files (%d HTML pages), %.1f MB", files, htmlPages, bytes / 1e6);
    }
}
