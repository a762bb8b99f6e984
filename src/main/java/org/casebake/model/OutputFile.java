package org.casebake.model;

import java.util.Objects;

/**
 * One file of the built site, in memory from the stage that makes it until the publish stage has
 * guarded it and written it into the staging folder.
 *
 * @param path  the path inside the output folder, with forward slashes and no leading slash
 * @param bytes the file's exact content
 */
public record OutputFile(String path, byte[] bytes) {

    public OutputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        if (path.startsWith("/") || path.contains("\\") || path.contains("..")) {
            throw new IllegalArgumentException("not a relative output path: " + path);
        }
    }
}
