package org.casebake.comparison;

import org.casebake.build.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.casebake.comparison.FixtureSites.PROBLEMS;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mistakes an instructor can make in a comparison or in an answer's positions, each in a small
 * site under {@code src/test/resources/problems/<name>/} with the exact report in its
 * {@code expected.txt}. A build with errors writes nothing.
 */
class ComparisonProblemsTest {

    @TempDir
    Path out;

    @Test
    void reportsAComparisonNamingAnUnknownCase() throws IOException {
        assertReports("comparison-unknown-case");
    }

    @Test
    void reportsPositionsNamingADimensionOrSideNoCoveringComparisonDefines() throws IOException {
        assertReports("comparison-unknown-dimension-or-side");
    }

    @Test
    void reportsDuplicateSideAndDimensionIds() throws IOException {
        assertReports("comparison-duplicate-ids");
    }

    @Test
    void reportsADimensionMissingACellForASide() throws IOException {
        assertReports("comparison-missing-cell");
    }

    private void assertReports(String name) throws IOException {
        Path site = out.resolve("site");
        BuildResult result = FixtureSites.build(PROBLEMS.resolve(name), site);
        assertFalse(result.succeeded(), name + " should fail to build");
        assertFalse(Files.exists(site.resolve("index.html")), "a failed build writes nothing");
        assertTrue(result.files().isEmpty());
        GoldenFiles.assertMatches(PROBLEMS.resolve(name).resolve("expected.txt"),
                String.join("\n", result.problems().formatLines()) + "\n");
    }
}
