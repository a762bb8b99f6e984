package org.casebake.testing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every golden fixture has the one layout: {@code <behaviour>/input/} is a whole site, beside its
 * expected output; and {@code sites/README.md} lists every site fixture.
 */
class FixtureLayoutTest {

    @Test
    void everySiteFixtureHasAnInputAndIsListedInTheReadme() throws IOException {
        String readme = Files.readString(TestFolders.testResource("sites/README.md"));
        for (Path fixture : folders("sites")) {
            String name = fixture.getFileName().toString();
            assertTrue(Files.isRegularFile(fixture.resolve("input/site-config.yml")),
                    () -> "sites/" + name + " has no input/site-config.yml");
            assertTrue(readme.contains("| `" + name + "`"), () -> "sites/README.md does not list " + name);
        }
    }

    @Test
    void everyProblemFixtureHasAnInputAndItsExpectedReport() throws IOException {
        for (Path fixture : folders("problems")) {
            assertTrue(Files.isDirectory(fixture.resolve("input")), () -> fixture + " has no input/");
            assertTrue(Files.isRegularFile(fixture.resolve("expected.txt")), () -> fixture + " has no expected.txt");
        }
    }

    private static List<Path> folders(String resource) throws IOException {
        try (Stream<Path> folders = Files.list(TestFolders.testResource(resource))) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }
}
