package org.casebake.authoring;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One post taken from a board export, checked and ready to become an answer file. {@code postId}
 * is empty when the export has no id column; {@code submitted} is null when it has no date column.
 * {@code parentId} is the id of the post it replies to ({@code ""} or {@code "0"} for none),
 * {@code discussion} the id of its discussion (empty when unknown) and {@code attachment} names the
 * files attached to it (empty for none).
 */
public record BoardPost(int line, String postId, String author, LocalDate submitted, String subject, String text,
        TextFormat format, String parentId, String discussion, String attachment) {

    public BoardPost {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(discussion, "discussion");
        Objects.requireNonNull(attachment, "attachment");
    }

    /** A post of a board that gives no threads, discussions or attachments. */
    public BoardPost(int line, String postId, String author, LocalDate submitted, String subject, String text,
            TextFormat format) {
        this(line, postId, author, submitted, subject, text, format, "", "", "");
    }

    /** Whether the post replies to another one. */
    public boolean isReply() {
        return !parentId.isEmpty() && !parentId.equals("0");
    }

    /** Whether a file is attached (Moodle writes 0 or an empty field for none). */
    public boolean hasAttachment() {
        return !attachment.isEmpty() && !attachment.equals("0");
    }

    /** How a post's text is written, from Moodle's {@code messageformat} code. */
    public enum TextFormat {
        /** HTML, sanitized before conversion (Moodle code 1). */
        HTML,
        /** Plain text whose line breaks matter (Moodle code 2). */
        PLAIN,
        /** Markdown (Moodle code 4). */
        MARKDOWN,
        /** HTML if it holds any tags, else plain text (Moodle code 0, and exports without a format). */
        AUTO;

        /** The format for a Moodle {@code messageformat} value; anything unknown is AUTO. */
        public static TextFormat fromMoodleCode(String code) {
            return switch (code.strip()) {
                case "1" -> HTML;
                case "2" -> PLAIN;
                case "4" -> MARKDOWN;
                default -> AUTO;
            };
        }
    }
}
