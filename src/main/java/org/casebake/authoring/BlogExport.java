package org.casebake.authoring;

import java.util.List;
import java.util.Map;

/**
 * A WordPress export (WXR) as Casebake reads it: the blog's title and address, its authors (login to
 * WordPress user id and display name) and its items.
 */
public record BlogExport(String title, String link, Map<String, BlogAuthor> authorsByLogin, List<BlogPost> posts) {

    public BlogExport {
        authorsByLogin = Map.copyOf(authorsByLogin);
        posts = List.copyOf(posts);
    }

    /** A {@code wp:author} of the blog. */
    public record BlogAuthor(String id, String login, String displayName) {
    }
}
