package org.casebake.serve;

import org.casebake.model.OutputFile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One good build as the preview serves it: every file by its path in the site, and the path of
 * {@code baseUrl} the site lives under, so preview URLs look like production ones.
 *
 * @param build    the number of this good build since the preview started (1 for the first)
 * @param basePath the path part of {@code baseUrl}, starting and ending with '/'
 * @param files    the site's files by path ("cases/x/index.html"), never changed after construction
 */
record SiteSnapshot(long build, String basePath, Map<String, byte[]> files) {

    /** Before the first good build: nothing to serve. */
    static final SiteSnapshot NONE = new SiteSnapshot(0, "/", Map.of());

    SiteSnapshot {
        Objects.requireNonNull(basePath, "basePath");
        files = Map.copyOf(files);
    }

    /** A snapshot of a build's output files. */
    static SiteSnapshot of(long build, String basePath, List<OutputFile> files) {
        Map<String, byte[]> byPath = new TreeMap<>();
        for (OutputFile file : files) {
            byPath.put(file.path(), file.bytes());
        }
        return new SiteSnapshot(build, basePath, byPath);
    }

    /** True once a build has succeeded. */
    boolean hasSite() {
        return build > 0;
    }

    /** The bytes of the file at {@code path} in the site. The caller must not change them. */
    Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
