package org.casebake.model;

import java.util.Objects;

/**
 * One file of the built site, held in memory until the publish stage writes the whole site at once.
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
