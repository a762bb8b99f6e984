package org.casebake.validate;

import org.casebake.model.AnswerStatus;
import org.casebake.model.Position;
import org.casebake.model.Stance;
import org.casebake.parse.Fields;
import org.casebake.parse.FrontMatterDocument;
import org.casebake.parse.YamlNode;
import org.casebake.problem.Located;
import org.casebake.problem.ProblemCollector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an answer's front matter: {@code author} and {@code questions} required, {@code status}
 * one of curated, pending, rejected, no field it does not know, and a curated answer has text.
 * {@code replyTo} is kept with its position: whether it names an answer is a check across files.
 */
public final class AnswerBinder {

    /** Binds one answer; empty when it has errors (reported). */
    public Optional<BoundAnswer> bind(FrontMatterDocument doc, ProblemCollector problems) {
        int before = problems.errorCount();
        Fields f = new Fields(doc.source().path(), "", doc.fields(), problems);
        String author = f.text("author", true).orElse("");
        List<Located<String>> questions = locatedTexts(f, "questions", true, problems);
        List<String> statuses = Arrays.stream(AnswerStatus.values()).map(AnswerStatus::word).toList();
        Optional<AnswerStatus> status = f.choice("status", statuses,
                w -> AnswerStatus.valueOf(w.toUpperCase(java.util.Locale.ROOT)), AnswerStatus.CURATED);
        boolean featured = f.bool("featured", false);
        var submitted = f.date("submitted", false);
        List<Located<String>> themes = locatedTexts(f, "themes", false, problems);
        List<Located<Position>> positions = new ArrayList<>();
        List<BoundQuote> quotes = new ArrayList<>();
        for (Located<Fields> entry : f.mappingList("positions", false)) {
            Fields p = entry.value();
            Optional<String> dimension = p.text("dimension", true);
            Optional<String> side = p.text("side", true);
            Optional<Stance> view = p.value("view", true).isEmpty() ? Optional.empty()
                    : p.choice("view", List.of("strength", "weakness"),
                            w -> Stance.valueOf(w.toUpperCase(java.util.Locale.ROOT)), null);
            // A quote left blank is kept, so that the check of quotes says it is empty where it is written.
            Optional<String> quote = p.text("quote", false)
                    .or(() -> p.value("quote", false).filter(YamlNode.Scalar.class::isInstance).map(n -> ""));
            p.rejectUnknown();
            if (dimension.isPresent() && side.isPresent() && view.isPresent()) {
                Position position = new Position(dimension.get(), side.get(), view.get());
                positions.add(new Located<>(position, entry.line(), entry.column()));
                quote.ifPresent(q -> {
                    YamlNode at = p.value("quote", false).orElseThrow();
                    quotes.add(new BoundQuote(position, q, at.line(), at.column()));
                });
            }
        }
        Optional<Located<String>> replyTo = f.text("replyTo", false).map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> f.value("replyTo", false).map(at -> new Located<>(r, at.line(), at.column())).orElseThrow());
        f.text("importKey", false);
        f.rejectUnknown();
        if (status.orElse(null) == AnswerStatus.CURATED && hasNoText(doc.body())) {
            problems.error(doc.source().path(), doc.bodyFirstLine(), 1, "the answer is curated but has no text",
                    "paste the student's answer below the front matter, or set status: pending until it is there");
        }
        AnswerParts parts = AnswerParts.split(doc.source().path(), doc.body(), doc.bodyFirstLine(), problems);
        if (problems.errorCount() > before || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BoundAnswer(doc.source().path(), doc.source().caseSlug(), doc.source().stem(), author,
                questions, status.get(), featured, submitted, replyTo, themes, positions, quotes, parts.body(),
                doc.bodyFirstLine(), parts.parts()));
    }

    /** True when the body holds nothing but HTML comments (the starter file's guide) and white space. */
    static boolean hasNoText(String body) {
        return UNCLOSED_COMMENT.matcher(COMMENT.matcher(body).replaceAll("")).replaceAll("").isBlank();
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern UNCLOSED_COMMENT = Pattern.compile("<!--.*", Pattern.DOTALL);

    /** A list of texts, each with its position, so cross-file checks point at the right entry. */
    static List<Located<String>> locatedTexts(Fields f, String key, boolean required, ProblemCollector problems) {
        Optional<YamlNode> node = f.value(key, false);
        List<String> texts = f.textList(key, required);
        if (node.isEmpty()) {
            return List.of();
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
        List<Located<String>> located = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar s && texts.contains(s.text().strip())) {
                located.add(new Located<>(s.text().strip(), s.line(), s.column()));
            }
        }
        return located;
    }
}
