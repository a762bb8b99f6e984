package org.casebake.authoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code casebake import-blog} was asked to do: the export file, the posts to import (slugs or ids;
 * empty for every published post), the case slug to use ({@code null}: the post's own slug), extra names
 * whose comments are not answers, and whether comments new since an earlier import of the post are added.
 */
public record BlogImportRequest(Path exportFile, List<String> posts, String caseSlug, List<String> excludedAuthors,
        boolean addNewComments) {

    public BlogImportRequest {
        Objects.requireNonNull(exportFile, "exportFile");
        posts = posts == null ? List.of() : List.copyOf(posts);
        excludedAuthors = excludedAuthors == null ? List.of() : List.copyOf(excludedAuthors);
    }
}
