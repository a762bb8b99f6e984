package org.casebake.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's own folders are when tests run: fixtures are read from the source tree
 * ({@code src/test/resources}), not from the copy Maven puts under {@code target/}, so a golden
 * file rewritten with {@code -Dgolden.update=true} is compared at once and a deleted one is gone.
 */
public final class TestFolders {

    private TestFolders() {
    }

    /** The project folder: Maven's {@code basedir}, or the working folder Maven starts tests in. */
    public static Path project() {
        Path base = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(base.resolve("pom.xml"))) {
            throw new IllegalStateException("tests must run from the project folder (no pom.xml in " + base + ")");
        }
        return base;
    }

    /** {@code src/test/resources} of the project. */
    public static Path testResources() {
        return project().resolve("src/test/resources");
    }

    /** A folder under {@code src/test/resources}, which must exist. */
    public static Path testResource(String relative) {
        Path folder = testResources().resolve(relative);
        if (!Files.exists(folder)) {
            throw new IllegalStateException("missing test fixture src/test/resources/" + relative);
        }
        return folder;
    }
}
