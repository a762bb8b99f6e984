package org.casebake.comparison;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.BuildOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture sites of the comparison tests, {@code sites/<name>/input} beside {@code expected/} as
 * for every golden test, read from the source tree (so that golden updates land there), and their
 * in-process builds.
 */
final class FixtureSites {

    static final Path SITES = Path.of("src", "test", "resources", "sites");

    private FixtureSites() {
    }

    /** Builds the student site from {@code source} into {@code output}, as {@code casebake build} does. */
    static BuildResult build(Path source, Path output) {
        return new SiteBuild("test").run(new BuildRequest(source, output, BuildOptions.studentSite(), true));
    }

    /** Builds {@code source} and fails the test, showing the problems, unless the build succeeds. */
    static Path buildOrFail(Path source, Path output) {
        BuildResult result = build(source, output);
        assertTrue(result.succeeded(), () -> String.join("\n", result.problems().formatLines()));
        assertEquals(0, result.problems().problems().size(), () -> String.join("\n", result.problems().formatLines()));
        return output;
    }

    /** A built file as text. */
    static String read(Path site, String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    /** The page's {@code <main>} element exactly as written: the part of a page a page template owns. */
    static String mainOf(String html) {
        int start = html.indexOf("<main");
        int end = html.indexOf("</main>");
        assertTrue(start >= 0 && end > start, "the page has no <main> element");
        return html.substring(start, end + "</main>".length()) + "\n";
    }

    /** The inline {@code <svg>} element with this id exactly as written into the page. */
    static String svgOf(String html, String id) {
        int start = html.indexOf("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id + "\"");
        assertTrue(start >= 0, "the page has no <svg id=\"" + id + "\">");
        int end = html.indexOf("</svg>", start);
        return html.substring(start, end + "</svg>".length());
    }

    /** Copies a fixture into {@code target}, so a test can change it without touching the original. */
    static Path copy(Path fixture, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path to = target.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
