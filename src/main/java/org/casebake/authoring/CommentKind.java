package org.casebake.authoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * What a blog comment is, for the import: a reader's comment to import, or one of the kinds that are
 * skipped and counted (links from other blogs, spam, the bin, comments still awaiting approval) or skipped
 * and reported one by one (the course staff's own comments, which are not student answers).
 */
public enum CommentKind {
    /** An approved comment by a reader: imported as a pending answer. */
    ANSWER("answer"),
    /** A pingback from another blog. */
    PINGBACK("pingback"),
    /** A trackback from another blog. */
    TRACKBACK("trackback"),
    /** Marked as spam. */
    SPAM("spam"),
    /** In the bin. */
    TRASH("in the bin"),
    /** Never approved. */
    UNAPPROVED("awaiting approval"),
    /** Written by the post's author or another member of the course staff. */
    STAFF("by the course staff");

    private final String label;

    CommentKind(String label) {
        this.label = label;
    }

    /** How the kind is counted in the summary: {@code 2 spam}, {@code 1 awaiting approval}. */
    public String label() {
        return label;
    }

    /**
     * The kind of a comment; {@code staffUserIds} are WordPress user ids and {@code staffNames} names of the
     * course staff, compared after {@link #fold folding}.
     */
    public static CommentKind of(BlogComment comment, Set<String> staffUserIds, Set<String> staffNames) {
        String type = comment.type().toLowerCase(Locale.ROOT);
        if (type.equals("pingback")) {
            return PINGBACK;
        }
        if (type.equals("trackback")) {
            return TRACKBACK;
        }
        String approved = comment.approved().toLowerCase(Locale.ROOT);
        if (approved.equals("spam")) {
            return SPAM;
        }
        if (approved.contains("trash")) {
            return TRASH;
        }
        if (!approved.equals("1") && !approved.equals("approved")) {
            return UNAPPROVED;
        }
        boolean staffUser = !comment.userId().isEmpty() && !comment.userId().equals("0")
                && staffUserIds.contains(comment.userId());
        return staffUser || staffNames.contains(fold(comment.author())) ? STAFF : ANSWER;
    }

    /** A name folded for comparison: NFKC, no diacritics, lower case, single spaces. */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKC), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("[\\p{Cf}]", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }
}
