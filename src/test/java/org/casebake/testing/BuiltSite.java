package org.casebake.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;

/**
 * The files of a built site (the marker file left out), read back from the output folder for
 * assertions: each page as a jsoup document, a part of the site (such as {@code assets/}), and a
 * scan of every file, by name and content, for words that must appear nowhere.
 */
public final class BuiltSite {

    private static final int SNIPPET = 40;
    private static final String SEARCH_INDEX = "search/";
    /** JSON strings of the search index this long or longer, or with white space, are text people read. */
    private static final int READABLE_LENGTH = 13;
    /** A sharded index's file: its key, then its JSON deflated (zlib format) and written as base64. */
    private static final Pattern PACKED_SCRIPT = Pattern.compile("(CasebakeSearch\\.load\\(\"[^\"]+\",)\"([A-Za-z0-9+/]+=*)\"\\);\n");

    private final SortedMap<String, byte[]> files;

    private BuiltSite(SortedMap<String, byte[]> files) {
        this.files = files;
    }

    /** The site in the output folder {@code folder}. */
    public static BuiltSite in(Path folder) {
        return new BuiltSite(GoldenFiles.read(folder));
    }

    /** Every file by path, sorted; the bytes are the files' own, not to be changed. */
    public SortedMap<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    /** The files below {@code folder} (a path prefix ending in '/', such as {@code assets/}). */
    public BuiltSite inside(String folder) {
        return new BuiltSite(new TreeMap<>(files.subMap(folder, folder + Character.MAX_VALUE)));
    }

    /** Every file except those below {@code folder} (a path prefix ending in '/'). */
    public BuiltSite outside(String folder) {
        SortedMap<String, byte[]> rest = new TreeMap<>(files);
        rest.keySet().removeAll(inside(folder).paths());
        return new BuiltSite(rest);
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

    /**
     * The pages of a case's questions, in path order (each question's first page, then its later
     * pages): the only pages that show the case's answers in full.
     */
    public List<String> questionPages(String caseSlug) {
        String prefix = "cases/" + caseSlug + "/questions/";
        return pages().stream().filter(p -> p.startsWith(prefix)).toList();
    }

    /** Every answer (or part of one) shown in full on the question pages of a case, in page order. */
    public org.jsoup.select.Elements answers(String caseSlug) {
        org.jsoup.select.Elements answers = new org.jsoup.select.Elements();
        questionPages(caseSlug).forEach(p -> answers.addAll(html(p).select("article.answer")));
        return answers;
    }

    /** An XML file (sitemap, feed), parsed as XML. */
    public Document xml(String path) {
        return Jsoup.parse(text(path), "", Parser.xmlParser());
    }

    /**
     * Where {@code pattern} occurs in the site: in a file's path, or in its content (every file, read
     * as UTF-8, whatever its type; a sharded search index's packed files inflated). Each finding names
     * the file and quotes the text around it.
     */
    public List<String> whereFound(Pattern pattern) {
        List<String> found = new ArrayList<>();
        for (var file : files.entrySet()) {
            scan(file.getKey(), readable(file.getKey(), file.getValue()), pattern, found);
        }
        return found;
    }

    /**
     * A file's text as people would read it: UTF-8, and a sharded search index's packed script
     * ({@code CasebakeSearch.load("key","base64");}, its JSON deflated) with that JSON inflated in its place.
     */
    private static String readable(String path, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Matcher packed = PACKED_SCRIPT.matcher(text);
        if (!path.startsWith(SEARCH_INDEX) || !packed.matches()) {
            return text;
        }
        try (InflaterInputStream json = new InflaterInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(packed.group(2))))) {
            return packed.group(1) + new String(json.readAllBytes(), StandardCharsets.UTF_8) + ");\n";
        } catch (IOException e) {
            throw new AssertionError(path + " holds no deflated data the scan can read: " + e.getMessage(), e);
        }
    }

    /** Adds to {@code found} where {@code pattern} occurs in a file's path and its text. */
    private static void scan(String path, String text, Pattern pattern, List<String> found) {
        if (pattern.matcher(path).find()) {
            found.add(path + " (in the file's path)");
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - SNIPPET);
            int to = Math.min(text.length(), m.end() + SNIPPET);
            found.add(path + ": ..." + text.substring(from, to).replace('\n', ' ') + "...");
        }
    }

    /**
     * Where {@code pattern} occurs, as {@link #whereFound(Pattern)} finds it in every file but the
     * search index's scripts ({@code search/**.js}); in those only the JSON strings that people read
     * are searched: strings of {@value #READABLE_LENGTH} characters or more, or with white space
     * (titles, excerpts, displayed author names). The rest of the index is packed base-32 data in
     * short strings, where runs of letters such as "jAkE" or "Cd" occur by chance and would read as
     * names or initials. A name that reached the index only as a packed or stemmed term is not found
     * this way.
     */
    public List<String> whereFoundOutsidePackedData(Pattern pattern) {
        List<String> found = new ArrayList<>(outside(SEARCH_INDEX).whereFound(pattern));
        SortedMap<String, byte[]> index = inside(SEARCH_INDEX).files;
        for (var file : index.entrySet()) {
            String text = readable(file.getKey(), file.getValue());
            if (!file.getKey().endsWith(".js")) {
                scan(file.getKey(), text, pattern, found);
                continue;
            }
            scan(file.getKey(), "", pattern, found);
            for (String string : readableStrings(file.getKey(), text)) {
                if (pattern.matcher(string).find()) {
                    found.add(file.getKey() + ": \"" + string + "\"");
                }
            }
        }
        return found;
    }

    /** The readable JSON strings (keys and values) of a search index script {@code CasebakeSearch.load("key", data);}. */
    private static List<String> readableStrings(String path, String script) {
        int from = script.indexOf(',');
        int to = script.lastIndexOf(')');
        if (!script.startsWith("CasebakeSearch.load(\"") || from < 0 || to < from) {
            throw new AssertionError(path + " is not a call of CasebakeSearch.load; the scan cannot read it");
        }
        List<String> strings = new ArrayList<>();
        try {
            collect(new ObjectMapper().readTree(script.substring(from + 1, to)), strings);
        } catch (JsonProcessingException e) {
            throw new AssertionError(path + " does not hold one JSON value; the scan cannot read it: " + e.getOriginalMessage());
        }
        return strings.stream().filter(s -> s.length() >= READABLE_LENGTH || s.chars().anyMatch(Character::isWhitespace)).toList();
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.textValue());
        }
        node.fieldNames().forEachRemaining(strings::add);
        node.forEach(child -> collect(child, strings));
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
