package org.casebake.architecture;

import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every package of the shipped code says in its {@code package-info.java} what it owns and what it
 * must not touch, and {@code docs/architecture.md} has a paragraph for each.
 */
class PackageDocumentationTest {

    private static final Path SOURCES = TestFolders.project().resolve("src/main/java/org/casebake");

    @Test
    void everyPackageHasAPackageInfoThatSaysWhatItMustNotTouch() throws IOException {
        for (Path folder : packageFolders()) {
            Path info = folder.resolve("package-info.java");
            assertTrue(Files.isRegularFile(info), () -> "no package-info.java in " + folder);
            String text = Files.readString(info);
            assertTrue(text.contains("/**") && text.contains("package org.casebake." + folder.getFileName() + ";"),
                    () -> info + " has no Javadoc for its package");
            assertTrue(text.matches("(?si).*\\b(must not|never|nothing imports|no logic|only)\\b.*"),
                    () -> info + " does not say what the package must not touch");
        }
    }

    @Test
    void architectureDocumentDescribesEveryPackageOfTheLayout() throws IOException {
        String doc = Files.readString(TestFolders.project().resolve("docs/architecture.md"));
        List<String> folders = packageFolders().stream().map(f -> f.getFileName().toString()).sorted().toList();
        List<String> layout = PipelineLayoutTest.LAYERS.stream().flatMap(List::stream).sorted().toList();
        assertEquals(layout, folders, "the packages on disk are the packages of the layout");
        for (String name : folders) {
            assertTrue(doc.contains("**" + name + "** — "), () -> "docs/architecture.md has no paragraph on " + name);
        }
    }

    private static List<Path> packageFolders() throws IOException {
        try (Stream<Path> folders = Files.list(SOURCES)) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }
}
