package org.casebake.model;

import org.casebake.parse.RenderedText;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A curated student answer, ready to publish. It carries the name only as the privacy setting
 * displays it; the name as the student wrote it never enters the model.
 *
 * @param anchor      the stable element id on every page that shows it ("answer-3f9a2c1b")
 * @param caseSlug    the case it answers
 * @param displayName the name as shown ("C. S.")
 * @param questionIds the questions it addresses, in the case's order
 * @param featured    the instructor's pick, shown first and marked
 * @param submitted   when the student submitted it, if known
 * @param inReplyTo   the answer it replies to, only when that one is published too
 * @param themes      theme slugs, sorted
 * @param positions   claims it makes for comparisons
 * @param quotes      the passages quoted for some of them, each found and marked in {@code body}
 * @param body        the answer text
 * @param parts       for an answer the instructor marked in parts, the passages answering each of its
 *                    questions, by question id (a question without a marked passage is absent)
 * @param sourcePath  the file it was read from
 */
public record StudentAnswer(String anchor, String caseSlug, String displayName, List<String> questionIds,
                            boolean featured, Optional<LocalDate> submitted, Optional<ReplyTarget> inReplyTo,
                            List<String> themes, List<Position> positions, List<Quote> quotes, RenderedText body,
                            Map<String, RenderedText> parts, String sourcePath) {

    public StudentAnswer {
        questionIds = List.copyOf(questionIds);
        themes = List.copyOf(themes);
        positions = List.copyOf(positions);
        quotes = List.copyOf(quotes);
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** What the answer says to {@code questionId}: its marked part, else the whole text. */
    public RenderedText textFor(String questionId) {
        return parts.getOrDefault(questionId, body);
    }

    /**
     * A published answer that another one replies to, as pages name and link it.
     *
     * @param anchor      its element id
     * @param displayName its author's name as shown
     */
    public record ReplyTarget(String anchor, String displayName) {
    }

    /** The quote that argues {@code position}, if the instructor gave one. */
    public Optional<Quote> quoteFor(Position position) {
        return quotes.stream().filter(q -> q.position().equals(position)).findFirst();
    }
}
