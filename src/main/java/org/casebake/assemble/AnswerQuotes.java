package org.casebake.assemble;

import org.casebake.model.Quote;
import org.casebake.parse.QuotedPassages;
import org.casebake.parse.RenderedText;
import org.casebake.problem.Problem;
import org.casebake.validate.BoundQuote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks the quotes of an answer's positions against its rendered text and marks each one found,
 * so the comparison can link to the highlighted passage. A quote the text does not show is an
 * error at the quote, naming the closest passage.
 *
 * @param quotes   the quotes found, each with the id of its mark
 * @param body     the text with the quoted passages marked
 * @param marks    the passages marked in {@code body}, with their ids
 * @param problems one error per quote not found
 */
public record AnswerQuotes(List<Quote> quotes, RenderedText body, List<QuotedPassages.Mark> marks, List<Problem> problems) {

    public AnswerQuotes {
        quotes = List.copyOf(quotes);
        marks = List.copyOf(marks);
        problems = List.copyOf(problems);
    }

    /** {@code part} of the answer with the quoted passages it holds marked as in the whole, under the same ids. */
    public RenderedText markedIn(RenderedText part) {
        return marks.isEmpty() ? part : part.withHtml(QuotedPassages.in(part.html()).marked(marks));
    }

    /** The quotes of the answer read from {@code path}, whose anchor is {@code anchor}, in {@code body}. */
    public static AnswerQuotes check(String path, String anchor, List<BoundQuote> bound, RenderedText body) {
        if (bound.isEmpty()) {
            return new AnswerQuotes(List.of(), body, List.of(), List.of());
        }
        QuotedPassages passages = QuotedPassages.in(body.html());
        List<Quote> found = new ArrayList<>();
        List<QuotedPassages.Mark> marks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (BoundQuote q : bound) {
            Optional<String> passage = passages.passage(q.text());
            if (passage.isPresent()) {
                String id = anchor + "-quote-" + (found.size() + 1);
                found.add(new Quote(q.position(), passage.get(), id));
                marks.add(new QuotedPassages.Mark(id, q.text()));
            } else {
                problems.add(notFound(path, q, passages));
            }
        }
        RenderedText marked = marks.isEmpty() ? body : body.withHtml(passages.marked(marks));
        return new AnswerQuotes(found, marked, marks, problems);
    }

    /** The error for a quote that {@code passages} do not show. */
    public static Problem notFound(String path, BoundQuote q, QuotedPassages passages) {
        if (QuotedPassages.normalize(q.text()).isEmpty()) {
            return Problem.error(path, q.line(), q.column(), "the quote is empty",
                    "write the words of the answer that argue the position, or leave quote out");
        }
        String hint = passages.closest(q.text()).map(p -> "the closest passage is \"" + p + "\"")
                .orElse("the answer has no text");
        return Problem.error(path, q.line(), q.column(), "the quote is not in the answer", hint);
    }
}
