package org.casebake.render;

import org.casebake.model.CaseStudy;
import org.casebake.model.Comparison;
import org.casebake.model.Question;
import org.casebake.model.Site;
import org.casebake.model.Stance;
import org.casebake.model.StudentAnswer;
import org.casebake.model.TeachingNote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.casebake.render.TemplateData.map;

/**
 * Lists every page of the site with its template and data. Fetches each list once and indexes it,
 * so the work grows with the number of pages, not with its square (JBake's own renderer queries
 * every document list again for every document).
 */
final class PagePlanner {

    private static final int EVIDENCE_CHARS = 140;

    private final Site site;
    private final TemplateData data;
    private final SiteLinks links;
    private final String version;
    private final ComparisonChart comparisonChart = new ComparisonChart();
    private final ThemeChart themeChart = new ThemeChart();

    PagePlanner(Site site, String version) {
        this.site = site;
        this.data = new TemplateData(site);
        this.links = new SiteLinks(site.config());
        this.version = version;
    }

    /** Every page, in a fixed order. */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(page(SiteLinks.home(), "home.ftl", site.config().title(), "home", map(
                "cases", site.cases().stream().map(c -> (Object) data.caseSummary(c)).toList(),
                "comparisons", comparisonCards(), "themeCount", themeCounts().size(),
                "answerCount", site.answers().size())));
        for (CaseStudy c : site.cases()) {
            addCasePages(c, pages);
        }
        pages.add(page(SiteLinks.themes(), "themes.ftl", "Themes", "themes", map("themes", themeCards())));
        for (Map.Entry<String, List<StudentAnswer>> theme : answersByTheme().entrySet()) {
            pages.add(page(SiteLinks.theme(theme.getKey()), "theme.ftl", data.themeLabel(theme.getKey()), "theme",
                    map("theme", map("slug", theme.getKey(), "label", data.themeLabel(theme.getKey())),
                            "groups", groupsByCase(theme.getValue()), "answerCount", theme.getValue().size())));
        }
        for (Comparison comparison : site.comparisons()) {
            pages.add(page(SiteLinks.comparison(comparison.slug()), "comparison.ftl", comparison.title(), "comparison",
                    map("comparison", comparison(comparison))));
        }
        pages.add(page(SiteLinks.search(), "search.ftl", "Search", "search", map()));
        Page notFound = page("404.html", "404.ftl", "Page not found", "404", map());
        notFound.data().put("root", site.config().basePath());
        pages.add(notFound);
        pages.add(page("sitemap.xml", "sitemap.ftl", "", "sitemap", map("urls", pages.stream()
                .filter(p -> p.path().endsWith("index.html"))
                .map(p -> (Object) links.absolute(p.path())).toList())));
        pages.add(page("feed.xml", "feed.ftl", "", "feed", map("entries", feedEntries(),
                "updated", site.cases().stream().map(CaseStudy::date).max(java.time.LocalDate::compareTo)
                        .map(d -> d + "T00:00:00Z").orElse("1970-01-01T00:00:00Z"),
                "feedUrl", links.absolute("feed.xml"))));
        return pages;
    }

    private void addCasePages(CaseStudy c, List<Page> pages) {
        Map<String, Object> summary = data.caseSummary(c);
        List<Object> questions = c.questions().stream().map(q -> (Object) data.question(c, q)).toList();
        Map<String, Object> full = new LinkedHashMap<>(summary);
        full.put("html", c.body().html());
        full.put("questions", questions);
        themeChart.data(c, site.answersTo(c.slug()), data::themeLabel).ifPresent(chart -> full.put("themeChart", chart));
        pages.add(page(SiteLinks.caseStudy(c.slug()), "case.ftl", c.title(), "case", map("case", full)));
        for (Question q : c.questions()) {
            Map<String, Object> question = data.question(c, q);
            Object previous = q.number() > 1 ? questions.get(q.number() - 2) : null;
            Object next = q.number() < questions.size() ? questions.get(q.number()) : null;
            Map<String, Object> pageData = map("case", summary, "question", question);
            pageData.put("previous", previous);
            pageData.put("next", next);
            pages.add(page(SiteLinks.question(c.slug(), q.id()), "question.ftl",
                    "Question " + q.number() + " · " + c.title(), "question", pageData));
        }
        site.teachingNote(c.slug()).ifPresent((TeachingNote n) -> pages.add(page(SiteLinks.teachingNotes(c.slug()),
                "teaching-notes.ftl", n.title() + " · " + c.title(), "teaching-notes",
                map("case", summary, "note", map("title", n.title(), "html", n.body().html())))));
    }

    private Map<String, List<StudentAnswer>> answersByTheme() {
        Map<String, List<StudentAnswer>> byTheme = new TreeMap<>();
        for (StudentAnswer a : site.answers()) {
            for (String theme : a.themes()) {
                byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(a);
            }
        }
        return byTheme;
    }

    private Map<String, Integer> themeCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        answersByTheme().forEach((theme, list) -> counts.put(theme, list.size()));
        return counts;
    }

    private List<Object> themeCards() {
        return themeCounts().entrySet().stream().map(e -> (Object) map("slug", e.getKey(),
                "label", data.themeLabel(e.getKey()), "url", SiteLinks.theme(e.getKey()), "count", e.getValue())).toList();
    }

    private List<Object> groupsByCase(List<StudentAnswer> answers) {
        Map<String, List<Object>> byCase = new LinkedHashMap<>();
        for (StudentAnswer a : answers) {
            byCase.computeIfAbsent(a.caseSlug(), k -> new ArrayList<>()).add(data.answer(a.anchor()));
        }
        List<Object> groups = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            List<Object> inCase = byCase.get(c.slug());
            if (inCase != null) {
                groups.add(map("case", data.caseSummary(c), "answers", inCase));
            }
        }
        return groups;
    }

    private List<Object> comparisonCards() {
        return site.comparisons().stream().map(c -> (Object) map("title", c.title(), "url", SiteLinks.comparison(c.slug()),
                "excerpt", c.intro().excerpt(200), "draft", c.draft(), "sideCount", c.sides().size(),
                "dimensionCount", c.dimensions().size())).toList();
    }

    private Map<String, Object> comparison(Comparison c) {
        ComparisonEvidence evidence = ComparisonEvidence.of(c, site.answers());
        List<Object> rows = new ArrayList<>();
        for (Comparison.Dimension d : c.dimensions()) {
            List<Object> cells = new ArrayList<>();
            for (Comparison.Side s : c.sides()) {
                cells.add(map("side", s.id(), "sideLabel", s.label(), "text", d.cells().get(s.id()),
                        "strengths", citing(evidence, d.id(), s.id(), Stance.STRENGTH),
                        "weaknesses", citing(evidence, d.id(), s.id(), Stance.WEAKNESS)));
            }
            rows.add(map("id", d.id(), "label", d.label(), "cells", cells,
                    "argued", !evidence.arguing(d.id()).isEmpty()));
        }
        return map("slug", c.slug(), "title", c.title(), "html", c.intro().html(), "draft", c.draft(),
                "sides", c.sides().stream().map(s -> (Object) map("id", s.id(), "label", s.label())).toList(),
                "rows", rows, "answerCount", evidence.answers().size(),
                "cases", c.caseSlugs().stream().flatMap(slug -> site.cases().stream().filter(x -> x.slug().equals(slug)))
                        .map(x -> (Object) map("title", x.title(), "url", SiteLinks.caseStudy(x.slug()))).toList(),
                "chart", comparisonChart.draw(evidence).toMap(),
                "standing", ClassStanding.of(evidence).toMap(this::evidenceLink));
    }

    private List<Object> citing(ComparisonEvidence evidence, String dimension, String side, Stance view) {
        return evidence.citing(dimension, side, view).stream().map(a -> (Object) evidenceLink(a)).toList();
    }

    /** An answer as the comparison page cites it: name, link to its anchor, one-line excerpt. */
    private Map<String, Object> evidenceLink(StudentAnswer a) {
        return map("anchor", a.anchor(), "author", a.displayName(), "featured", a.featured(),
                "url", SiteLinks.caseStudy(a.caseSlug()) + "#" + a.anchor(), "excerpt", a.body().excerpt(EVIDENCE_CHARS),
                "caseTitle", data.answer(a.anchor()).get("caseTitle"));
    }

    private List<Object> feedEntries() {
        return site.cases().stream().map(c -> (Object) map("title", c.title(), "url", links.absolute(SiteLinks.caseStudy(c.slug())),
                "updated", c.date() + "T00:00:00Z", "summary", c.summary())).toList();
    }

    private Page page(String path, String template, String title, String kind, Map<String, Object> pageData) {
        Map<String, Object> all = new LinkedHashMap<>(pageData);
        all.put("site", data.siteData());
        all.put("nav", data.navigation());
        all.put("root", Page.rootOf(path));
        all.put("page", map("title", title, "path", path, "kind", kind, "canonical", links.absolute(path)));
        all.put("audience", site.audience().word());
        all.put("instructor", site.audience() == org.casebake.model.Audience.INSTRUCTOR);
        all.put("drafts", site.withDrafts());
        all.put("generator", "Casebake " + version);
        return new Page(path, template, all);
    }
}
