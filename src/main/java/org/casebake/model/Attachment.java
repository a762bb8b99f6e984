package org.casebake.model;

import java.util.Objects;

/**
 * A file published beside the pages because published content links to it or shows it.
 *
 * @param sitePath   where it is published, relative to the site root
 * @param bytes      its content, checked against its type; never changed after construction
 * @param sourcePath the file it was read from, relative to the source folder
 */
public record Attachment(String sitePath, byte[] bytes, String sourcePath) {

    public Attachment {
        Objects.requireNonNull(sitePath, "sitePath");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sourcePath, "sourcePath");
    }
}
