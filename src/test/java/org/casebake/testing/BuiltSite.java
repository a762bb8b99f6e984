package org.casebake.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of a built site (the marker file left out), read back from the output folder for
 * assertions: each page as a jsoup document, and a scan of every file, by name and content, for
 * words that must appear nowhere.
 */
public final class BuiltSite {

    private static final int SNIPPET = 40;

    private final SortedMap<String, byte[]> files;

    private BuiltSite(SortedMap<String, byte[]> files) {
        this.files = files;
    }

    /** The site in the output folder {@code folder}. */
    public static BuiltSite in(Path folder) {
        return new BuiltSite(GoldenFiles.read(folder));
    }

    /** Every file's path, sorted, with forward slashes. */
    public Set<String> paths() {
        return files.keySet();
    }

    /** The paths of the HTML pages, sorted. */
    public List<String> pages() {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    /** True when the site has a file at {@code path}. */
    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** A file's bytes as UTF-8 text; fails when there is no such file. */
    public String text(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new AssertionError("the built site has no file " + path + "; it has " + files.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** An HTML page, parsed. */
    public Document html(String path) {
        return Jsoup.parse(text(path));
    }

    /** An XML file (sitemap, feed), parsed as XML. */
    public Document xml(String path) {
        return Jsoup.parse(text(path), "", Parser.xmlParser());
    }

    /**
     * Where {@code pattern} occurs in the site: in a file's path, or in its content (every file, read
     * as UTF-8, whatever its type). Each finding names the file and quotes the text around it.
     */
    public List<String> whereFound(Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (var file : files.entrySet()) {
            if (pattern.matcher(file.getKey()).find()) {
                found.add(file.getKey() + " (in the file's path)");
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - SNIPPET);
                int to = Math.min(text.length(), m.end() + SNIPPET);
                found.add(file.getKey() + ": ..." + text.substring(from, to).replace('\n', ' ') + "...");
            }
        }
        return found;
    }

    /** Where {@code literal} occurs anywhere, ignoring case, even inside a longer word. */
    public List<String> whereFound(String literal) {
        return whereFound(Pattern.compile(Pattern.quote(literal), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * A pattern for a name or phrase as whole words, ignoring case, whatever stands between the words
     * (separators, character references, tags, nothing): "Colin Stevenson" also finds
     * {@code colin-stevenson}, {@code Colin&nbsp;Stevenson}, {@code ColinStevenson} and
     * {@code Colin</span> <span>Stevenson}, but "Marc" does not find "March".
     */
    public static Pattern asWords(String phrase) {
        String[] words = phrase.strip().split("[^\\p{L}\\p{N}]+");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                regex.append("(?:[^\\p{L}\\p{N}<]|&[#a-zA-Z0-9]{1,10};|<[^>]{0,80}>){0,12}");
            }
            regex.append(Pattern.quote(words[i]));
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
