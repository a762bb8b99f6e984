package org.casebake.authoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code casebake import} was asked to do. {@code format}, {@code map} and {@code questions} are
 * null when not given: the format is then detected, the columns are the format's defaults, and the
 * answers are filed under all of the case's questions.
 */
public record ImportRequest(String caseSlug, Path exportFile, String format, String map, List<String> questions) {

    public ImportRequest {
        Objects.requireNonNull(caseSlug, "caseSlug");
        Objects.requireNonNull(exportFile, "exportFile");
        questions = questions == null ? null : List.copyOf(questions);
    }
}
