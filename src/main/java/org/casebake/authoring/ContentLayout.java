package org.casebake.authoring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where content files live inside a site folder, and how their paths are printed in messages:
 * relative to the site folder, with forward slashes ({@code content/cases/netflix/index.md}).
 */
public record ContentLayout(Path siteFolder) {

    /** The file holding a case: {@code content/cases/<slug>/index.md}. */
    public Path caseIndex(Slug slug) {
        return casesFolder().resolve(slug.value()).resolve("index.md");
    }

    /** The folder of a case's answers: {@code content/cases/<slug>/answers}. */
    public Path answersFolder(Slug slug) {
        return casesFolder().resolve(slug.value()).resolve("answers");
    }

    /** The file holding a comparison: {@code content/comparisons/<slug>.md}. */
    public Path comparison(Slug slug) {
        return siteFolder.resolve("content").resolve("comparisons").resolve(slug.value() + ".md");
    }

    /** The slugs of the cases that have an index.md, sorted. */
    public List<String> caseSlugs() throws IOException {
        Path cases = casesFolder();
        if (!Files.isDirectory(cases)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(cases)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("index.md")))
                    .map(folder -> folder.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    /** A file's path as printed in messages: relative to the site folder, forward slashes. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = siteFolder.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    private Path casesFolder() {
        return siteFolder.resolve("content").resolve("cases");
    }
}
