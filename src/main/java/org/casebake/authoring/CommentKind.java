package org.casebake.authoring;

import java.util.Locale;
import java.util.Set;
import org.casebake.config.StaffNames;

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
     * The kind of a comment; {@code staffUserIds} are WordPress user ids of the course staff.
     */
    public static CommentKind of(BlogComment comment, Set<String> staffUserIds, StaffNames staff) {
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
        return staffUser || staff.includes(comment.author()) ? STAFF : ANSWER;
    }
}
