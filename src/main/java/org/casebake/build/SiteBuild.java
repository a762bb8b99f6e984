package org.casebake.build;

import org.casebake.assemble.DuplicateAnswers;
import org.casebake.assemble.SiteAssembler;
import org.casebake.assemble.SourceBinder;
import org.casebake.config.Messages;
import org.casebake.config.MessagesLoader;
import org.casebake.config.SiteConfig;
import org.casebake.config.SiteConfigLoader;
import org.casebake.model.OutputFile;
import org.casebake.model.Site;
import org.casebake.model.WithheldName;
import org.casebake.parse.FrontMatterParser;
import org.casebake.parse.LinkRewrites;
import org.casebake.parse.Markdown;
import org.casebake.parse.MarkdownHtmlCleaner;
import org.casebake.parse.MarkdownRenderer;
import org.casebake.parse.YamlReader;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;
import org.casebake.problem.ProblemReport;
import org.casebake.publish.CleanFiles;
import org.casebake.publish.PrivacyGuard;
import org.casebake.publish.PublishGate;
import org.casebake.publish.SiteWriter;
import org.casebake.render.SiteLinks;
import org.casebake.search.SearchIndexBuilder;
import org.casebake.search.SearchItem;
import org.casebake.search.SearchItems;
import org.casebake.source.ContentScanner;
import org.casebake.source.ListingMemory;
import org.casebake.source.Memo;
import org.casebake.source.SiteFolder;
import org.casebake.source.SourceFile;
import org.casebake.source.SourceSet;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One build of a site, stage by stage:
 * load config, scan sources, parse and validate, cross-check, assemble the model, render pages,
 * build the search index, add static files, guard privacy, publish. Each stage adds its problems to
 * one collector; the build stops before publishing if there is any error, so nothing is ever half
 * written. The render, search index and static files stages hand each file, as they make it, to the
 * privacy guard's scan and to a staging folder beside the output folder ({@link SiteOutput}), so the
 * site is never held in memory as a whole; the guard reports once every file was read, and only a
 * build without errors swaps the staging folder in. Any other end deletes it.
 *
 * <p>Not thread-safe across builds: JBake's registries are JVM-wide, so builds run one at a time.
 */
public final class SiteBuild implements AutoCloseable {

    private final YamlReader yaml = new YamlReader();
    private final RememberedMarkdown markdown;
    private final String version;
    private final PreparedThemes themes;
    /** Output files the privacy guard found clean in the last build: of use to the next build only. */
    private final CleanFiles cleanFiles;
    private final Memo<SiteFolder.Entry, String> sourceTexts;
    private final ListingMemory listings;
    private final Memo<SourceFile, SourceBinder.Bound<?>> boundSources;
    private final Memo<SearchItem, OutputFile> guardedItems;
    private final Memo<SiteAssembler.NamesKey, SiteAssembler.ShownNames> shownNames;
    private final Memo<String, SearchItems.MadeItems> madeItems;
    private final LinkRewrites linkRewrites;
    /** The guard of the last build, whose patterns serve the next build while the names withheld stay the same. */
    private Optional<PrivacyGuard> lastGuard = Optional.empty();
    private final boolean forRebuilds;
    private final SearchIndexBuilder searchIndex;
    private final PublishGate publishing;
    private final BuildCache cache;

    /** A build for Casebake {@code version}. */
    public SiteBuild(String version) {
        this(version, new PublishGate());
    }

    /** A build whose publishing a shutdown hook can hold back through {@code publishing}. */
    public SiteBuild(String version, PublishGate publishing) {
        this(version, publishing, BuildCache.none());
    }

    /** A build that reuses and updates what {@code cache} kept from earlier builds. */
    public SiteBuild(String version, PublishGate publishing, BuildCache cache) {
        this(version, new MarkdownRenderer(new MarkdownHtmlCleaner()), false, publishing, cache);
    }

    private SiteBuild(String version, Markdown markdown, boolean forRebuilds, PublishGate publishing, BuildCache cache) {
        this.version = version;
        this.publishing = publishing;
        this.cache = cache;
        this.markdown = new RememberedMarkdown(markdown, forRebuilds ? Memo.kept() : Memo.none());
        this.themes = new PreparedThemes(forRebuilds, version);
        this.sourceTexts = forRebuilds ? Memo.kept() : Memo.none();
        this.listings = forRebuilds ? ListingMemory.kept() : ListingMemory.none();
        this.boundSources = forRebuilds ? Memo.kept() : Memo.none();
        this.guardedItems = forRebuilds ? Memo.keptByIdentity() : Memo.none();
        this.shownNames = forRebuilds ? Memo.kept() : Memo.none();
        this.madeItems = forRebuilds ? Memo.kept() : Memo.none();
        this.linkRewrites = forRebuilds ? LinkRewrites.kept() : LinkRewrites.none();
        this.forRebuilds = forRebuilds;
        this.cleanFiles = forRebuilds ? new CleanFiles() : CleanFiles.none();
        this.searchIndex = forRebuilds ? SearchIndexBuilder.remembering() : new SearchIndexBuilder();
    }

    /**
     * A build for long-running callers ({@code casebake serve}) that keeps from run to run what
     * an unchanged input lets it keep: the text of unchanged files, what they bound to, their
     * rendered Markdown (forgotten only after a good build, as a failed one may stop before it),
     * what rewriting each body's links asked and gave,
     * the prepared theme and its template engine while the site's {@code templates/} stay the same,
     * each search item's analysis, the names shown while no author, case or status changes, the
     * privacy guard's patterns while the names withheld stay the same, and which output files passed
     * the privacy guard. Close it to
     * delete the kept theme's temporary folder.
     *
     * @param markdown what renders Markdown; what it renders is remembered
     */
    public static SiteBuild forRebuilds(String version, Markdown markdown) {
        return new SiteBuild(version, markdown, true, new PublishGate(), BuildCache.none());
    }

    /** Runs every stage for {@code request}. */
    public BuildResult run(BuildRequest request) {
        try {
            return runStages(request);
        } finally {
            sourceTexts.endBuild();
            boundSources.endBuild();
            guardedItems.endBuild();
            shownNames.endBuild();
            madeItems.endBuild();
            linkRewrites.endBuild();
        }
    }

    private BuildResult runStages(BuildRequest request) {
        long start = System.nanoTime();
        StageTimes times = new StageTimes();
        ProblemCollector problems = new ProblemCollector();
        Path source = request.source();
        boolean recording = request.write() && cache.folder().isPresent();
        Optional<SiteConfig> config = times.time("config", () -> new SiteConfigLoader(yaml).load(source, problems));
        Optional<Messages> messages = times.time("messages", () -> config.map(c -> new MessagesLoader().load(source, c.language(), problems)));
        SourceSet sources = times.time("scan", () -> (recording ? ContentScanner.digesting() : new ContentScanner(sourceTexts, listings))
                .scan(source, request.changes(), problems));
        // What the scan read is digested as it was read; the record of the last build is compared
        // with that, so an unchanged site costs one reading of its sources, not two.
        Optional<SiteRecord.Inputs> inputs = recording
                ? times.time("cache check", () -> SiteRecord.inputs(source, sources.readDigests())) : Optional.empty();
        Optional<SiteRecord> unchanged = inputs.filter(read -> problems.report().problems().isEmpty())
                .flatMap(read -> times.time("cache check", () -> cache.unchangedSite(request.options(), read, request.output())));
        if (unchanged.isPresent()) {
            SiteRecord same = unchanged.get();
            return new BuildResult(ProblemReport.empty(), List.of(), same.pages(), same.cases(), same.answers(), same.basePath(),
                    millisSince(start), times.entries());
        }
        SiteAssembler.Sources bound = times.time("parse+validate",
                () -> new SourceBinder(new FrontMatterParser(yaml), boundSources).bind(sources, problems));
        if (request.findNearDuplicates()) {
            times.run("near-duplicates", () -> new DuplicateAnswers().among(bound.answers())
                    .forEach(pair -> problems.add(DuplicateAnswers.warning(pair))));
        }
        CachedMarkdown cached = cache.folder().isEmpty() ? CachedMarkdown.without(markdown)
                : times.time("cache read", () -> cache.markdown(request.options(), markdown));
        SiteAssembler assembler = new SiteAssembler(cached, shownNames, linkRewrites);
        times.run("cross-check", () -> assembler.checkReferences(config.map(SiteConfig::themes).orElse(Map.of()), bound, problems));
        if (config.isEmpty() || problems.hasErrors()) {
            return failed(problems, start, times);
        }
        Site site = times.time("model", () -> assembler.assemble(config.get(), request.options(), bound, problems));
        if (problems.hasErrors()) {
            return failed(problems, start, times);
        }
        if (cached.keeping()) {
            times.run("cache write", () -> cache.keep(request.options(), cached));
        }
        PrivacyGuard.Scan guard = guardFor(site.withheldNames()).scan(cleanFiles);
        try (SiteOutput output = times.time("publish", () -> open(request, guard, inputs.isPresent()))) {
            List<SearchItem> searchItems = produce(site, messages.orElseThrow(), sources, source, times, problems, output);
            times.run("privacy guard", () -> {
                output.guardIndexTexts(searchItems, guardedItems);
                guard.report(GuardedSources.of(site, sources, source), outputLabel(source, request.output()), problems);
            });
            if (problems.hasErrors() || request.write() && !times.time("publish", () -> publish(output, request, problems))) {
                return failed(problems, start, times);
            }
            markdown.forgetUnused();
            inputs.ifPresent(read -> times.run("cache write", () -> keepSite(request, read, problems, site, output)));
            return new BuildResult(problems.report(), output.files(), output.pages(), site.cases().size(), site.answers().size(),
                    site.config().basePath(), millisSince(start), times.entries());
        }
    }

    /** A guard for {@code names}: the last build's when it looked for the same names and this build keeps things. */
    private PrivacyGuard guardFor(List<WithheldName> names) {
        PrivacyGuard guard = lastGuard.filter(last -> last.names().equals(names)).orElseGet(() -> new PrivacyGuard(names));
        if (forRebuilds) {
            lastGuard = Optional.of(guard);
        }
        return guard;
    }

    /**
     * Records the site just published, so that a build of the same inputs can leave it as it is:
     * only a build without any problem (whose warnings would otherwise not be shown again) and
     * only when no input changed while it ran.
     */
    private void keepSite(BuildRequest request, SiteRecord.Inputs read, ProblemCollector problems, Site site, SiteOutput output) {
        boolean clean = problems.report().problems().isEmpty()
                && SiteRecord.stamps(request.source()).filter(now -> Arrays.equals(now, read.stamps())).isPresent();
        cache.keep(request.options(), clean ? Optional.of(SiteRecord.of(read.digest(), request.output(), output.pages(),
                site.cases().size(), site.answers().size(), site.config().basePath(), output.checks())) : Optional.empty());
    }

    /**
     * Where the site's files go as they are made: into a staging folder beside the output folder for
     * a build that writes (each file's check kept when {@code recording}), else into memory.
     */
    private SiteOutput open(BuildRequest request, PrivacyGuard.Scan guard, boolean recording) {
        if (!request.write()) {
            return SiteOutput.inMemory(guard);
        }
        try {
            return SiteOutput.staged(guard, new SiteWriter(publishing).stage(request.output()), recording);
        } catch (SiteWriter.PublishException e) {
            return SiteOutput.unwritable(guard, e);
        }
    }

    /**
     * The render, search index and static files stages: every file of the site, handed to
     * {@code output}. Returns the search items, whose texts the privacy guard reads too.
     */
    private List<SearchItem> produce(Site site, Messages messages, SourceSet sources, Path source,
                                     StageTimes times, ProblemCollector problems, SiteOutput output) {
        PreparedThemes.Prepared prepared = themes.take(source);
        try {
            // Where each page is and where each answer is shown: made once, for the pages and the index.
            SiteLinks links = times.time("render", () -> {
                SiteLinks made = SiteLinks.of(site);
                prepared.renderer().render(site, made, messages, problems, output::accept);
                return made;
            });
            List<SearchItem> searchItems = times.time("search index", () -> {
                List<SearchItem> items = SearchItems.of(site, links, madeItems);
                searchIndex.build(items).forEach(output::accept);
                return items;
            });
            times.run("static files", () -> new StaticFiles(prepared.theme()).collect(site, sources, problems).forEach(output::accept));
            return searchItems;
        } finally {
            themes.release(prepared);
        }
    }

    /**
     * The publish stage; false (with the problem reported) when the output folder was left as it was.
     * A previous site that could not be deleted after the swap is a warning: the new site is in place.
     */
    private boolean publish(SiteOutput output, BuildRequest request, ProblemCollector problems) {
        try {
            output.publish().leftover().ifPresent(old ->
                    problems.add(Problem.warning(old.toString(), "the previous site was moved here but could not be deleted",
                            "the next build removes it")));
            return true;
        } catch (SiteWriter.PublishException e) {
            problems.error(request.output().toAbsolutePath().normalize().toString(), e.getMessage(), null);
            return false;
        }
    }

    /** How problems name a file of the output: under its folder, relative to the source when inside it. */
    private static String outputLabel(Path source, Path output) {
        Path absoluteSource = source.toAbsolutePath().normalize();
        Path absoluteOutput = output.toAbsolutePath().normalize();
        Path shown = absoluteOutput.startsWith(absoluteSource) ? absoluteSource.relativize(absoluteOutput) : absoluteOutput;
        return shown.toString().replace('\\', '/') + "/";
    }

    /** Deletes the kept theme's temporary folder, if any; a later run prepares a new one. */
    @Override
    public void close() {
        themes.close();
    }

    private static BuildResult failed(ProblemCollector problems, long start, StageTimes times) {
        return new BuildResult(problems.report(), List.of(), 0, 0, 0, "/", millisSince(start), times.entries());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
