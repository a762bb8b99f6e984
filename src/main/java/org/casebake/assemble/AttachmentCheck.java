package org.casebake.assemble;

import org.casebake.model.Attachment;
import org.casebake.parse.AttachmentType;
import org.casebake.parse.SvgImage;
import org.casebake.source.SiteFolder;
import org.casebake.problem.Problem;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads a linked file and decides whether it may be published: its content must be of the type its
 * name says, and an SVG must pass {@link SvgImage}. Problems with the file itself (unreadable, a
 * refused SVG) are reported once, at the file; a content that does not match its name is reported
 * at every link to it, since the link is what asks for it.
 */
final class AttachmentCheck {

    /** Hex digits of the SHA-256 of an answer's file that name it when published: 64 bits, no collisions in practice. */
    private static final int HASH_DIGITS = 16;

    private AttachmentCheck() {
    }

    /** What checking a file found: the attachment to publish, or why its content does not match its type. */
    record Checked(Optional<Attachment> published, Optional<String> mismatch) {
    }

    static Checked check(SiteFolder.Entry file, AttachmentType type, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = SiteFolder.read(file);
        } catch (IOException e) {
            problems.add(Problem.error(file.path(), 1, 1, "cannot read file: " + e.getMessage(), null));
            return new Checked(Optional.empty(), Optional.empty());
        }
        if (!type.matches(bytes)) {
            return new Checked(Optional.empty(), Optional.of("its content does not start as "
                    + type.description() + "'s does" + (looksLikeMarkup(bytes) ? "; it looks like HTML or XML" : "")));
        }
        if (type == AttachmentType.SVG) {
            Optional<SvgImage.Refusal> refusal = SvgImage.check(bytes);
            if (refusal.isPresent()) {
                SvgImage.Refusal r = refusal.get();
                problems.add(Problem.error(file.path(), r.line(), r.column(), "SVG image not published: " + r.reason(),
                        "Casebake publishes SVG only without script, event handlers, foreignObject, or references"
                                + " outside the file; export it again as plain SVG, or as PNG"));
                return new Checked(Optional.empty(), Optional.empty());
            }
        }
        return new Checked(Optional.of(new Attachment(LinkResolver.sitePath(file.path(), hash(bytes)), bytes, file.path())),
                Optional.empty());
    }

    private static boolean looksLikeMarkup(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '<') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
