package org.casebake.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RebuildBenchmarkTest {

    @TempDir
    Path course;

    @Test
    void rebuildsAfterEachEditPrintsMediansAfterTheWarmUpAndRestoresTheAnswer() throws IOException {
        new SyntheticCourse(2, 3, SyntheticCourse.DEFAULT_SEED).writeTo(course);
        Path answer = firstAnswer();
        byte[] before = Files.readAllBytes(answer);

        List<String> lines = run(4, 1);

        assertEquals(6, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("build\\s+0\\s+\\d+ ms wall\\s+-?\\d+ ms CPU \\| .*render \\d+.*"), lines.get(0));
        for (int n = 1; n <= 4; n++) {
            assertTrue(lines.get(n).startsWith("rebuild  " + n + " "), lines.get(n));
        }
        assertTrue(lines.get(5).matches("median of rebuilds 2 to 4 \\(content/cases/.*/answers/.*\\.md changed each time\\): "
                + "\\d+ ms wall, -?\\d+ ms CPU \\| .*search index \\d+.*"), lines.get(5));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(answer));
    }

    @Test
    void aFailedBuildIsReportedAndEndsTheRun() throws IOException {
        new SyntheticCourse(1, 2, SyntheticCourse.DEFAULT_SEED).writeTo(course);
        Files.writeString(course.resolve("site-config.yml"), "title: [\n");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = RebuildBenchmark.run(course, 3, 1, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertEquals(1, code);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("build 0 failed:\nsite-config.yml:"),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theMedianOfAnEvenCountIsTheLowerMiddle() {
        assertEquals(3, RebuildBenchmark.median(List.of(9L, 1L, 3L, 4L)));
        assertEquals(5, RebuildBenchmark.median(List.of(5L)));
    }

    private List<String> run(int rebuilds, int warmUp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, RebuildBenchmark.run(course, rebuilds, warmUp, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private Path firstAnswer() throws IOException {
        try (var files = Files.walk(course.resolve("content").resolve("cases"))) {
            return files.filter(p -> p.toString().contains("/answers/") && p.toString().endsWith(".md")).sorted().findFirst()
                    .orElseThrow();
        }
    }
}
