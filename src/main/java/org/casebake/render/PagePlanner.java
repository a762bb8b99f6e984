package org.casebake.render;

import org.casebake.model.CaseStudy;
import org.casebake.model.Comparison;
import org.casebake.model.Question;
import org.casebake.model.Site;
import org.casebake.model.StudentAnswer;
import org.casebake.model.TeachingNote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.casebake.render.TemplateData.map;

/**
 * Lists every page of the site with its template and data. Fetches each list once and indexes it,
 * so the work grows with the number of pages, not with its square (JBake's own renderer queries
 * every document list again for every document).
 */
final class PagePlanner {

    private final Site site;
    private final SharedData shared;
    private final TemplateData data;
    private final SiteLinks links;
    private final String version;
    private final Map<String, Object> siteData;
    private final Map<String, Object> navigation;
    private final Map<String, List<StudentAnswer>> answersByTheme;
    private final ThemeChart themeChart;
    private final TemplateTexts texts;
    /** The search script's texts as JSON, or "" when they are the ones the script has built in. */
    private final String scriptTexts;

    /**
     * A planner for {@code site}; {@code shared} carries parts of the last render's data over, so
     * that equal parts are the same objects (see {@link SharedData}).
     */
    PagePlanner(Site site, String version, SharedData shared, TemplateTexts texts) {
        this.site = site;
        this.shared = shared;
        this.texts = shared.same("texts", texts);
        this.scriptTexts = ScriptTexts.json(texts);
        this.themeChart = new ThemeChart(texts);
        this.data = new TemplateData(site, shared, texts);
        this.links = new SiteLinks(site.config());
        this.version = version;
        this.siteData = data.siteData();
        this.navigation = data.navigation();
        this.answersByTheme = answersByTheme(site);
    }

    /**
     * Every page, in a fixed order. Cases and themes are planned in parallel, each into its own
     * list, and the lists are joined in the order of the cases and themes.
     */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        pages.add(page(SiteLinks.home(), "home.ftl", site.config().title(), "home", map(
                "cases", site.cases().stream().map(c -> (Object) data.caseSummary(c)).toList(),
                "comparisons", comparisonCards(), "themeCount", answersByTheme.size(),
                "answerCount", site.answers().size())));
        pages.addAll(inParallel(site.cases(), this::casePages));
        pages.add(page(SiteLinks.themes(), "themes.ftl", texts.text("title.themes", List.of()), "themes", map("themes", themeCards())));
        pages.addAll(inParallel(List.copyOf(answersByTheme.entrySet()), theme -> List.of(themePage(theme))));
        ComparisonData comparisons = new ComparisonData(site, data, shared, texts);
        for (Comparison comparison : site.comparisons()) {
            pages.add(page(SiteLinks.comparison(comparison.slug()), "comparison.ftl", comparison.title(), "comparison",
                    map("comparison", comparisons.of(comparison))));
        }
        pages.add(page(SiteLinks.search(), "search.ftl", texts.text("title.search", List.of()), "search", map()));
        Page notFound = page("404.html", "404.ftl", texts.text("title.not-found", List.of()), "404", map());
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

    private static <T> List<Page> inParallel(List<T> items, Function<T, List<Page>> planner) {
        return items.parallelStream().map(planner).flatMap(List::stream).toList();
    }

    private Page themePage(Map.Entry<String, List<StudentAnswer>> theme) {
        return page(SiteLinks.theme(theme.getKey()), "theme.ftl", data.themeLabel(theme.getKey()), "theme",
                map("theme", map("slug", theme.getKey(), "label", data.themeLabel(theme.getKey())),
                        "groups", groupsByCase(theme.getValue()), "answerCount", theme.getValue().size()));
    }

    private List<Page> casePages(CaseStudy c) {
        List<Page> pages = new ArrayList<>();
        Map<String, Object> summary = data.caseSummary(c);
        List<Object> questions = c.questions().stream().map(q -> (Object) data.question(c, q)).toList();
        Map<String, Object> full = new LinkedHashMap<>(summary);
        full.put("html", c.body().html());
        full.put("questions", questions);
        ThemeChart.Grid grid = ThemeChart.grid(c, site.answersTo(c.slug()), data::themeLabel);
        shared.derived("theme-chart/" + c.slug(), List.of(c.slug(), c.title(), grid, texts), () -> themeChart.data(c, grid))
                .ifPresent(chart -> full.put("themeChart", chart));
        pages.add(page(SiteLinks.caseStudy(c.slug()), "case.ftl", c.title(), "case", map("case", full)));
        for (int i = 0; i < c.questions().size(); i++) {
            Question q = c.questions().get(i);
            Object question = questions.get(i);
            Object previous = q.number() > 1 ? questions.get(q.number() - 2) : null;
            Object next = q.number() < questions.size() ? questions.get(q.number()) : null;
            Map<String, Object> pageData = map("case", summary, "question", question);
            pageData.put("previous", previous);
            pageData.put("next", next);
            pages.add(page(SiteLinks.question(c.slug(), q.id()), "question.ftl",
                    texts.text("title.question", List.of(q.number(), c.title())), "question", pageData));
        }
        site.teachingNote(c.slug()).ifPresent((TeachingNote n) -> pages.add(page(SiteLinks.teachingNotes(c.slug()),
                "teaching-notes.ftl", n.title() + " · " + c.title(), "teaching-notes",
                map("case", summary, "note", map("title", n.title(), "html", n.body().html())))));
        return pages;
    }

    private static Map<String, List<StudentAnswer>> answersByTheme(Site site) {
        Map<String, List<StudentAnswer>> byTheme = new HashMap<>();
        for (StudentAnswer a : site.answers()) {
            for (String theme : a.themes()) {
                byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(a);
            }
        }
        return new TreeMap<>(byTheme);
    }

    private List<Object> themeCards() {
        return answersByTheme.entrySet().stream().map(e -> (Object) map("slug", e.getKey(),
                "label", data.themeLabel(e.getKey()), "url", SiteLinks.theme(e.getKey()), "count", e.getValue().size())).toList();
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

    private List<Object> feedEntries() {
        return site.cases().stream().map(c -> (Object) map("title", c.title(), "url", links.absolute(SiteLinks.caseStudy(c.slug())),
                "updated", c.date() + "T00:00:00Z", "summary", c.summary())).toList();
    }

    private Page page(String path, String template, String title, String kind, Map<String, Object> pageData) {
        Map<String, Object> all = new LinkedHashMap<>(pageData);
        all.put("site", siteData);
        all.put("nav", navigation);
        all.put("root", Page.rootOf(path));
        all.put("page", map("title", title, "path", path, "kind", kind, "canonical", links.absolute(path)));
        all.put("audience", site.audience().word());
        all.put("instructor", site.audience() == org.casebake.model.Audience.INSTRUCTOR);
        all.put("drafts", site.withDrafts());
        all.put("generator", "Casebake " + version);
        all.put("msg", texts);
        all.put("scriptTexts", scriptTexts);
        return new Page(path, template, all);
    }
}
