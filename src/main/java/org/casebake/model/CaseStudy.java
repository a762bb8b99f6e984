package org.casebake.model;

import org.casebake.parse.RenderedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A case: the text students read and the questions they answer.
 *
 * @param slug       the folder name under {@code content/cases/}, used in URLs
 * @param title      the case's title
 * @param date       the case's date
 * @param summary    one or two sentences for cards and the feed; may be empty
 * @param source     where the case text comes from, if given
 * @param tags       free-form tags
 * @param questions  the discussion questions, in order
 * @param draft      true for {@code status: draft} (published only with {@code --drafts})
 * @param body       the case text
 * @param sourcePath the file it was read from
 */
public record CaseStudy(String slug, String title, LocalDate date, String summary, Optional<Citation> source,
                        List<String> tags, List<Question> questions, boolean draft, RenderedText body,
                        String sourcePath) {

    public CaseStudy {
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
    }

    /** The question with this id, if the case has one. */
    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
