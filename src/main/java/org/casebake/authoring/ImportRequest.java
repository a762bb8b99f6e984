package org.casebake.authoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code casebake import} was asked to do. {@code format}, {@code map}, {@code questions} and
 * {@code questionFrom} are null when not given: the format is then detected, the columns are the format's
 * defaults, and the answers are filed under all of the case's questions. {@code excludedAuthors} are names
 * whose posts are not answers, beside the course staff of {@code site-config.yml}.
 */
public record ImportRequest(String caseSlug, Path exportFile, String format, String map, List<String> questions,
        List<String> excludedAuthors, String questionFrom) {

    public ImportRequest {
        Objects.requireNonNull(caseSlug, "caseSlug");
        Objects.requireNonNull(exportFile, "exportFile");
        questions = questions == null ? null : List.copyOf(questions);
        excludedAuthors = excludedAuthors == null ? List.of() : List.copyOf(excludedAuthors);
    }

    /** A request without excluded authors or a question mapping. */
    public ImportRequest(String caseSlug, Path exportFile, String format, String map, List<String> questions) {
        this(caseSlug, exportFile, format, map, questions, null, null);
    }
}
