package org.casebake.authoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The fingerprint that recognises a board post on the next import: the first 16 hex digits of the
 * SHA-256 of its author, day and text (line breaks normalised, surrounding space trimmed). It is written
 * to the answer file as {@code importKey}, so editing the answer's body does not make the post new again.
 */
public record ImportKey(String value) {

    private static final int HEX_DIGITS = 16;

    /** The key of a post; {@code submitted} may be null when the export has no dates. */
    public static ImportKey of(String author, LocalDate submitted, String text) {
        String normalised = author.strip() + '\u001f' + (submitted == null ? "" : submitted.toString()) + '\u001f'
                + text.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return new ImportKey(HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The key of a post read from an export. */
    public static ImportKey of(BoardPost post) {
        return of(post.author(), post.submitted(), post.text());
    }
}
