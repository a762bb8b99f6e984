package org.casebake.validate;

import org.casebake.model.Citation;
import org.casebake.model.Question;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A case's front matter, checked, with its Markdown body not yet rendered. */
public record BoundCase(String path, String slug, String title, LocalDate date, String summary,
                        Optional<Citation> source, List<String> tags, List<Question> questions, boolean draft,
                        String body, int bodyFirstLine) {

    public BoundCase {
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
    }
}
