package org.casebake.serve;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.source.SourceChanges;
import org.casebake.model.BuildOptions;
import org.casebake.parse.MarkdownHtmlCleaner;
import org.casebake.parse.MarkdownRenderer;

import java.nio.file.Path;
import java.util.List;

/**
 * Runs the preview's builds in memory, one after another in the same JVM, and turns each into the
 * next {@link PreviewState}: a good build replaces the site; a failed one keeps the last good site
 * and carries its problems. Rendered Markdown, the prepared theme and the template engine are kept
 * between builds, so a rebuild renders only the bodies that changed and parses templates only after
 * they change.
 */
final class SiteRebuilder implements AutoCloseable {

    private final Path source;
    private final BuildOptions options;
    private final SiteBuild build;

    SiteRebuilder(Path source, BuildOptions options, String version) {
        this.source = source;
        this.options = options;
        this.build = SiteBuild.forRebuilds(version, new MarkdownRenderer(new MarkdownHtmlCleaner()));
    }

    /**
     * How one rebuild went.
     *
     * @param state     what the preview shows next
     * @param succeeded whether the build had no errors
     * @param problems  every problem line of the build: its errors, or a good build's warnings
     * @param errors    the number of errors (0 for a good build)
     * @param pages     the number of HTML pages of a good build
     * @param millis    the build's wall time
     */
    record Outcome(PreviewState state, boolean succeeded, List<String> problems, long errors, int pages, long millis) {
    }

    /**
     * Builds the site again; {@code previous} is kept if the build fails.
     *
     * @param changes what changed in the sources since the last rebuild, if known
     */
    Outcome rebuild(PreviewState previous, SourceChanges changes) {
        long start = System.nanoTime();
        BuildResult result;
        try {
            result = build.run(new BuildRequest(source, source.resolve("target").resolve("site"), options, false).after(changes));
        } catch (RuntimeException e) {
            // A file vanishing mid-scan and the like: report it like a problem and try again on the next save.
            String line = "casebake: the rebuild stopped: " + e + " (save again to retry; report it if it keeps happening)";
            return new Outcome(new PreviewState(previous.site(), List.of(line)), false, List.of(line), 1, 0, millisSince(start));
        }
        List<String> problems = result.problems().formatLines();
        if (!result.succeeded()) {
            return new Outcome(new PreviewState(previous.site(), problems), false, problems, result.problems().errorCount(), 0,
                    millisSince(start));
        }
        SiteSnapshot site = SiteSnapshot.of(previous.site().build() + 1, result.basePath(), result.files());
        return new Outcome(new PreviewState(site, List.of()), true, problems, 0, result.pages(), millisSince(start));
    }

    /** Deletes the kept theme's temporary folder. Not to be called while a build runs. */
    @Override
    public void close() {
        build.close();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
