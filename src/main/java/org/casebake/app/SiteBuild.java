package org.casebake.app;

import org.casebake.config.SiteConfig;
import org.casebake.config.SiteConfigLoader;
import org.casebake.model.Site;
import org.casebake.model.SiteAssembler;
import org.casebake.parse.FrontMatterParser;
import org.casebake.parse.HtmlSanitizer;
import org.casebake.parse.Markdown;
import org.casebake.parse.MarkdownRenderer;
import org.casebake.parse.YamlReader;
import org.casebake.publish.OutputFile;
import org.casebake.publish.PrivacyGuard;
import org.casebake.publish.SiteWriter;
import org.casebake.render.SiteRenderer;
import org.casebake.search.SearchIndexBuilder;
import org.casebake.search.SearchItem;
import org.casebake.source.ContentScanner;
import org.casebake.source.SourceSet;
import org.casebake.validate.ProblemCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One build of a site, stage by stage:
 * load config, scan sources, parse and validate, assemble the model, render pages, build the
 * search index, add static files, guard privacy, publish. Each stage adds its problems to one collector; the build stops
 * before publishing if there is any error, so nothing is ever half written.
 *
 * <p>Not thread-safe across builds: JBake's registries are JVM-wide, so builds run one at a time.
 */
public final class SiteBuild {

    private final YamlReader yaml = new YamlReader();
    private final Markdown markdown;
    private final String version;

    /** A build for Casebake {@code version}. */
    public SiteBuild(String version) {
        this(version, new MarkdownRenderer(new HtmlSanitizer()));
    }

    /**
     * A build that renders Markdown with {@code markdown}: {@code casebake serve} passes a cache
     * in front of {@link MarkdownRenderer}, so rebuilds render only the bodies that changed.
     */
    public SiteBuild(String version, Markdown markdown) {
        this.version = version;
        this.markdown = markdown;
    }

    /** Runs every stage for {@code request}. */
    public BuildResult run(BuildRequest request) {
        long start = System.nanoTime();
        StageTimes times = new StageTimes();
        ProblemCollector problems = new ProblemCollector();
        Optional<SiteConfig> config = times.time("config", () -> new SiteConfigLoader(yaml).load(request.source(), problems));
        SourceSet sources = times.time("scan", () -> new ContentScanner().scan(request.source(), problems));
        SiteAssembler.Sources bound = times.time("parse+validate",
                () -> new SourceBinder(new FrontMatterParser(yaml)).bind(sources, problems));
        SiteAssembler assembler = new SiteAssembler(markdown);
        times.time("cross-check", () -> {
            assembler.checkReferences(config.map(SiteConfig::themes).orElse(Map.of()), bound, problems);
            return null;
        });
        if (config.isEmpty() || problems.hasErrors()) {
            return failed(problems, start, times);
        }
        Site site = times.time("model", () -> assembler.assemble(config.get(), request.options(), bound, problems));
        if (problems.hasErrors()) {
            return failed(problems, start, times);
        }
        List<OutputFile> files = new ArrayList<>();
        List<SearchItem> searchItems = SearchItems.of(site);
        try (Theme theme = Theme.prepare(request.source())) {
            files.addAll(times.time("render", () -> new SiteRenderer(request.source(), theme.templateFolder(), "templates", version)
                    .render(site, problems)));
            files.addAll(times.time("search index", () -> new SearchIndexBuilder().build(searchItems)));
            files.addAll(times.time("static files", () -> new StaticFiles(theme).collect(sources, problems)));
        }
        times.time("privacy guard", () -> {
            new PrivacyGuard(site.withheldNames()).check(filesToGuard(files, searchItems), problems);
            return null;
        });
        if (problems.hasErrors()) {
            return failed(problems, start, times);
        }
        if (request.write()) {
            try {
                times.time("publish", () -> {
                    new SiteWriter().publish(files, request.output());
                    return null;
                });
            } catch (SiteWriter.PublishException e) {
                problems.error(request.output().toString(), e.getMessage(), null);
                return failed(problems, start, times);
            }
        }
        int pages = (int) files.stream().filter(f -> f.path().endsWith(".html")).count();
        return new BuildResult(problems.report(), files, pages, site.cases().size(), site.answers().size(),
                millisSince(start), times.entries());
    }

    /**
     * What the privacy guard reads: every output file, except that the search index's packed data,
     * where short runs of letters occur by chance, is represented by the text it was built from.
     */
    private static List<OutputFile> filesToGuard(List<OutputFile> files, List<SearchItem> items) {
        List<OutputFile> guarded = new ArrayList<>(files.stream()
                .filter(f -> !(f.path().startsWith("search/") && f.path().endsWith(".js"))).toList());
        StringBuilder text = new StringBuilder();
        for (SearchItem item : items) {
            text.append(item.url()).append('\n').append(item.title()).append('\n')
                    .append(item.caseTitle() == null ? "" : item.caseTitle()).append('\n')
                    .append(item.author() == null ? "" : item.author()).append('\n')
                    .append(String.join("\n", item.questionLabels())).append('\n')
                    .append(String.join("\n", item.themes())).append('\n');
            item.sections().forEach(s -> text.append(s.heading()).append('\n').append(s.anchor()).append('\n')
                    .append(s.text()).append('\n'));
        }
        guarded.add(new OutputFile("search/index.js", text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return guarded;
    }

    private static BuildResult failed(ProblemCollector problems, long start, StageTimes times) {
        return new BuildResult(problems.report(), List.of(), 0, 0, 0, millisSince(start), times.entries());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
