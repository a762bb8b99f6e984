package org.casebake.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the posts of a blog export to import: those named by slug or id, or else every published post.
 * Pages, attachments and menu entries are never chosen.
 */
final class PostChooser {

    List<BlogPost> choose(BlogExport export, List<String> wanted) throws UsageException {
        List<BlogPost> posts = export.posts().stream().filter(BlogPost::isPost).toList();
        if (wanted.isEmpty()) {
            List<BlogPost> published = posts.stream().filter(post -> post.status().equals("publish")).toList();
            if (published.isEmpty()) {
                throw new UsageException("the export holds no published post", hint(posts));
            }
            return published;
        }
        List<BlogPost> chosen = new ArrayList<>();
        for (String name : wanted) {
            BlogPost post = posts.stream().filter(p -> p.slug().equals(name) || p.id().equals(name)).findFirst()
                    .orElseThrow(() -> new UsageException("the export has no post '" + name + "'", hint(posts)));
            if (!chosen.contains(post)) {
                chosen.add(post);
            }
        }
        return chosen;
    }

    private static String hint(List<BlogPost> posts) {
        if (posts.isEmpty()) {
            return "it holds no posts at all; export them with Tools → Export → Posts";
        }
        return "its posts are " + String.join(", ", posts.stream().limit(20)
                .map(post -> post.id() + " " + post.slug()).toList()) + (posts.size() > 20 ? ", ..." : "");
    }
}
