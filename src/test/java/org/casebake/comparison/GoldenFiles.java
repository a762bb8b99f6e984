package org.casebake.comparison;

import java.nio.file.Path;

/**
 * Expected output kept as files beside the fixtures, compared whole. Run the tests with
 * {@code -Dgolden.update=true} to rewrite every expected file from the actual output instead, then
 * review the change in git; {@link org.casebake.testing.GoldenFiles} does both, and refuses to
 * rewrite anything in a CI run or outside {@code src/test/resources}.
 */
final class GoldenFiles {

    private GoldenFiles() {
    }

    /** Fails unless {@code expected} holds exactly {@code actual}; rewrites it when updating. */
    static void assertMatches(Path expected, String actual) {
        org.casebake.testing.GoldenFiles.assertSameText(expected, actual);
    }
}
