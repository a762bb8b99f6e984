package org.casebake.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.TestFolders;
import picocli.CommandLine;

/** A site folder for one test, seeded from a fixture, and a way to run a command against it. */
final class TestSite {

    /** What a command printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    final Path folder;

    private TestSite(Path folder) {
        this.folder = folder;
    }

    /** A site holding the Netflix case with questions q1, q2, q3. */
    static TestSite withNetflixCase(Path tempDir) {
        copyTree(resource("authoring/site"), tempDir);
        return new TestSite(tempDir);
    }

    /** A site folder that already exists, read in place (never written to by a test). */
    static TestSite existing(Path folder) {
        return new TestSite(folder);
    }

    /** A site with no content at all. */
    static TestSite empty(Path tempDir) {
        return new TestSite(tempDir);
    }

    /** Runs a picocli command object with the given arguments plus {@code --source <site>} at the end. */
    Run run(Object command, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--source");
        all.add(folder.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    Path file(String relative) {
        return folder.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the files in a folder of the site, sorted; empty when it does not exist. */
    List<String> fileNames(String relative) {
        Path dir = file(relative);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The front matter of a site file, parsed with Jackson YAML. */
    JsonNode frontMatter(String relative) {
        return parseFrontMatter(read(relative));
    }

    /** The body of a site file: everything after the closing {@code ---}. */
    String body(String relative) {
        String text = read(relative);
        int close = text.indexOf("\n---\n", 3);
        return text.substring(close + 5);
    }

    static JsonNode parseFrontMatter(String text) {
        if (!text.startsWith("---\n")) {
            throw new AssertionError("no front matter in:\n" + text);
        }
        int close = text.indexOf("\n---\n", 3);
        try {
            return YAML.readTree(text.substring(4, close + 1));
        } catch (IOException e) {
            throw new AssertionError("front matter is not YAML: " + e.getMessage() + "\n" + text, e);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(TestSite.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    /**
     * Asserts that {@code actual} equals the expected file under src/test/resources; with
     * {@code -Dgolden.update=true} rewrites that file instead, so the change is reviewed in git.
     */
    static void assertMatchesGolden(String name, String actual) {
        GoldenFiles.assertSameText(TestFolders.testResources().resolve(name), actual);
    }

    static String resourceText(String name) {
        try {
            return Files.readString(resource(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
