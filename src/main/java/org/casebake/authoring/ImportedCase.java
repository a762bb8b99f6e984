package org.casebake.authoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A case about to be written from an imported blog post: a draft with the post's title, date and
 * text, where it came from as {@code source}, and its questions ({@code q1}, {@code q2}, ... in order).
 * {@code sourceUrl} and {@code publisher} may be empty, {@code date} null.
 */
public record ImportedCase(String title, LocalDate date, String publisher, String sourceUrl, List<String> questions,
        List<String> guide, String body) {

    public ImportedCase {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        questions = List.copyOf(questions);
        guide = List.copyOf(guide);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a case needs at least one question");
        }
    }

    /** The ids the questions get, in order. */
    public List<String> questionIds() {
        return java.util.stream.IntStream.rangeClosed(1, questions.size()).mapToObj(n -> "q" + n).toList();
    }

    /** The whole {@code index.md}: front matter (all strings double-quoted), then the text. */
    public String text() {
        FrontMatterWriter front = new FrontMatterWriter();
        guide.forEach(front::comment);
        front.string("title", title);
        if (date != null) {
            front.string("date", date.toString());
        }
        front.open(0, "source").string(2, "title", title);
        if (!publisher.isEmpty()) {
            front.string(2, "publisher", publisher);
        }
        if (!sourceUrl.isEmpty()) {
            front.string(2, "url", sourceUrl);
        }
        if (date != null) {
            front.string(2, "date", date.toString());
        }
        front.open(0, "questions");
        List<String> ids = questionIds();
        for (int i = 0; i < questions.size(); i++) {
            front.item(2, "id", ids.get(i)).string(4, "prompt", questions.get(i));
        }
        front.string("status", "draft");
        return front.withBody(body);
    }
}
