package org.casebake.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebake.problem.Problem;

/**
 * Reads a WordPress export (WXR: RSS 2.0 with the {@code wp:} namespace, from Tools → Export) into a
 * {@link BlogExport}. The file is untrusted: it is parsed by {@link SafeXmlReader}, and refused unread when
 * it is larger than the size cap.
 */
public final class WxrReader {

    /** The default size cap: far above a class blog's export, far below what would hurt the machine. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final String EXPORT_HINT = "in WordPress, Tools → Export → Posts gives this file";

    /** What reading gave: the export, or the problem that stopped it. */
    public record Result(BlogExport export, Problem problem) {
    }

    private final long maxBytes;

    /** A reader refusing files over {@code maxBytes}. */
    public WxrReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads the export file; {@code shown} names it in problems. */
    public Result read(Path file, String shown) throws UsageException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UsageException("cannot read the export file " + shown,
                    Files.exists(file) ? e.getMessage() : "there is no such file");
        }
        if (size > maxBytes) {
            return new Result(null, Problem.error(shown, "the export is " + size + " bytes, more than the "
                    + maxBytes + " Casebake reads", "export only the posts you need (Tools → Export → Posts,"
                    + " filtered by category or date)"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException("cannot read the export file " + shown, e.getMessage());
        }
        SafeXmlReader.Result xml = new SafeXmlReader().read(bytes, shown);
        return xml.problem() != null ? new Result(null, xml.problem()) : interpret(xml.root(), shown);
    }

    private static Result interpret(XmlElement root, String shown) {
        if (!root.name().equals("rss")) {
            return new Result(null, Problem.error(shown, root.line(), root.column(),
                    "expected <rss> as the outermost element, found <" + root.name() + ">", EXPORT_HINT));
        }
        XmlElement channel = root.child("channel").orElse(null);
        if (channel == null) {
            return new Result(null, Problem.error(shown, root.line(), root.column(),
                    "expected a <channel> inside <rss>", EXPORT_HINT));
        }
        Map<String, BlogExport.BlogAuthor> authors = new LinkedHashMap<>();
        for (XmlElement author : channel.all("wp:author")) {
            String login = author.text("wp:author_login");
            authors.put(login, new BlogExport.BlogAuthor(author.text("wp:author_id"), login,
                    author.text("wp:author_display_name")));
        }
        List<BlogPost> posts = new ArrayList<>();
        for (XmlElement item : channel.all("item")) {
            posts.add(post(item));
        }
        return new Result(new BlogExport(channel.text("title"), channel.text("link"), authors, posts), null);
    }

    private static BlogPost post(XmlElement item) {
        List<BlogComment> comments = new ArrayList<>();
        for (XmlElement comment : item.all("wp:comment")) {
            comments.add(new BlogComment(comment.line(), comment.text("wp:comment_id"),
                    comment.text("wp:comment_author"), comment.text("wp:comment_date_gmt"),
                    comment.text("wp:comment_date"), comment.rawText("wp:comment_content"),
                    comment.text("wp:comment_approved"), comment.text("wp:comment_parent"),
                    comment.text("wp:comment_type"), comment.text("wp:comment_user_id")));
        }
        return new BlogPost(item.line(), item.text("wp:post_id"), item.text("wp:post_name"), item.text("title"),
                item.text("link"), item.text("wp:post_date"), item.text("dc:creator"), item.text("wp:status"),
                item.text("wp:post_type"), item.rawText("content:encoded"), comments);
    }
}
