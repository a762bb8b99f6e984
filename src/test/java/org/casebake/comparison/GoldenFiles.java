package org.casebake.comparison;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected output kept as files beside the fixtures, compared whole. Run the tests with
 * {@code -Dgolden.update=true} to rewrite every expected file from the actual output instead, then
 * review the change in git.
 */
final class GoldenFiles {

    private static final String UPDATE = "golden.update";

    private GoldenFiles() {
    }

    /** Fails unless {@code expected} holds exactly {@code actual}; rewrites it when updating. */
    static void assertMatches(Path expected, String actual) throws IOException {
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(expected),
                expected + " does not exist; run the tests with -D" + UPDATE + "=true to create it");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                expected + " differs; run the tests with -D" + UPDATE + "=true and review the change");
    }
}
