package org.casebake.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where content files live inside a site folder: the one description of the layout that the build
 * (which judges what a file is by where it lies) and the authoring commands (which write files into
 * those places) share.
 *
 * <pre>
 * content/cases/&lt;slug&gt;/index.md             a case
 * content/cases/&lt;slug&gt;/answers/*.md          its answers
 * content/cases/&lt;slug&gt;/teaching-notes.md     its teaching notes
 * content/cases/&lt;slug&gt;/teaching-notes/...    files only the teaching notes may show
 * content/cases/&lt;slug&gt;/... (not .md)         files beside the case
 * content/comparisons/&lt;slug&gt;.md               a comparison
 * </pre>
 *
 * <p>The static methods read paths relative to the site folder with forward slashes, as a
 * {@link SourceFile} and every problem line print them; an instance resolves the same places in one
 * site folder on disk and prints a file's path in that form ({@link #display(Path)}).
 */
public record ContentLayout(Path siteFolder) {

    /** The folder all Markdown sources are read from. */
    public static final String CONTENT = "content";

    private static final String CASES = CONTENT + "/cases/";
    private static final String CASE_FILE = "index.md";
    private static final String NOTES_FILE = "teaching-notes.md";
    private static final String NOTES_FOLDER = "teaching-notes";
    private static final String ANSWERS_FOLDER = "answers";
    private static final String COMPARISONS_FOLDER = "comparisons";

    /** The path of a case's file: {@code content/cases/<slug>/index.md}. */
    public static String casePath(String slug) {
        return CASES + slug + "/" + CASE_FILE;
    }

    /** What a path under the site folder is, if Casebake reads it as Markdown. */
    public static Optional<SourceKind> kindOf(String path) {
        if (!path.endsWith(".md")) {
            return Optional.empty();
        }
        String[] parts = parts(path);
        if (parts.length == 4 && isCaseFolder(parts) && parts[3].equals(CASE_FILE)) {
            return Optional.of(SourceKind.CASE);
        }
        if (parts.length == 4 && isCaseFolder(parts) && parts[3].equals(NOTES_FILE)) {
            return Optional.of(SourceKind.TEACHING_NOTE);
        }
        if (parts.length == 5 && isCaseFolder(parts) && parts[3].equals(ANSWERS_FOLDER)) {
            return Optional.of(SourceKind.ANSWER);
        }
        if (parts.length == 3 && parts[0].equals(CONTENT) && parts[1].equals(COMPARISONS_FOLDER)) {
            return Optional.of(SourceKind.COMPARISON);
        }
        return Optional.empty();
    }

    /**
     * Whether a path is a file in a case's folder that is not Markdown: a figure, a handout, a
     * student's attachment, published only where published content links to it.
     */
    public static boolean isBesideACase(String path) {
        String[] parts = parts(path);
        return parts.length >= 4 && isCaseFolder(parts) && !path.endsWith(".md");
    }

    /** Whether a path lies in a case's {@code answers/} folder. */
    public static boolean isInAnswers(String path) {
        String[] parts = parts(path);
        return parts.length >= 5 && isCaseFolder(parts) && parts[3].equals(ANSWERS_FOLDER);
    }

    /** Whether a path lies in a case's {@code teaching-notes/} folder (files only the teaching notes may show). */
    public static boolean isInTeachingNotes(String path) {
        String[] parts = parts(path);
        return parts.length >= 5 && isCaseFolder(parts) && parts[3].equals(NOTES_FOLDER);
    }

    /** The slug of the case folder a path lies in ({@code content/cases/<slug>/…}), or "" outside cases. */
    public static String caseSlugOf(String path) {
        if (!path.startsWith(CASES)) {
            return "";
        }
        int end = path.indexOf('/', CASES.length());
        return end < 0 ? "" : path.substring(CASES.length(), end);
    }

    /** The file holding a case in this site folder. */
    public Path caseIndex(String slug) {
        return casesFolder().resolve(slug).resolve(CASE_FILE);
    }

    /** The folder of a case's answers in this site folder. */
    public Path answersFolder(String slug) {
        return casesFolder().resolve(slug).resolve(ANSWERS_FOLDER);
    }

    /** The file holding a comparison in this site folder. */
    public Path comparison(String slug) {
        return siteFolder.resolve(CONTENT).resolve(COMPARISONS_FOLDER).resolve(slug + ".md");
    }

    /** The slugs of this site's cases that have an {@code index.md}, sorted. */
    public List<String> caseSlugs() throws IOException {
        Path cases = casesFolder();
        if (!Files.isDirectory(cases)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(cases)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve(CASE_FILE)))
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
        return siteFolder.resolve(CONTENT).resolve("cases");
    }

    private static boolean isCaseFolder(String[] parts) {
        return parts[0].equals(CONTENT) && parts[1].equals("cases");
    }

    /**
     * The parts of a path between its slashes, as {@code path.split("/")} gives them, in an array of
     * the right size from the start: a scan splits the path of every file of a course.
     */
    static String[] parts(String path) {
        if (path.isEmpty()) {
            return new String[] {""};
        }
        int count = 1;
        for (int at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) {
            count++;
        }
        String[] parts = new String[count];
        int start = 0;
        for (int n = 0; n < count - 1; n++) {
            int end = path.indexOf('/', start);
            parts[n] = path.substring(start, end);
            start = end + 1;
        }
        parts[count - 1] = path.substring(start);
        // As split does, empty parts at the end are dropped ("a/b/" has two parts).
        int kept = count;
        while (kept > 0 && parts[kept - 1].isEmpty()) {
            kept--;
        }
        return kept == count ? parts : Arrays.copyOf(parts, kept);
    }
}
