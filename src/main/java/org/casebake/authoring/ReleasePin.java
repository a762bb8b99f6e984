package org.casebake.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The released Casebake jar a new course's publishing workflow downloads: its version, the GitHub
 * repository whose releases hold it, and its SHA-256 when known.
 *
 * @param version    the release's version, e.g. {@code 0.1.0} (the tag is {@code v0.1.0})
 * @param repository the repository as {@code owner/name}
 * @param sha256     the jar's SHA-256 in lower-case hex; empty when Casebake does not run from a jar
 */
public record ReleasePin(String version, String repository, Optional<String> sha256) {

    /** What the workflow holds when the checksum is not known; {@code sha256sum --check} refuses it. */
    public static final String UNKNOWN_SHA256 = "fill in the SHA-256 from the release page";

    /** The pin of the jar that holds {@code anchor}'s class, by that jar's own bytes. */
    public static ReleasePin ofRunningJar(String version, String repository, Class<?> anchor) {
        try {
            Path code = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ReleasePin(version, repository, Files.isRegularFile(code) ? Optional.of(sha256(code)) : Optional.empty());
        } catch (IOException | URISyntaxException | SecurityException e) {
            return new ReleasePin(version, repository, Optional.empty());
        }
    }

    /** The release page's address, e.g. {@code https://github.com/owner/name/releases}. */
    public String releasesUrl() {
        return "https://github.com/" + repository + "/releases";
    }

    /** The project's address on GitHub. */
    public String projectUrl() {
        return "https://github.com/" + repository;
    }

    /** The checksum, or the placeholder that makes the workflow's check fail until it is filled in. */
    public String sha256OrPlaceholder() {
        return sha256.orElse(UNKNOWN_SHA256);
    }

    /** The SHA-256 of a file in lower-case hex, as {@code sha256sum} prints it. */
    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
