package org.casebake.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;

/**
 * The SHA-256 of the bytes a scan read of each Markdown source, by path relative to the site folder;
 * empty unless the scan was asked to keep them ({@link ContentScanner#digesting()}).
 */
public final class ReadDigests {

    private static final ReadDigests NONE = new ReadDigests(Map.of());

    private final Map<String, byte[]> byPath;

    ReadDigests(Map<String, byte[]> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /** No digests: the scan did not keep them. */
    public static ReadDigests none() {
        return NONE;
    }

    /** The digest of what the scan read of {@code path}, if it read that file and kept its digest. */
    public Optional<byte[]> of(String path) {
        return Optional.ofNullable(byPath.get(path)).map(byte[]::clone);
    }

    /** The SHA-256 of {@code bytes}. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
