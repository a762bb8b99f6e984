package org.casebake.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts what happened to the comments of one post, for the line the import prints about it. */
final class CommentTally {

    private final Map<CommentKind, Integer> skipped = new EnumMap<>(CommentKind.class);
    private int written;
    private int present;

    void skip(CommentKind kind) {
        skipped.merge(kind, 1, Integer::sum);
    }

    void written() {
        written++;
    }

    void present() {
        present++;
    }

    /** {@code 5 comments imported, 0 already present; skipped 1 pingback, 1 spam}. */
    String line() {
        StringBuilder line = new StringBuilder().append(written).append(written == 1 ? " comment" : " comments")
                .append(" imported, ").append(present).append(" already present");
        List<String> parts = new ArrayList<>();
        skipped.forEach((kind, count) -> parts.add(count + " " + kind.label()));
        if (!parts.isEmpty()) {
            line.append("; skipped ").append(String.join(", ", parts));
        }
        return line.toString();
    }

    /** The comments in the order they were written (GMT date, then id), so replies follow what they answer. */
    static List<BlogComment> chronological(List<BlogComment> comments) {
        return comments.stream().sorted(Comparator.comparing(CommentTally::sortDate)
                .thenComparing(comment -> numeric(comment.id()))
                .thenComparing(BlogComment::id)).toList();
    }

    private static String sortDate(BlogComment comment) {
        return WordPressText.isEmptyDate(comment.dateGmt()) ? comment.date() : comment.dateGmt();
    }

    private static long numeric(String id) {
        return id.matches("\\d{1,18}") ? Long.parseLong(id) : Long.MAX_VALUE;
    }
}
