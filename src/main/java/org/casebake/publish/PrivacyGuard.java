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
    /** A bit per hash bucket of names' first words: most words are ruled out without a map lookup. */
    private final long[] firstWordFilter = new long[(FILTER_MASK + 1) / 64];
    private final int maxWords;

    /** A guard for these names. */
    public PrivacyGuard(List<WithheldName> names) {
        int longest = 0;
        for (WithheldName n : names) {
            List<String> words = words(n.name(), 0, Integer.MAX_VALUE);
            if (words.isEmpty()) {
                continue;
            }
            Name name = new Name(words, n.sourcePath(), words.size() == 1);
            String first = fold(words.get(0));
            byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(name);
            int h = first.hashCode();
            firstWordFilter[(h & FILTER_MASK) >>> 6] |= 1L << (h & 63);
            longest = Math.max(longest, words.size());
        }
        this.maxWords = longest;
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
            sources.addAll(find(new String(file.bytes(), StandardCharsets.UTF_8)));
        }
        return sources.stream().map(source -> org.casebake.validate.Problem.error(source,
                "the student's name as written appears in the output file " + file.path(),
                "the privacy setting withholds it; remove the name from the text that produces this file,"
                        + " or set privacy.studentNames: full")).toList();
    }

    /**
     * The answer files whose withheld author name occurs in {@code text}. One pass over the
     * characters; a word is only cut out as a string when its hash matches a name's first word,
     * so a large site costs little more than reading it.
     */
    private Set<String> find(String text) {
        Set<String> found = new TreeSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            i = skipSeparators(text, i);
            if (i >= n) {
                break;
            }
            int start = i;
            int hash = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c < 128) {
                    if (!ASCII_WORD[c]) {
                        break;
                    }
                    hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + 32 : c);
                } else if (Character.isLetterOrDigit(c)) {
                    hash = 31 * hash + Character.toLowerCase(c);
                } else {
                    break;
                }
                i++;
            }
            if (mayBeFirstWord(hash)) {
                List<Name> candidates = byFirstWord.get(fold(text.substring(start, i)));
                if (candidates != null) {
                    List<String> following = words(text, start, maxWords);
                    for (Name name : candidates) {
                        if (name.matchesAt(following, 0)) {
                            found.add(name.sourcePath());
                        }
                    }
                }
            }
        }
        return found;
    }

    private static final int FILTER_MASK = (1 << 20) - 1;

    private boolean mayBeFirstWord(int hash) {
        return (firstWordFilter[(hash & FILTER_MASK) >>> 6] & (1L << (hash & 63))) != 0;
    }

    /** Letters and digits among the ASCII characters, the common case, looked up without a call. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }

    /** Lower-cases character by character, exactly as {@link #find} hashes words. */
    private static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(Character.toLowerCase(word.charAt(i)));
        }
        return out.toString();
    }

    /** Skips characters that are not letters or digits, and HTML character references such as {@code &#39;}. */
    private static int skipSeparators(String text, int i) {
        int n = text.length();
        while (i < n && !isWordChar(text.charAt(i))) {
            if (text.charAt(i) == '&') {
                int end = i + 1;
                while (end < n && end - i <= 10 && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '#')) {
                    end++;
                }
                if (end < n && text.charAt(end) == ';') {
                    i = end;
                }
            }
            i++;
        }
        return i;
    }

    /** Up to {@code max} words of {@code text} from {@code from}. */
    private static List<String> words(String text, int from, int max) {
        List<String> words = new ArrayList<>();
        int i = from;
        while (i < text.length() && words.size() < max) {
            i = skipSeparators(text, i);
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
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
