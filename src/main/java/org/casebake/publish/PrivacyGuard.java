package org.casebake.publish;

import org.casebake.model.OutputFile;
import org.casebake.model.WithheldName;
import org.casebake.problem.ProblemCollector;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The last check before anything is written: no output file, by name or content, contains a
 * student's name that the privacy setting withholds. A match fails the build with one problem per
 * answer whose author's name leaked, naming that answer and the output files (the first few, then
 * a count), never the name itself (build logs may be public).
 *
 * <p>Names are compared as sequences of words (letters and digits), so "Colin Stevenson",
 * "colin-stevenson" and "Colin&nbsp;Stevenson" all match; a one-word name must match with its
 * capitalisation as written, so a student called "Will" does not flag every "will".
 */
public final class PrivacyGuard {

    /** How many output files a problem names before it counts the rest. */
    private static final int FILES_NAMED = 5;

    private static final Set<String> TEXT_TYPES = Set.of("html", "xml", "js", "json", "txt", "css", "svg", "md");

    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    /** A bit per hash bucket of names' first words: most words are ruled out without a map lookup. */
    private final long[] firstWordFilter = new long[(FILTER_MASK + 1) / 64];
    private final int maxWords;
    private final List<WithheldName> names;

    /** A guard for these names. */
    public PrivacyGuard(List<WithheldName> names) {
        this.names = List.copyOf(names);
        int longest = 0;
        for (WithheldName n : names) {
            List<String> words = Utf8Words.words(n.name().getBytes(StandardCharsets.UTF_8), 0, Integer.MAX_VALUE);
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
        check(files, problems, new CleanFiles());
    }

    /**
     * Reports every file that contains a withheld name, skipping files that {@code clean} holds from
     * an earlier check against the same names, and remembers the files found clean this time. For
     * {@code casebake serve}, whose rebuilds change few files.
     */
    public void check(List<OutputFile> files, ProblemCollector problems, CleanFiles clean) {
        if (byFirstWord.isEmpty()) {
            return;
        }
        clean.startCheck(names);
        List<Leaks> checked = files.parallelStream().filter(f -> !clean.contains(f)).map(this::leaks).toList();
        report(checked, problems);
        Set<OutputFile> flagged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        checked.stream().filter(l -> !l.sources().isEmpty()).forEach(l -> flagged.add(l.file()));
        clean.remember(files.stream().filter(f -> !flagged.contains(f)).toList());
    }

    /**
     * One problem per answer whose author's name leaked, naming the first few output files: a name
     * typed into the settings reaches every page, and a line per page would hide every other problem.
     */
    private static void report(List<Leaks> checked, ProblemCollector problems) {
        Map<String, Set<String>> filesBySource = new TreeMap<>();
        for (Leaks leak : checked) {
            leak.sources().forEach(source -> filesBySource.computeIfAbsent(source, s -> new TreeSet<>()).add(leak.file().path()));
        }
        filesBySource.forEach((source, files) -> problems.add(org.casebake.problem.Problem.error(source,
                "the student's name as written appears in " + describe(files),
                "the privacy setting withholds it; remove the name from the text that produces "
                        + (files.size() == 1 ? "this file" : "these files") + ", or set privacy.studentNames: full")));
    }

    private static String describe(Set<String> files) {
        if (files.size() == 1) {
            return "the output file " + files.iterator().next();
        }
        List<String> named = files.stream().limit(FILES_NAMED).toList();
        return files.size() + " output files: " + String.join(", ", named)
                + (files.size() > named.size() ? " and " + (files.size() - named.size()) + " more" : "");
    }

    private Leaks leaks(OutputFile file) {
        Set<String> sources = new TreeSet<>();
        sources.addAll(find(file.path().getBytes(StandardCharsets.UTF_8)));
        String ext = file.path().substring(file.path().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (TEXT_TYPES.contains(ext)) {
            sources.addAll(find(file.bytes()));
        }
        return new Leaks(file, sources);
    }

    private record Leaks(OutputFile file, Set<String> sources) {
    }

    /**
     * The answer files whose withheld author name occurs in {@code text}, UTF-8 encoded. One pass
     * over the bytes; a word is only decoded as a string when its hash matches a name's first word,
     * so a large site costs little more than reading it.
     */
    private Set<String> find(byte[] text) {
        Set<String> found = new TreeSet<>();
        int i = 0;
        int n = text.length;
        while (i < n) {
            i = Utf8Words.skipSeparators(text, i);
            if (i >= n) {
                break;
            }
            int start = i;
            int hash = 0;
            while (i < n) {
                int b = text[i];
                if (b >= 0) {
                    if (!Utf8Words.ASCII_WORD[b]) {
                        break;
                    }
                    hash = 31 * hash + (b >= 'A' && b <= 'Z' ? b + 32 : b);
                    i++;
                } else {
                    int c = Utf8Words.letterOrDigitAt(text, i);
                    if (c < 0) {
                        break;
                    }
                    hash = 31 * hash + Character.toLowerCase((char) c);
                    i += Utf8Words.length(b);
                }
            }
            if (mayBeFirstWord(hash)) {
                matchAt(text, start, i, found);
            }
        }
        return found;
    }

    private void matchAt(byte[] text, int start, int end, Set<String> found) {
        List<Name> candidates = byFirstWord.get(fold(new String(text, start, end - start, StandardCharsets.UTF_8)));
        if (candidates != null) {
            List<String> following = Utf8Words.words(text, start, maxWords);
            for (Name name : candidates) {
                if (name.matchesAt(following, 0)) {
                    found.add(name.sourcePath());
                }
            }
        }
    }

    private static final int FILTER_MASK = (1 << 20) - 1;

    private boolean mayBeFirstWord(int hash) {
        return (firstWordFilter[(hash & FILTER_MASK) >>> 6] & (1L << (hash & 63))) != 0;
    }

    /** Lower-cases character by character, exactly as {@link #find} hashes words. */
    private static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(Character.toLowerCase(word.charAt(i)));
        }
        return out.toString();
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
