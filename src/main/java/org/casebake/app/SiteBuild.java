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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One build of a site, stage by stage:
 * load config, scan sources, parse and validate, assemble the model, render pages, build the
 * search index, add static files, guard privacy, publish. Each stage adds its problems to one collector; the build stops
 * before publishing if there is any error, so nothing is ever half written.
 *
 * <p>Not thread-safe across builds: JBake's registries are JVM-wide, so builds run one at a time.
 */
public final class SiteBuild implements AutoCloseable {

    private final YamlReader yaml = new YamlReader();
    private final Markdown markdown;
    private final String version;
    private final boolean keepTheme;
    /** The theme and template engine of the last run, kept while the site's templates stay the same. */
    private PreparedTheme kept;

    private record PreparedTheme(Path source, Optional<String> templates, Theme theme, SiteRenderer renderer) {
    }

    /** A build for Casebake {@code version}. */
    public SiteBuild(String version) {
        this(version, new MarkdownRenderer(new HtmlSanitizer()));
    }

    /**
     * A build that renders Markdown with {@code markdown}: {@code casebake serve} passes a cache
     * in front of {@link MarkdownRenderer}, so rebuilds render only the bodies that changed.
     */
    public SiteBuild(String version, Markdown markdown) {
        this(version, markdown, false);
    }

    private SiteBuild(String version, Markdown markdown, boolean keepTheme) {
        this.version = version;
        this.markdown = markdown;
        this.keepTheme = keepTheme;
    }

    /**
     * A build for long-running callers ({@code casebake serve}) that keeps the prepared theme and
     * its template engine from run to run while the site's {@code templates/} stay byte for byte
     * the same, so templates are not copied and parsed again on every rebuild. Close it to delete
     * the kept theme's temporary folder.
     */
    public static SiteBuild keepingTheme(String version, Markdown markdown) {
        return new SiteBuild(version, markdown, true);
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
        PreparedTheme prepared = theme(request.source());
        try {
            files.addAll(times.time("render", () -> prepared.renderer().render(site, problems)));
            files.addAll(times.time("search index", () -> new SearchIndexBuilder().build(searchItems)));
            files.addAll(times.time("static files", () -> new StaticFiles(prepared.theme()).collect(sources, problems)));
        } finally {
            if (!keepTheme) {
                prepared.theme().close();
            }
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
                problems.error(request.output().toAbsolutePath().normalize().toString(), e.getMessage(), null);
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

    /** A fresh theme, or the kept one if the site's templates have not changed since it was prepared. */
    private PreparedTheme theme(Path source) {
        Optional<String> templates = keepTheme ? templatesDigest(source) : Optional.empty();
        if (kept != null && kept.source().equals(source) && templates.isPresent() && kept.templates().equals(templates)) {
            return kept;
        }
        close();
        Theme theme = Theme.prepare(source);
        PreparedTheme prepared = new PreparedTheme(source, templates, theme,
                new SiteRenderer(source, theme.templateFolder(), "templates", version));
        if (keepTheme) {
            kept = prepared;
        }
        return prepared;
    }

    /** The SHA-256 of the site's template files, names and contents; empty if they cannot be read. */
    private static Optional<String> templatesDigest(Path source) {
        Path folder = source.resolve("templates");
        if (!Files.isDirectory(folder)) {
            return Optional.of("no templates folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                byte[] name = folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8);
                byte[] content = Files.readAllBytes(file);
                sha.update(ByteBuffer.allocate(16).putLong(name.length).putLong(content.length).array());
                sha.update(name);
                sha.update(content);
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | UncheckedIOException e) {
            // Unreadable now (a file being replaced, say): prepare the theme afresh.
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Deletes the kept theme's temporary folder, if any; a later run prepares a new one. */
    @Override
    public void close() {
        if (kept != null) {
            kept.theme().close();
            kept = null;
        }
    }

    private static BuildResult failed(ProblemCollector problems, long start, StageTimes times) {
        return new BuildResult(problems.report(), List.of(), 0, 0, 0, millisSince(start), times.entries());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
