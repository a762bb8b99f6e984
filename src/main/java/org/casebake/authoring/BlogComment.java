package org.casebake.authoring;

/**
 * One {@code wp:comment} of a WordPress export, as written there: ids, author, dates in WordPress's
 * {@code YYYY-MM-DD HH:MM:SS} form, the HTML content, {@code approved} ({@code 1}, {@code 0}, {@code spam},
 * {@code trash}), {@code parent} ({@code 0} for none), {@code type} (empty or {@code comment} for a comment,
 * {@code pingback}, {@code trackback}) and the WordPress user id ({@code 0} for a visitor).
 */
public record BlogComment(int line, String id, String author, String dateGmt, String date, String content,
        String approved, String parent, String type, String userId) {
}
