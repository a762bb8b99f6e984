package org.casebake.testing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The golden comparison must catch every kind of difference, or the golden tests prove nothing. */
class GoldenFilesTest {

    @Test
    void identicalFilesHaveNoDifferences() {
        assertEquals("", GoldenFiles.differences(files("a.html", "x\n"), files("a.html", "x\n"), "expected"));
    }

    @Test
    void reportsMissingExtraAndDifferentFilesWithTheFirstDifference() {
        SortedMap<String, byte[]> expected = files("gone.html", "g\n", "page.html", "a\nb\nc\nd\ne\n");
        SortedMap<String, byte[]> built = files("new.html", "n\n", "page.html", "a\nb\nC\nd\ne\n");
        assertEquals("""
                built site differs from expected:
                  missing (expected, not built): gone.html
                  extra (built, not expected):   new.html
                  different:                     page.html
                --- expected/page.html
                +++ built/page.html
                @@ first difference at line 3 @@
                 a
                 b
                -c
                +C
                 d
                 e
                \s
                """, GoldenFiles.differences(expected, built, "expected"));
    }

    @Test
    void aDifferenceInLineEndingsIsShown() {
        String diff = GoldenFiles.differences(files("p.html", "a\nb\n"), files("p.html", "a\r\nb\n"), "expected");
        assertEquals("""
                built site differs from expected:
                  different:                     p.html
                --- expected/p.html
                +++ built/p.html
                @@ first difference at line 1 @@
                -a
                +a\\r
                 b
                \s
                """, diff);
    }

    @Test
    void binaryFilesAreComparedByteForByte() {
        SortedMap<String, byte[]> expected = new TreeMap<>();
        expected.put("img.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1});
        SortedMap<String, byte[]> built = new TreeMap<>();
        built.put("img.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 2});
        assertEquals("""
                built site differs from expected:
                  different:                     img.png
                --- expected/img.png
                +++ built/img.png
                binary files differ (6 bytes expected, 6 built)
                """, GoldenFiles.differences(expected, built, "expected"));
    }

    private static SortedMap<String, byte[]> files(String... pathsAndTexts) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }
}
