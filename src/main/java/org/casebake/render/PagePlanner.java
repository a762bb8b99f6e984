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
    private final ThemePages themePages;
    private final ThemeChart themeChart;
    private final TemplateTexts texts;
    /** The search script's texts as JSON, or "" when they are the ones the script has built in. */
    private final String scriptTexts;

    /**
     * A planner for {@code site}, whose pages {@code links} addresses; {@code shared} carries parts of
     * the last render's data over, so that equal parts are the same objects (see {@link SharedData}).
     */
    PagePlanner(Site site, SiteLinks links, String version, SharedData shared, TemplateTexts texts) {
        this.site = site;
        this.shared = shared;
        this.texts = shared.same("texts", texts);
        this.scriptTexts = ScriptTexts.json(texts);
        this.themeChart = new ThemeChart(texts);
        this.links = links;
        this.data = new TemplateData(site, shared, this.texts, links);
        this.version = version;
        this.siteData = data.siteData();
        this.navigation = data.navigation();
        this.answersByTheme = answersByTheme(site);
        this.themePages = new ThemePages(site, answersByTheme);
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
        pages.addAll(inParallel(List.copyOf(answersByTheme.entrySet()), this::themePages));
        ComparisonData comparisons = new ComparisonData(site, data, shared, texts, links);
        for (Comparison comparison : site.comparisons()) {
            Map<String, Object> shown = comparisons.of(comparison);
            pages.add(page(SiteLinks.comparison(comparison.slug()), "comparison.ftl", comparison.title(), "comparison",
                    map("comparison", shown)));
            for (Map<String, Object> cell : comparisons.evidencePages(comparison, shown)) {
                pages.add(page((String) cell.remove("path"), "evidence.ftl", (String) cell.remove("title"), "evidence", cell));
            }
        }
        pages.add(page(SiteLinks.search(), "search.ftl", texts.text("title.search", List.of()), "search", map()));
        Page notFound = page("404.html", "404.ftl", texts.text("title.not-found", List.of()), "404", map());
        notFound.data().put("root", site.config().basePath());
        notFound.data().put("link", new LinkFunction(notFound.path(), site.config().basePath()));
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

    private List<Page> themePages(Map.Entry<String, List<StudentAnswer>> theme) {
        String slug = theme.getKey();
        String label = data.themeLabel(slug);
        List<ThemePages.Sheet> sheets = themePages.sheets(slug);
        List<Page> pages = new ArrayList<>();
        for (ThemePages.Sheet sheet : sheets) {
            String title = sheet.number() == 1 ? label : texts.text("title.page", List.of(label, sheet.number()));
            Map<String, Object> pageData = map("theme", map("slug", slug, "label", label),
                    "groups", groupsByCase(sheet), "answerCount", theme.getValue().size(),
                    "pagination", pagination(sheets.size(), sheet.number(), n -> SiteLinks.theme(slug, n)));
            pages.add(page(sheet.path(), "theme.ftl", title, "theme", pageData));
        }
        return pages;
    }

    /** Where page {@code number} of {@code count} stands among its siblings, addressed by {@code url}. */
    static Map<String, Object> pagination(int count, int number, java.util.function.IntFunction<String> url) {
        Map<String, Object> pagination = map("number", number, "count", count);
        if (number > 1) {
            pagination.put("previousUrl", url.apply(number - 1));
        }
        if (number < count) {
            pagination.put("nextUrl", url.apply(number + 1));
        }
        return pagination;
    }

    private List<Page> casePages(CaseStudy c) {
        List<Page> pages = new ArrayList<>();
        Map<String, Object> summary = data.caseSummary(c);
        List<Object> questions = c.questions().stream().map(q -> (Object) data.question(c, q)).toList();
        Map<String, Object> full = new LinkedHashMap<>(summary);
        full.put("html", c.body().html());
        full.put("questions", questions);
        ThemeChart.Grid grid = ThemeChart.grid(c, site.answersTo(c.slug()), data::themeLabel);
        List<List<String>> cellUrls = grid.rows().stream().map(row -> c.questions().stream()
                .map(q -> themePages.sectionUrl(row.slug(), c.slug(), q.id()).orElse("")).toList()).toList();
        shared.derived("theme-chart/" + c.slug(), List.of(c.slug(), c.title(), grid, cellUrls, texts),
                        () -> themeChart.data(c, grid, cellUrls, Page.rootOf(SiteLinks.caseStudy(c.slug()))))
                .ifPresent(chart -> full.put("themeChart", chart));
        pages.add(page(SiteLinks.caseStudy(c.slug()), "case.ftl", c.title(), "case", map("case", full)));
        for (int i = 0; i < c.questions().size(); i++) {
            Question q = c.questions().get(i);
            Object previous = q.number() > 1 ? questions.get(q.number() - 2) : null;
            Object next = q.number() < questions.size() ? questions.get(q.number()) : null;
            Map<String, Object> common = map("case", summary, "question", questions.get(i), "themes", questionThemes(c, q, grid),
                    "previous", previous, "next", next);
            for (QuestionSheets.Sheet sheet : links.questionSheets().sheets(c.slug(), q.id())) {
                pages.add(questionPage(sheet, common));
            }
        }
        site.teachingNote(c.slug()).ifPresent((TeachingNote n) -> pages.add(page(SiteLinks.teachingNotes(c.slug()),
                "teaching-notes.ftl", n.title() + " · " + c.title(), "teaching-notes",
                map("case", summary, "note", map("title", n.title(), "html", n.body().html())))));
        return pages;
    }

    private Page questionPage(QuestionSheets.Sheet sheet, Map<String, Object> common) {
        CaseStudy c = sheet.caseStudy();
        Question q = sheet.question();
        Map<String, Object> pageData = new LinkedHashMap<>(common);
        pageData.put("entries", sheet.entries().stream().map(e -> (Object) map("answer", data.answer(e.answer().anchor()),
                "full", e.full(), "url", e.full() ? "" : links.answerTo(e.answer(), q.id()))).toList());
        pageData.put("pagination", pagination(sheet.count(), sheet.number(), n -> SiteLinks.question(c.slug(), q.id(), n)));
        String title = texts.text("title.question", List.of(q.number(), c.title()));
        return page(sheet.path(), "question.ftl", sheet.number() == 1 ? title : texts.text("title.page", List.of(title, sheet.number())),
                "question", pageData);
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

    /** A theme page's sections, each case's questions under the case. */
    private List<Object> groupsByCase(ThemePages.Sheet sheet) {
        List<Object> groups = new ArrayList<>();
        Map<String, Object> group = null;
        List<Object> sections = null;
        for (ThemePages.Section s : sheet.sections()) {
            if (group == null || !group.get("slug").equals(s.caseStudy().slug())) {
                sections = new ArrayList<>();
                group = map("slug", s.caseStudy().slug(), "case", data.caseSummary(s.caseStudy()), "sections", sections);
                groups.add(group);
            }
            sections.add(map("id", s.id(), "count", s.answers().size(),
                    "question", map("number", s.question().number(), "prompt", s.question().prompt(),
                            "url", SiteLinks.question(s.caseStudy().slug(), s.question().id())),
                    "answers", s.answers().stream().map(a -> (Object) data.answer(a.anchor())).toList()));
        }
        return groups;
    }

    /** The themes of a question's answers, each with its count and where those answers are listed. */
    private List<Object> questionThemes(CaseStudy c, Question q, ThemeChart.Grid grid) {
        List<Object> themes = new ArrayList<>();
        int column = q.number() - 1;
        for (ThemeChart.Row row : grid.rows()) {
            int count = row.counts().get(column);
            themePages.sectionUrl(row.slug(), c.slug(), q.id()).filter(url -> count > 0).ifPresent(url ->
                    themes.add(map("slug", row.slug(), "label", row.label(), "count", count, "url", url)));
        }
        return themes;
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
        all.put("link", LinkFunction.from(path));
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
