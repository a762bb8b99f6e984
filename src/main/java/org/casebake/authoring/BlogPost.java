package org.casebake.authoring;

import java.util.List;

/**
 * One {@code item} of a WordPress export: a post (or page, attachment, ...) with its comments.
 * {@code creator} is the login of its author; {@code date} is as written ({@code YYYY-MM-DD HH:MM:SS}).
 */
public record BlogPost(int line, String id, String slug, String title, String link, String date, String creator,
        String status, String type, String content, List<BlogComment> comments) {

    public BlogPost {
        comments = List.copyOf(comments);
    }

    /** Whether this item is a blog post, not a page, an attachment or a menu entry. */
    public boolean isPost() {
        return type.equals("post");
    }
}
