package org.casebake.source;

import java.util.Objects;

/**
 * One text file of the site's source, decoded and normalised: a leading byte-order mark removed and
 * CRLF or CR line endings turned into LF, so line numbers match what any editor shows.
 *
 * @param path the path relative to the source folder, with forward slashes (what error messages print)
 * @param kind what the file is, judged by where it lies
 * @param text the decoded text
 */
public record SourceFile(String path, SourceKind kind, String text) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** The name of the folder above {@code content/cases/<slug>/…}: the case slug, or "" outside cases. */
    public String caseSlug() {
        return ContentLayout.caseSlugOf(path);
    }

    /** The file name without folder and extension ("answer-04" for ".../answers/answer-04.md"). */
    public String stem() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
