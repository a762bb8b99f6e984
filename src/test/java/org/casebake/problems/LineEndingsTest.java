package org.casebake.problems;

import org.casebake.model.BuildOptions;
import org.casebake.testing.FileTree;
import org.casebake.testing.FixtureLinks;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Files saved on Windows start with a UTF-8 byte-order mark and end lines with CRLF. Casebake reads
 * them as if they had neither: the site is the same, and every problem is reported on the same line
 * and column an editor shows.
 */
class LineEndingsTest {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path work;

    @Test
    void aSiteSavedWithByteOrderMarksAndCrlfBuildsExactlyAsWithLf() {
        SiteFixture unix = SiteFixture.of("minimal-case", work.resolve("lf"));
        unix.build();
        SiteFixture windows = SiteFixture.of("minimal-case", work.resolve("crlf"));
        saveAsWindowsDoes(windows.source());
        windows.build();
        assertEquals("", GoldenFiles.differences(GoldenFiles.read(unix.output()), GoldenFiles.read(windows.output()),
                "the site built from LF files"));
    }

    static Stream<Named<Path>> problemFixtures() throws Exception {
        return ProblemFixturesTest.fixtures();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problemFixtures")
    void problemsInFilesSavedWithByteOrderMarksAndCrlfAreReportedAtTheSamePlace(Path fixture) {
        SiteFixture site = SiteFixture.copyOf(fixture.resolve("input"), work);
        saveAsWindowsDoes(site.source());
        FixtureLinks.make(fixture, site.source());
        List<String> lines = site.attempt(BuildOptions.studentSite(), false).problems().formatLines();
        String expected = FileTree.readText(fixture.resolve("expected.txt"));
        assertEquals(expected, lines.stream().map(l -> l + "\n").reduce("", String::concat));
    }

    @Test
    void theCrlfCopyReallyHasCrlfAndAByteOrderMark() {
        // Guards the tests above: a conversion that changed nothing would make them pass trivially.
        SiteFixture site = SiteFixture.of("minimal-case", work);
        saveAsWindowsDoes(site.source());
        assertEquals("\uFEFFtitle: \"Minimal course\"\r\nbaseUrl: \"https://example.edu/minimal/\"\r\n"
                + "privacy:\r\n  salt: \"fixture-salt\"\r\n", site.read("site-config.yml"));
    }

    /**
     * Rewrites every text file of a site with a byte-order mark and CRLF line ends, byte by byte;
     * images and PDFs are not text, and no editor rewrites them.
     */
    private static void saveAsWindowsDoes(Path source) {
        for (Map.Entry<String, byte[]> file : FileTree.snapshot(source).entrySet()) {
            if (file.getKey().matches("(?i).*\\.(png|jpe?g|gif|webp|pdf)$")) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(BYTE_ORDER_MARK);
            for (byte b : file.getValue()) {
                if (b == '\n') {
                    out.write('\r');
                }
                out.write(b);
            }
            FileTree.write(source.resolve(file.getKey()), out.toByteArray());
        }
    }
}
