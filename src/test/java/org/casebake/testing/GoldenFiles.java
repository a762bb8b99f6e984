package org.casebake.testing;

import org.casebake.publish.SiteWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares what a build produced with the expected files committed under {@code src/test/resources},
 * byte for byte. Casebake's marker file {@value SiteWriter#MARKER} is left out of the comparison, and
 * so is the built-in theme under {@code assets/}, which is instead checked to be the repository's
 * {@code assets/} byte for byte (so a stylesheet change does not rewrite every fixture); every other
 * file counts, so a stray or missing page fails the test as surely as a changed one.
 *
 * <p>With {@code -Dgolden.update=true} the expected files are rewritten from the build instead of
 * compared, so an intended change of output is reviewed in {@code git diff}. The switch is refused
 * when the environment variable {@value #CI_VARIABLE} is set: a continuous-integration run compares,
 * it never rewrites. This class is the only writer of expected files, and it writes nowhere but
 * below {@code src/test/resources}.
 */
public final class GoldenFiles {

    /** The system property that rewrites expected files instead of comparing them. */
    public static final String UPDATE_PROPERTY = "golden.update";

    /** The environment variable that continuous-integration services set; it turns the update switch off. */
    public static final String CI_VARIABLE = "CI";

    /** The command that rewrites every expected file; printed with each difference. */
    public static final String UPDATE_COMMAND = "mvn -q test -Dgolden.update=true";

    private static final int CONTEXT_LINES = 3;
    private static final int CHANGED_LINES = 8;
    private static final int DIFFS_SHOWN = 3;

    private GoldenFiles() {
    }

    /** True when this run rewrites expected files; throws when it was asked to in a CI run. */
    public static boolean updating() {
        return updating(System.getProperty(UPDATE_PROPERTY), System.getenv(CI_VARIABLE));
    }

    /**
     * True when the update switch has the value {@code "true"}; throws when it does while the CI
     * variable has any value, so that a CI run with the switch fails instead of passing on files it
     * has just rewritten.
     */
    static boolean updating(String updateSwitch, String ci) {
        boolean asked = Boolean.parseBoolean(updateSwitch);
        if (asked && ci != null && !ci.isEmpty()) {
            throw new IllegalStateException("-D" + UPDATE_PROPERTY + "=true is refused because " + CI_VARIABLE + " is set (" + CI_VARIABLE
                    + "=" + ci + "): a CI run compares the expected files, it never rewrites them. Rewrite them on your"
                    + " own machine with " + UPDATE_COMMAND + ", review the diff and commit it.");
        }
        return asked;
    }

    /**
     * Writes one expected file: the only way tests write below the source tree. Refused unless this
     * run is {@link #updating()}, and for any path outside {@code src/test/resources}.
     */
    public static void writeExpected(Path expected, byte[] bytes) {
        if (!updating()) {
            throw new IllegalStateException("refusing to rewrite " + display(expected) + ": -D" + UPDATE_PROPERTY + "=true was not given");
        }
        FileTree.write(insideTestResources(expected), bytes);
    }

    /** Asserts that the folder {@code built} holds exactly the files of {@code expected}, byte for byte. */
    public static void assertSameFiles(Path expected, Path built) {
        assertThemeIsCopiedAsItIs(built);
        SortedMap<String, byte[]> actual = withoutTheme(read(built));
        if (updating()) {
            replace(expected, actual);
            return;
        }
        String differences = differences(read(expected), actual, display(expected));
        if (!differences.isEmpty()) {
            fail(differences + "\nIf the new output is right, rewrite the expected files with: " + UPDATE_COMMAND);
        }
    }

    /** Asserts that the file {@code expected} holds exactly {@code actual}. */
    public static void assertSameText(Path expected, String actual) {
        if (updating()) {
            writeExpected(expected, actual.getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!Files.isRegularFile(expected)) {
            fail("missing " + display(expected) + "; create it with: " + UPDATE_COMMAND + "\nactual:\n" + actual);
        }
        byte[] wanted = readBytes(expected);
        byte[] got = actual.getBytes(StandardCharsets.UTF_8);
        if (!Arrays.equals(wanted, got)) {
            fail(display(expected) + " differs:\n" + diff(expected.getFileName().toString(), wanted, got)
                    + "\nIf the new text is right, rewrite the expected files with: " + UPDATE_COMMAND);
        }
    }

    /**
     * Every difference between two sets of files, empty when they are the same: missing, extra and
     * different files by path, then the first difference of each of the first few different files.
     */
    public static String differences(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual, String expectedName) {
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        List<String> different = new ArrayList<>();
        for (String path : new TreeSet<>(union(expected, actual))) {
            if (!actual.containsKey(path)) {
                missing.add(path);
            } else if (!expected.containsKey(path)) {
                extra.add(path);
            } else if (!Arrays.equals(expected.get(path), actual.get(path))) {
                different.add(path);
            }
        }
        if (missing.isEmpty() && extra.isEmpty() && different.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("built site differs from ").append(expectedName).append(":\n");
        missing.forEach(p -> out.append("  missing (expected, not built): ").append(p).append('\n'));
        extra.forEach(p -> out.append("  extra (built, not expected):   ").append(p).append('\n'));
        different.forEach(p -> out.append("  different:                     ").append(p).append('\n'));
        different.stream().limit(DIFFS_SHOWN).forEach(p -> out.append(diff(p, expected.get(p), actual.get(p))));
        if (different.size() > DIFFS_SHOWN) {
            out.append("(first differences of ").append(different.size() - DIFFS_SHOWN).append(" more files not shown)\n");
        }
        return out.toString();
    }

    /**
     * The first difference of two versions of one file, as a unified diff hunk: a few equal lines,
     * the expected lines that changed, the built lines that replace them, a few equal lines.
     */
    static String diff(String path, byte[] expected, byte[] actual) {
        String header = "--- expected/" + path + "\n+++ built/" + path + "\n";
        String[] was = text(expected);
        String[] now = text(actual);
        if (was == null || now == null) {
            return header + "binary files differ (" + expected.length + " bytes expected, " + actual.length + " built)\n";
        }
        int first = 0;
        while (first < was.length && first < now.length && was[first].equals(now[first])) {
            first++;
        }
        int same = 0;
        while (same < was.length - first && same < now.length - first
                && was[was.length - 1 - same].equals(now[now.length - 1 - same])) {
            same++;
        }
        StringBuilder out = new StringBuilder(header).append("@@ first difference at line ").append(first + 1).append(" @@\n");
        lines(out, ' ', was, Math.max(0, first - CONTEXT_LINES), first);
        lines(out, '-', was, first, Math.min(was.length - same, first + CHANGED_LINES));
        lines(out, '+', now, first, Math.min(now.length - same, first + CHANGED_LINES));
        if (was.length - same - first <= CHANGED_LINES && now.length - same - first <= CHANGED_LINES) {
            lines(out, ' ', now, now.length - same, Math.min(now.length, now.length - same + CONTEXT_LINES));
        }
        return out.toString();
    }

    private static void lines(StringBuilder out, char mark, String[] lines, int from, int to) {
        for (int i = from; i < to; i++) {
            // A carriage return would hide the difference; show it.
            out.append(mark).append(lines[i].replace("\r", "\\r")).append('\n');
        }
    }

    private static SortedMap<String, byte[]> withoutTheme(SortedMap<String, byte[]> files) {
        SortedMap<String, byte[]> pages = new java.util.TreeMap<>(files);
        pages.keySet().removeIf(path -> path.startsWith("assets/"));
        return pages;
    }

    /** Every theme file a fixture site was given is the repository's own, unchanged. */
    private static void assertThemeIsCopiedAsItIs(Path built) {
        SortedMap<String, byte[]> theme = new java.util.TreeMap<>(read(built));
        theme.keySet().removeIf(path -> !path.startsWith("assets/"));
        SortedMap<String, byte[]> repository = new java.util.TreeMap<>(read(TestFolders.project().resolve("assets")));
        SortedMap<String, byte[]> expected = new java.util.TreeMap<>();
        repository.forEach((path, bytes) -> expected.put("assets/" + path, bytes));
        String differences = differences(expected, theme, "the repository's assets/");
        if (!differences.isEmpty()) {
            fail("the built-in theme was not copied as it is:\n" + differences);
        }
    }

    /** Every file below {@code folder} by relative path with forward slashes, without the marker file. */
    public static SortedMap<String, byte[]> read(Path folder) {
        SortedMap<String, byte[]> files = FileTree.snapshot(folder);
        files.remove(SiteWriter.MARKER);
        return files;
    }

    /** The lines of a UTF-8 text, or null when the bytes are not text. */
    private static String[] text(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.indexOf('\0') >= 0 ? null : s.split("\n", -1);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static TreeSet<String> union(Map<String, byte[]> a, Map<String, byte[]> b) {
        TreeSet<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    private static void replace(Path expected, SortedMap<String, byte[]> files) {
        FileTree.delete(insideTestResources(expected));
        files.forEach((path, bytes) -> writeExpected(expected.resolve(path), bytes));
    }

    /**
     * {@code expected} as an absolute path, when it lies below {@code src/test/resources} even after
     * following links; throws otherwise.
     */
    static Path insideTestResources(Path expected) {
        Path resources = realPath(TestFolders.testResources());
        Path normal = expected.toAbsolutePath().normalize();
        Path real = realPath(normal);
        if (!normal.startsWith(TestFolders.testResources()) || !real.startsWith(resources) || real.equals(resources)) {
            throw new IllegalArgumentException("refusing to rewrite " + normal + ": not below src/test/resources");
        }
        return normal;
    }

    /** The real path of {@code path}'s nearest existing folder or file, with the rest appended. */
    private static Path realPath(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? path : existing.toRealPath().resolve(existing.relativize(path)).normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String display(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        Path project = TestFolders.project();
        return normal.startsWith(project) ? project.relativize(normal).toString() : normal.toString();
    }
}
