package org.casebake.render;

import org.casebake.model.Comparison;
import org.casebake.model.Position;
import org.casebake.model.Quote;
import org.casebake.model.Site;
import org.casebake.model.Stance;
import org.casebake.model.StudentAnswer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.casebake.render.TemplateData.map;

/**
 * The data of a comparison page: the evidence table, the chart and where the class stands. An
 * answer cited in several cells is described once and the same map shown in each.
 */
final class ComparisonData {

    private static final int EVIDENCE_CHARS = 140;
    /**
     * How many answers a cell of the table cites for each view; the rest are on the cell's own page,
     * so that a large class's comparison page stays small.
     */
    static final int EVIDENCE_SHOWN = 8;

    private final Site site;
    private final TemplateData data;
    private final SharedData shared;
    private final ComparisonChart chart;
    private final TemplateTexts texts;
    private final SiteLinks siteLinks;

    ComparisonData(Site site, TemplateData data, SharedData shared, TemplateTexts texts, SiteLinks siteLinks) {
        this.site = site;
        this.siteLinks = siteLinks;
        this.data = data;
        this.shared = shared;
        this.chart = new ComparisonChart(texts);
        this.texts = texts;
    }

    /** What {@code comparison.ftl} reads as {@code comparison}. */
    Map<String, Object> of(Comparison c) {
        ComparisonEvidence evidence = ComparisonEvidence.of(c, site.answers());
        Map<String, Map<String, Object>> links = evidenceLinks(evidence);
        // The chart and the standing are read from positions alone: made again only when one changed.
        List<Object> positions = evidence.positionsKey();
        return map("slug", c.slug(), "title", c.title(), "html", c.intro().html(), "draft", c.draft(),
                "sides", c.sides().stream().map(s -> (Object) map("id", s.id(), "label", s.label())).toList(),
                "rows", rows(evidence, links), "answerCount", evidence.answers().size(),
                "cases", c.caseSlugs().stream().flatMap(slug -> site.cases().stream().filter(x -> x.slug().equals(slug)))
                        .map(x -> (Object) map("title", x.title(), "url", SiteLinks.caseStudy(x.slug()))).toList(),
                "chart", shared.derived("comparison-chart/" + c.slug(), List.of(positions, texts), () -> chart.draw(evidence).toMap()),
                "standing", shared.derived("comparison-standing/" + c.slug(), positions, () -> ClassStanding.of(evidence))
                        .toMap(a -> links.get(a.anchor())));
    }

    private List<Object> rows(ComparisonEvidence evidence, Map<String, Map<String, Object>> links) {
        Comparison c = evidence.comparison();
        List<Object> rows = new ArrayList<>();
        for (Comparison.Dimension d : c.dimensions()) {
            List<Object> cells = new ArrayList<>();
            for (Comparison.Side s : c.sides()) {
                List<Object> strengths = cited(evidence, new Position(d.id(), s.id(), Stance.STRENGTH), links);
                List<Object> weaknesses = cited(evidence, new Position(d.id(), s.id(), Stance.WEAKNESS), links);
                Map<String, Object> cell = map("side", s.id(), "sideLabel", s.label(), "text", d.cells().get(s.id()),
                        "strengthCount", strengths.size(), "weaknessCount", weaknesses.size(),
                        "strengths", first(strengths), "weaknesses", first(weaknesses));
                if (strengths.size() > EVIDENCE_SHOWN || weaknesses.size() > EVIDENCE_SHOWN) {
                    cell.put("allStrengths", strengths);
                    cell.put("allWeaknesses", weaknesses);
                }
                if (cell.containsKey("allStrengths")) {
                    cell.put("moreUrl", SiteLinks.comparisonEvidence(c.slug(), d.id(), s.id()));
                }
                cells.add(cell);
            }
            rows.add(map("id", d.id(), "label", d.label(), "cells", cells,
                    "argued", !evidence.arguing(d.id()).isEmpty()));
        }
        return rows;
    }

    private static List<Object> first(List<Object> cited) {
        return cited.size() <= EVIDENCE_SHOWN ? cited : List.copyOf(cited.subList(0, EVIDENCE_SHOWN));
    }

    /**
     * The pages of the cells whose evidence the table does not show whole, each with all of it:
     * {@code path} and what {@code evidence.ftl} reads ({@code comparison}, {@code dimension},
     * {@code side}, {@code strengths}, {@code weaknesses}).
     */
    List<Map<String, Object>> evidencePages(Comparison c, Map<String, Object> page) {
        List<Map<String, Object>> pages = new ArrayList<>();
        Map<String, Object> summary = map("slug", c.slug(), "title", c.title(), "url", SiteLinks.comparison(c.slug()),
                "cases", page.get("cases"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) (List<?>) page.get("rows");
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cells = (List<Map<String, Object>>) (List<?>) row.get("cells");
            for (Map<String, Object> cell : cells) {
                if (cell.containsKey("moreUrl")) {
                    pages.add(map("path", cell.get("moreUrl"), "title", texts.text("title.evidence",
                                    List.of(row.get("label"), cell.get("sideLabel"), c.title())),
                            "comparison", summary, "dimension", map("id", row.get("id"), "label", row.get("label")), "cell", cell));
                }
            }
        }
        return pages;
    }

    /**
     * The answers that take {@code position}, as the page cites them: an answer that quotes its
     * argument for it shows the quote, and its link leads to the passage highlighted on the page that shows it in full.
     */
    private List<Object> cited(ComparisonEvidence evidence, Position position,
            Map<String, Map<String, Object>> links) {
        return evidence.citing(position.dimension(), position.side(), position.view()).stream()
                .map(a -> (Object) a.quoteFor(position).map(q -> quoted(links.get(a.anchor()), a, q))
                        .orElse(links.get(a.anchor())))
                .toList();
    }

    private Map<String, Object> quoted(Map<String, Object> link, StudentAnswer a, Quote q) {
        Map<String, Object> withQuote = new LinkedHashMap<>(link);
        withQuote.put("quote", q.text());
        withQuote.put("url", siteLinks.quote(a, q));
        return withQuote;
    }

    /** Every answer that takes a position in the comparison, as the page cites it, by anchor. */
    private Map<String, Map<String, Object>> evidenceLinks(ComparisonEvidence evidence) {
        String prefix = "evidence/" + evidence.comparison().slug() + "/";
        List<StudentAnswer> arguing = evidence.arguing();
        // Made again only for an answer whose citation reads something new: its excerpt is the costly part.
        List<Map<String, Object>> made = arguing.parallelStream()
                .map(a -> {
                    String url = siteLinks.answer(a);
                    Object caseTitle = data.answer(a.anchor()).get("caseTitle");
                    return shared.derived(prefix + a.anchor(), Arrays.asList(a, url, caseTitle), () -> evidenceLink(a, url, caseTitle));
                }).toList();
        Map<String, Map<String, Object>> links = new HashMap<>(arguing.size() * 2);
        for (int i = 0; i < arguing.size(); i++) {
            links.put(arguing.get(i).anchor(), made.get(i));
        }
        return links;
    }

    /** An answer as the comparison page cites it: name, link to its anchor, one-line excerpt, no quote. */
    private static Map<String, Object> evidenceLink(StudentAnswer a, String url, Object caseTitle) {
        return map("anchor", a.anchor(), "author", a.displayName(), "featured", a.featured(),
                "url", url, "excerpt", TemplateData.excerpt(a.body(), EVIDENCE_CHARS),
                "caseTitle", caseTitle, "quote", "");
    }
}
