package org.casebake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The texts of the fixture {@code sites/hostile-markdown}: one file per way an address reaches a page
 * (Markdown links, Markdown images, autolinks, reference links, link titles, raw HTML, and both
 * mixed), each file made of samples separated by two empty lines. A sample is one hostile construct
 * with a label before it ({@code inline-mixed-case: [a link](JaVaScRiPt:alert(1))}); the first
 * block of a file is a sentence saying what the file holds, so a test can find the file's answer on
 * a page. Markdown treats two empty lines as one, so the whole file is also an ordinary answer.
 *
 * @param file the file's name, such as {@code markdown-links.md}
 * @param body the file's text after its front matter
 */
public record HostileMarkdown(String file, String body) {

    /** The fixture's case folder, below {@code src/test/resources}. */
    public static final String CASE_FOLDER = "sites/hostile-markdown/input/content/cases/unsafe-links";

    /** The files whose samples hold raw HTML on purpose; every other file is Markdown only. */
    private static final List<String> WITH_RAW_HTML = List.of("raw-html.md", "mixed.md");

    private static final String SAMPLE_SEPARATOR = "\n\n\n";
    private static final Pattern LABEL = Pattern.compile("([a-z]+(?:-[a-z]+)+):");
    /** An HTML tag, comment or processing instruction, but not an autolink such as {@code <javascript:x>}. */
    private static final Pattern HTML = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?=[\\s/>])|<!|<\\?");
    /** A link's title after its destination: text the renderer escapes, never markup. */
    private static final Pattern LINK_TITLE = Pattern.compile("(\\]\\(\\S*\\s+)(\"[^\"]*\"|'[^']*'|\\([^)]*\\))\\)");

    /** The case text ({@code index.md}) and every answer of the fixture, answers sorted by file name. */
    public static List<HostileMarkdown> all() {
        Path folder = TestFolders.testResource(CASE_FOLDER);
        List<HostileMarkdown> texts = new ArrayList<>();
        texts.add(read(folder.resolve("index.md")));
        try (Stream<Path> answers = Files.list(folder.resolve("answers"))) {
            answers.sorted().forEach(answer -> texts.add(read(answer)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static HostileMarkdown read(Path file) {
        String text = FileTree.readText(file);
        int end = text.indexOf("\n---\n", 4);
        if (!text.startsWith("---\n") || end < 0) {
            throw new IllegalStateException(file + " has no front matter");
        }
        return new HostileMarkdown(file.getFileName().toString(), text.substring(end + 5).strip() + "\n");
    }

    /** True unless the file holds raw HTML on purpose. */
    public boolean markdownOnly() {
        return !WITH_RAW_HTML.contains(file);
    }

    /** The first block: a sentence that says what the file holds. */
    public String heading() {
        String first = body.substring(0, body.indexOf(SAMPLE_SEPARATOR)).strip();
        return first.replaceAll("<[^>]*>", "");
    }

    /** The samples after the first block, each with its label. */
    public List<Sample> samples() {
        String[] blocks = body.split(SAMPLE_SEPARATOR);
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
            Matcher label = LABEL.matcher(blocks[i]);
            if (!label.find()) {
                throw new IllegalStateException(file + ": a sample without a label: " + blocks[i]);
            }
            samples.add(new Sample(label.group(1), blocks[i].strip() + "\n"));
        }
        return samples;
    }

    /**
     * The HTML tags, comments and processing instructions in {@code markdown}; autolinks are not tags,
     * and neither is markup inside a link's title.
     */
    public static List<String> htmlIn(String markdown) {
        List<String> found = new ArrayList<>();
        Matcher tag = HTML.matcher(LINK_TITLE.matcher(markdown).replaceAll("$1\"\")"));
        while (tag.find()) {
            found.add(tag.group());
        }
        return found;
    }

    /**
     * One hostile construct.
     *
     * @param label the words before it, which the rendered text must still show
     * @param markdown the sample's text, label included
     */
    public record Sample(String label, String markdown) {
    }
}
