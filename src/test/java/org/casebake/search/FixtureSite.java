package org.casebake.search;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casebake.model.OutputFile;
import org.casebake.render.EnglishTexts;

/**
 * A small course site for the browser tests: two cases, their questions, seven answers and a comparison,
 * indexed by SearchIndexBuilder and rendered with the macros of templates/macros/search.ftl, with the
 * real assets/js/search.js, assets/js/search-engine.js and assets/css/search.css.
 */
final class FixtureSite {

    static final String NETFLIX = "netflix-oss-prize";
    static final String HARBOR = "harbor-logistics";

    private static final String LAYOUT = """
            <#ftl output_format="HTML">
            <#import "macros/search.ftl" as search>
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>${title}</title></head>
            <body>
            <header><a href="${root}index.html">MGMT 301</a> <@search.searchBox root=root/></header>
            <main>
            <#if searchPage><@search.searchPage root=root/><#else>
            <h1>${title}</h1>
            <#list blocks as block><section id="${block.id}"><#if block.heading?has_content><h2>${block.heading}</h2></#if>
            <p>${block.text}</p></section>
            </#list></#if>
            </main>
            </body>
            </html>
            """;

    /** An answer longer than an excerpt, whose rarer words come late. */
    static final String LONG_ANSWER = "Harbor should think about its partners first. Trucking firms in the region have "
            + "worked together for decades, sharing depots, drivers and even spare parts when a winter storm closes "
            + "the pass. None of that required a formal contract, only trust built over years of favours returned. "
            + "If Harbor publishes its data, the smaller firms will want to know who profits from it. A shared "
            + "ledger, perhaps even a blockchain, would let every firm see who used which trip record and when, and "
            + "that transparency would keep the cooperation alive. Without it, the café owners along the highway "
            + "will be the only ones who know where the trucks go.";

    private FixtureSite() {
    }

    /** The items of the fixture course. */
    static List<SearchItem> items() {
        String netflix = "Netflix's open-source prize";
        String harbor = "Harbor Logistics opens its routing data";
        String q1 = "Q1 · Why did Netflix pay outsiders to improve its code?";
        String q2 = "Q2 · What are the risks of opening your infrastructure?";
        String h1 = "Q1 · Should Harbor share its routing data with rivals?";
        return List.of(
                SearchItem.caseStudy(NETFLIX, "cases/" + NETFLIX + "/index.html", new SearchItem.CaseRef(NETFLIX, netflix),
                        List.of("open-source", "security"), List.of(
                        new SearchSection("", "", "In 2013 Netflix offered prizes to developers outside the company."),
                        new SearchSection("Background", "background", "Netflix ran its streaming service on a public cloud."),
                        new SearchSection("The decision", "the-decision", "The company released its tools for anyone to use."))),
                question(NETFLIX, netflix, "q1", q1), question(NETFLIX, netflix, "q2", q2),
                answer("a1", NETFLIX, netflix, List.of("q2"), List.of(q2), "A. S.", List.of("Security"), true,
                        "Security is definitely a problem: anyone could abuse the system for malicious purposes."),
                answer("a2", NETFLIX, netflix, List.of("q1", "q2"), List.of(q1, q2), "C. S.", List.of("Open innovation"),
                        false, "The innovation came from outsiders who used the tools every day."),
                answer("a3", NETFLIX, netflix, List.of("q1"), List.of(q1), "M. B.", List.of("Recruiting"), false,
                        "Netflix taps a deep talent pool without hiring anyone."),
                answer("a4", NETFLIX, netflix, List.of("q1"), List.of(q1), "P. K.", List.of("Recruiting"), false,
                        "The pool of applicants was small, but their talent was obvious."),
                SearchItem.caseStudy(HARBOR, "cases/" + HARBOR + "/index.html", new SearchItem.CaseRef(HARBOR, harbor),
                        List.of("logistics"), List.of(
                        new SearchSection("", "", "Harbor Logistics publishes the routes of its trucks."))),
                question(HARBOR, harbor, "q1", h1),
                answer("h1", HARBOR, harbor, List.of("q1"), List.of(h1), "J. O.", List.of("Risk", "Security"), false,
                        "Opening the data creates a security risk, though rivals gain little."),
                answer("h2", HARBOR, harbor, List.of("q1"), List.of(h1), "L. N.", List.of("Cost"), false,
                        "Routing data is only valuable when it is fresh."),
                answer("h3", HARBOR, harbor, List.of("q1"), List.of(h1), "R. T.", List.of("Trust"), false, LONG_ANSWER),
                SearchItem.comparison("open-vs-closed", "comparisons/open-vs-closed/index.html",
                        "Open versus closed development", Optional.empty(), List.of(new SearchSection("", "", "Comparing both cases on security and cost."))));
    }

    /** A question: its title is its number and prompt, as the site's items have it. */
    private static SearchItem question(String slug, String caseTitle, String id, String label) {
        return SearchItem.question(slug + "/" + id, "cases/" + slug + "/questions/" + id + "/index.html", label,
                new SearchItem.CaseRef(slug, caseTitle), id, label);
    }

    private static SearchItem answer(String id, String slug, String caseTitle, List<String> questions,
                                     List<String> labels, String author, List<String> themes, boolean featured,
                                     String text) {
        return SearchItem.answer(id, "cases/" + slug + "/questions/" + questions.get(0) + "/index.html#answer-" + id,
                "Answer by " + author, new SearchItem.CaseRef(slug, caseTitle), questions, labels, themes, featured, author,
                List.of(new SearchSection("", "", text)));
    }

    /** Writes the site into a folder, with its index built by the given builder. */
    static void write(Path site, SearchIndexBuilder builder) {
        List<SearchItem> items = items();
        writeShell(site, builder.build(items));
        Map<String, List<Map<String, String>>> pages = new LinkedHashMap<>();
        for (SearchItem item : items) {
            String url = item.url();
            String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
            List<Map<String, String>> blocks = pages.computeIfAbsent(path, p -> new ArrayList<>());
            if (item.type() == SearchItemType.ANSWER) {
                blocks.add(Map.of("id", url.substring(url.indexOf('#') + 1), "heading", item.title(),
                        "text", item.sections().get(0).text()));
            } else {
                for (SearchSection section : item.sections()) {
                    blocks.add(Map.of("id", section.anchor().isEmpty() ? "top" : section.anchor(),
                            "heading", section.heading(), "text", section.text()));
                }
            }
        }
        pages.forEach((path, blocks) -> page(site, path, "../".repeat(path.split("/").length - 1), path, false, blocks));
    }

    /** Writes index files, the search assets, a home page and the search page: enough to search. */
    static void writeShell(Path site, List<OutputFile> index) {
        for (OutputFile file : index) {
            put(site, file.path(), file.bytes());
        }
        try {
            put(site, "assets/js/search.js", Files.readAllBytes(Path.of("assets/js/search.js")));
            put(site, "assets/js/search-engine.js", Files.readAllBytes(Path.of("assets/js/search-engine.js")));
            put(site, "assets/css/search.css", Files.readAllBytes(Path.of("assets/css/search.css")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page(site, "index.html", "", "MGMT 301", false, List.of());
        page(site, "themes/index.html", "../", "Themes", false, List.of());
        page(site, "search/index.html", "../", "Search", true, List.of());
    }

    private static void page(Path site, String path, String root, String title, boolean searchPage,
                             List<Map<String, String>> blocks) {
        try {
            StringTemplateLoader layout = new StringTemplateLoader();
            layout.putTemplate("layout.ftl", LAYOUT);
            Configuration config = new Configuration(Configuration.VERSION_2_3_34);
            config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {layout,
                new FileTemplateLoader(Path.of("templates").toFile())}));
            config.setDefaultEncoding("UTF-8");
            config.setLocale(Locale.ROOT);
            StringWriter out = new StringWriter();
            config.getTemplate("layout.ftl").process(Map.of("title", title, "root", root, "searchPage", searchPage,
                    "blocks", blocks, "msg", EnglishTexts.msgFunction()), out);
            put(site, path, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void put(Path site, String path, byte[] bytes) {
        try {
            Path file = site.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
