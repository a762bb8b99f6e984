package org.casebake.publish;

import org.casebake.model.WithheldName;
import org.casebake.validate.ProblemCollector;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The last check before anything is written: no output file, by name or content, contains a
 * student's name that the privacy setting withholds. A match fails the build, naming the output
 * file and the answer whose author it is, never the name itself (build logs may be public).
 *
 * <p>Names are compared as sequences of words (letters and digits), so "Colin Stevenson",
 * "colin-stevenson" and "Colin&nbsp;Stevenson" all match; a one-word name must match with its
 * capitalisation as written, so a student called "Will" does not flag every "will".
 */
public final class PrivacyGuard {

    private static final Set<String> TEXT_TYPES = Set.of("html", "xml", "js", "json", "txt", "css", "svg", "md");

    private final Map<String, List<Name>> byFirstWord = new HashMap<>();

    /** A guard for these names. */
    public PrivacyGuard(List<WithheldName> names) {
        for (WithheldName n : names) {
            List<String> words = words(n.name());
            if (words.isEmpty()) {
                continue;
            }
            Name name = new Name(words, n.sourcePath(), words.size() == 1);
            byFirstWord.computeIfAbsent(words.get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
        }
    }

    /** Reports every file that contains a withheld name. */
    public void check(List<OutputFile> files, ProblemCollector problems) {
        if (byFirstWord.isEmpty()) {
            return;
        }
        files.parallelStream().map(this::leaks).toList().forEach(found -> found.forEach(problems::add));
    }

    private List<org.casebake.validate.Problem> leaks(OutputFile file) {
        Set<String> sources = new TreeSet<>();
        sources.addAll(find(file.path()));
        String ext = file.path().substring(file.path().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (TEXT_TYPES.contains(ext)) {
            sources.addAll(find(decodeEntities(new String(file.bytes(), StandardCharsets.UTF_8))));
        }
        return sources.stream().map(source -> org.casebake.validate.Problem.error(source,
                "the student's name as written appears in the output file " + file.path(),
                "the privacy setting withholds it; remove the name from the text that produces this file,"
                        + " or set privacy.studentNames: full")).toList();
    }

    /** The answer files whose withheld author name occurs in {@code text}. */
    private Set<String> find(String text) {
        Set<String> found = new TreeSet<>();
        List<String> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            List<Name> candidates = byFirstWord.get(words.get(i).toLowerCase(Locale.ROOT));
            if (candidates == null) {
                continue;
            }
            for (Name name : candidates) {
                if (name.matchesAt(words, i)) {
                    found.add(name.sourcePath());
                }
            }
        }
        return found;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** Undoes the HTML escapes templates write (&#39;, &amp;, &nbsp;, ...) so escaped names still match. */
    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&nbsp;", " ").replace("&#39;", "'").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&amp;", "&").replace("&#x27;", "'");
    }

    private record Name(List<String> words, String sourcePath, boolean caseSensitive) {
        boolean matchesAt(List<String> text, int at) {
            if (at + words.size() > text.size()) {
                return false;
            }
            for (int j = 0; j < words.size(); j++) {
                String expected = words.get(j);
                String actual = text.get(at + j);
                if (caseSensitive ? !expected.equals(actual) : !expected.equalsIgnoreCase(actual)) {
                    return false;
                }
            }
            return true;
        }
    }
}
