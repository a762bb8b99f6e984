package org.casebake.authoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.casebake.model.AnswerStatus;

/**
 * One student answer about to be written as a file: its front matter fields, guide comments for the
 * instructor and its Markdown body. {@code submitted}, {@code replyTo} and {@code importKey} may be null.
 */
public record AnswerDocument(String author, List<String> questions, AnswerStatus status, LocalDate submitted,
        String replyTo, String importKey, List<String> guide, String body) {

    public AnswerDocument {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(body, "body");
        questions = List.copyOf(questions);
        guide = List.copyOf(guide);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("an answer needs at least one question id");
        }
    }

    /** An answer that replies to no other. */
    public AnswerDocument(String author, List<String> questions, AnswerStatus status, LocalDate submitted,
            String importKey, List<String> guide, String body) {
        this(author, questions, status, submitted, null, importKey, guide, body);
    }

    /** The whole file: front matter (all strings double-quoted), then the body. */
    public String text() {
        FrontMatterWriter front = new FrontMatterWriter();
        guide.forEach(front::comment);
        front.string("author", author).list("questions", questions).string("status", status.word());
        if (submitted != null) {
            front.string("submitted", submitted.toString());
        }
        if (replyTo != null) {
            front.string("replyTo", replyTo);
        }
        if (importKey != null) {
            front.string("importKey", importKey);
        }
        return front.withBody(body);
    }
}
