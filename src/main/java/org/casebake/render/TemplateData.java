package org.casebake.render;

import org.casebake.config.SiteConfig;
import org.casebake.model.CaseStudy;
import org.casebake.model.Comparison;
import org.casebake.model.Position;
import org.casebake.model.Question;
import org.casebake.model.Quote;
import org.casebake.model.Site;
import org.casebake.model.StudentAnswer;
import org.casebake.parse.RenderedText;
import org.casebake.parse.TextSection;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Casebake's records into the plain maps templates read. This is the template boundary: the
 * only place where maps stand in for types, and the keys here are the documented template API
 * (docs/templates.md). Links are site-relative; templates put {@code root} in front, or pass them to {@code link} ({@link LinkFunction}).
 */
final class TemplateData {

    private static final int EXCERPT_CHARS = 220;
    /** The first words of an answer listed where another page shows it in full. */
    private static final int LEAD_CHARS = 100;

    private final Site site;
    private final SharedData shared;
    private final SiteLinks links;
    private final DateTimeFormatter dates;
    private final Map<String, Map<String, Object>> answers;
    private final Map<String, Map<String, Object>> summaries = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, CaseStudy> casesBySlug = new java.util.HashMap<>();
    private final Map<String, List<Comparison>> comparisonsByCase = new java.util.HashMap<>();

    TemplateData(Site site, SharedData shared, TemplateTexts texts, SiteLinks links) {
        this.site = site;
        this.links = links;
        this.shared = shared;
        this.dates = texts.dates();
        this.answers = new LinkedHashMap<>(site.answers().size() * 2);
        // Last render's equal objects, so that comparing an answer's inputs below stops at them.
        SiteConfig config = shared.same("config", site.config());
        site.cases().forEach(c -> casesBySlug.put(c.slug(), shared.same("case-record/" + c.slug(), c)));
        site.cases().forEach(c -> comparisonsByCase.put(c.slug(),
                shared.same("comparisons-covering/" + c.slug(), site.comparisonsCovering(c.slug()))));
        // Thousands of answers on a large course, each described once for every page that shows it,
        // and again only when the answer or what its description reads from has changed.
        List<Map<String, Object>> made = site.answers().parallelStream()
                .map(a -> shared.derived("answer/" + a.anchor(),
                        List.of(a, casesBySlug.get(a.caseSlug()), comparisonsCovering(a.caseSlug()), config, texts, targets(a)),
                        () -> answer(a)))
                .toList();
        for (int i = 0; i < made.size(); i++) {
            answers.put(site.answers().get(i).anchor(), made.get(i));
        }
    }

    /** The settings every page sees as {@code site}. */
    Map<String, Object> siteData() {
        SiteConfig c = site.config();
        Map<String, Object> course = map("code", c.course().code(), "name", c.course().name(), "term", c.course().term(),
                "instructor", c.course().instructor());
        return shared.same("site", map("title", c.title(), "description", c.description(), "baseUrl", c.baseUrl(),
                "basePath", c.basePath(), "language", c.language(), "course", course,
                "studentNames", c.privacy().studentNames().word()));
    }

    /** The navigation every page sees as {@code nav}. */
    Map<String, Object> navigation() {
        List<Object> cases = site.cases().stream().map(c -> (Object) map("title", c.title(), "url", SiteLinks.caseStudy(c.slug()))).toList();
        List<Object> comparisons = site.comparisons().stream()
                .map(c -> (Object) map("title", c.title(), "url", SiteLinks.comparison(c.slug()))).toList();
        return shared.same("nav", map("cases", cases, "comparisons", comparisons, "themes", SiteLinks.themes(),
                "search", SiteLinks.search(), "home", SiteLinks.home()));
    }

    /** A case as a card or page header, without its answers; made once per case. */
    Map<String, Object> caseSummary(CaseStudy c) {
        return summaries.computeIfAbsent(c.slug(), slug -> shared.same("case/" + slug, summarise(c)));
    }

    private Map<String, Object> summarise(CaseStudy c) {
        List<StudentAnswer> caseAnswers = site.answersTo(c.slug());
        Map<String, Object> data = map("slug", c.slug(), "title", c.title(), "url", SiteLinks.caseStudy(c.slug()),
                "date", c.date().toString(), "dateText", dates.format(c.date()), "summary", c.summary(),
                "draft", c.draft(), "tags", c.tags(), "questionCount", c.questions().size(),
                "answerCount", caseAnswers.size(), "featuredCount", caseAnswers.stream().filter(StudentAnswer::featured).count());
        data.put("citation", c.source().map(s -> (Object) map("title", s.title(), "publisher", s.publisher(), "url", s.url(),
                "author", s.author(), "dateText", s.date().map(dates::format).orElse(""))).orElse(null));
        site.teachingNote(c.slug()).ifPresent(n -> data.put("teachingNotesUrl", SiteLinks.teachingNotes(c.slug())));
        data.put("comparisons", site.comparisonsCovering(c.slug()).stream()
                .map(x -> (Object) map("title", x.title(), "url", SiteLinks.comparison(x.slug()))).toList());
        return data;
    }

    /**
     * A question as the case page lists it: its answers (featured first), their count, and the
     * featured answers its page shows in full (the case page shows them as excerpts with links).
     */
    Map<String, Object> question(CaseStudy c, Question q) {
        List<StudentAnswer> toQuestion = site.answersTo(c.slug()).stream().filter(a -> a.questionIds().contains(q.id())).toList();
        List<Object> featured = toQuestion.stream().filter(a -> a.featured() && QuestionSheets.isHome(a, q.id()))
                .map(a -> (Object) answers.get(a.anchor())).toList();
        List<Object> all = toQuestion.stream().map(a -> (Object) answers.get(a.anchor())).toList();
        return shared.same("question/" + c.slug() + "/" + q.id(), map("id", q.id(), "number", q.number(),
                "prompt", q.prompt(), "url", SiteLinks.question(c.slug(), q.id()), "answers", all, "featured", featured,
                "answerCount", toQuestion.size()));
    }

    /** The ready-made data of a published answer. */
    Map<String, Object> answer(String anchor) {
        return answers.get(anchor);
    }

    private Map<String, Object> answer(StudentAnswer a) {
        CaseStudy c = casesBySlug.get(a.caseSlug());
        List<Object> themes = a.themes().stream().map(t -> (Object) map("slug", t, "label", themeLabel(t),
                "url", SiteLinks.theme(t))).toList();
        List<Object> questions = a.questionIds().stream().map(id -> c.question(id).orElseThrow())
                .map(q -> (Object) map("id", q.id(), "number", q.number(), "prompt", q.prompt(),
                        "url", SiteLinks.question(c.slug(), q.id()))).toList();
        List<Object> positions = new ArrayList<>();
        for (Position p : a.positions()) {
            positions.add(map("dimension", p.dimension(), "dimensionLabel", dimensionLabel(a.caseSlug(), p.dimension()),
                    "side", p.side(), "sideLabel", sideLabel(a.caseSlug(), p.side()), "view", p.view().word(),
                    "quote", a.quoteFor(p).map(Quote::text).orElse(""),
                    "quoteUrl", a.quoteFor(p).map(q -> links.quote(a, q)).orElse("")));
        }
        List<Object> comparisons = comparisonsCovering(a.caseSlug()).stream()
                .filter(x -> ComparisonEvidence.feeds(x, a))
                .map(x -> (Object) map("title", x.title(), "url", SiteLinks.comparison(x.slug()))).toList();
        return map("anchor", a.anchor(), "author", a.displayName(), "featured", a.featured(), "html", a.body().html(),
                "excerpt", excerpt(a.body(), EXCERPT_CHARS), "lead", excerpt(a.body(), LEAD_CHARS), "themes", themes,
                "questions", questions, "parts", parts(a), "partList", partList(a),
                "firstQuestion", a.questionIds().isEmpty() ? "" : a.questionIds().get(0),
                "submittedText", a.submitted().map(dates::format).orElse(""), "positions", positions,
                "replyToAuthor", a.inReplyTo().map(StudentAnswer.ReplyTarget::displayName).orElse(""),
                "replyToUrl", a.inReplyTo().map(r -> links.answer(a.caseSlug(), r.anchor())).orElse(""),
                "url", links.answer(a), "caseTitle", c.title(),
                "caseUrl", SiteLinks.caseStudy(a.caseSlug()), "comparisons", comparisons);
    }

    /**
     * The passages of an answer marked for each question, by question id: their HTML and first words.
     */
    private static Map<String, Object> parts(StudentAnswer a) {
        Map<String, Object> parts = new LinkedHashMap<>();
        a.parts().forEach((id, text) -> parts.put(id, map("html", text.html(), "excerpt", excerpt(text, EXCERPT_CHARS))));
        return parts;
    }

    /** Each marked passage of an answer as a link to where it is shown: question id, number and address. */
    private List<Object> partList(StudentAnswer a) {
        CaseStudy c = casesBySlug.get(a.caseSlug());
        return a.parts().keySet().stream().map(id -> (Object) map("id", id,
                "number", c.question(id).map(Question::number).orElse(0), "url", links.answerTo(a, id))).toList();
    }

    /** Every address the data of {@code a} holds that depends on where answers are shown, not on {@code a} itself. */
    private List<String> targets(StudentAnswer a) {
        List<String> targets = new ArrayList<>();
        targets.add(links.answer(a));
        a.inReplyTo().ifPresent(r -> targets.add(links.answer(a.caseSlug(), r.anchor())));
        a.parts().keySet().forEach(id -> targets.add(links.answerTo(a, id)));
        a.quotes().forEach(q -> targets.add(links.quote(a, q)));
        return targets;
    }

    /** The comparisons covering a case, looked up once per case rather than once per answer. */
    private List<Comparison> comparisonsCovering(String caseSlug) {
        List<Comparison> covering = comparisonsByCase.get(caseSlug);
        return covering != null ? covering : site.comparisonsCovering(caseSlug);
    }

    /** The label a theme slug is shown with: from site-config.yml, else the slug in words. */
    String themeLabel(String slug) {
        return ThemeLabel.of(site.config(), slug);
    }

    private String dimensionLabel(String caseSlug, String dimension) {
        return comparisonsCovering(caseSlug).stream().flatMap(c -> c.dimension(dimension).stream())
                .map(Comparison.Dimension::label).findFirst().orElse(dimension);
    }

    private String sideLabel(String caseSlug, String side) {
        return comparisonsCovering(caseSlug).stream().flatMap(c -> c.sides().stream())
                .filter(s -> s.id().equals(side)).map(Comparison.Side::label).findFirst().orElse(side);
    }


    /**
     * The same excerpt as {@link RenderedText#excerpt}, read from only as much of the text as it
     * needs rather than from all of it joined: the excerpt depends on the first {@code maxChars + 1}
     * characters alone, so no more are copied (an answer's first section can be thousands).
     */
    static String excerpt(RenderedText text, int maxChars) {
        StringBuilder prefix = new StringBuilder(maxChars + 1);
        for (TextSection section : text.sections()) {
            if (prefix.length() > maxChars) {
                break;
            }
            String sectionText = section.text();
            if (!sectionText.isEmpty()) {
                if (!prefix.isEmpty()) {
                    prefix.append(' ');
                }
                prefix.append(sectionText, 0, Math.min(sectionText.length(), Math.max(0, maxChars + 1 - prefix.length())));
            }
        }
        if (prefix.length() <= maxChars) {
            return prefix.toString();
        }
        int cut = prefix.lastIndexOf(" ", maxChars);
        return prefix.substring(0, cut > maxChars / 2 ? cut : maxChars).stripTrailing() + "\u2026";
    }

    /** An insertion-ordered map from alternating keys and values. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
