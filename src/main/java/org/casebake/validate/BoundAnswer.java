package org.casebake.validate;

import org.casebake.model.AnswerStatus;
import org.casebake.model.Position;
import org.casebake.problem.Located;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An answer's front matter, checked field by field but not yet against its case, with the positions
 * of the fields that cross-file checks report on, the quotes of its positions (checked against the
 * rendered text when the answer is assembled), the file name (without {@code .md}) of the answer in
 * the same case it replies to, if it names one, and the parts an instructor marked in its body (the
 * body itself without the marker lines). Holds the author's name as written: only the
 * model stage sees it, to derive the displayed name.
 */
public record BoundAnswer(String path, String caseSlug, String stem, String author, List<Located<String>> questionIds,
                          AnswerStatus status, boolean featured, Optional<LocalDate> submitted,
                          Optional<Located<String>> replyTo,
                          List<Located<String>> themes, List<Located<Position>> positions, List<BoundQuote> quotes, String body,
                          int bodyFirstLine, List<AnswerParts.Part> parts) {

    public BoundAnswer {
        questionIds = List.copyOf(questionIds);
        themes = List.copyOf(themes);
        positions = List.copyOf(positions);
        quotes = List.copyOf(quotes);
        parts = List.copyOf(parts);
    }

    /** The folder this answer's file lies in, with its closing slash ("content/cases/x/answers/"). */
    public String folder() {
        return path.substring(0, path.lastIndexOf('/') + 1);
    }

    /** The path of the answer file {@code replyTo} names, which lies beside this one. */
    public Optional<String> replyToPath() {
        return replyTo.map(r -> folder() + r.value() + ".md");
    }
}
