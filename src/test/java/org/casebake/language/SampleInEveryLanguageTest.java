package org.casebake.language;

import org.casebake.model.Audience;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.FileTree;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample course built in each shipped language shows no English label: on the home, case,
 * question, comparison, search, themes, theme and not-found pages (and, built for instructors, the
 * teaching notes and the banner), the words of every English message are looked for in what the
 * page shows and says to screen readers, its content (the case, the answers, titles and names the
 * course wrote, in English) left out. Words a language shares with English ("Question" in French)
 * are not looked for.
 */
class SampleInEveryLanguageTest {

    /** Elements that hold the course's own words: titles, prompts, names, answers, the instructor's table. */
    private static final String CONTENT = String.join(", ",
            ".site-title", ".hero", ".site-footer p:not(.privacy-note)", ".prose", ".card-summary", ".card-link",
            ".page-header h1", ".case .page-header .lede", ".case-toc-prompt", ".question-index-prompt",
            ".question h3", ".theme-question .question-prompt", ".pager-title", ".case-toc-extra a", ".related a", ".citation a", ".citation cite",
            ".answer-author a", ".answer-ref-author", ".answer-ref-excerpt", ".answer-excerpt-head > a",
            ".answer-excerpt-text", ".answer-case a", ".meta-group a", ".theme-group h2", ".theme-label",
            ".theme-list .count", "svg", ".chart-description", ".chart-table table", ".eyebrow a[href*=cases/]",
            ".eyebrow a[href*=comparisons]", ".disputed a", ".both-sides a", ".evidence-case", ".unargued a",
            ".comparison-table thead th:not(:first-child)", ".comparison-table tbody th", ".comparison-table td > p:first-child",
            ".evidence li a", ".evidence-excerpt", ".evidence-quote", "figcaption a", ".chart-image", "title");

    private static final List<String> PAGES = List.of("index.html", "cases/netflix-oss-prize/index.html",
            "cases/netflix-oss-prize/questions/q2/index.html", "comparisons/open-source-vs-in-house/index.html",
            "search/index.html", "themes/index.html", "themes/cloud-computing/index.html", "404.html",
            "cases/netflix-oss-prize/teaching-notes/index.html");

    /** Words in the chart's texts the page shows (chart title, description) that are not yet the course's texts. */
    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es"})
    void noPageOfTheSampleShowsAnEnglishLabel(String language) {
        BuiltSite site = sampleIn(language, work);
        Map<String, List<String>> found = englishLabels(site, language);
        assertEquals(Map.of(), found);
        Document home = site.html("index.html");
        assertEquals(language, home.select("html").attr("lang"));
    }

    @Test
    void theCheckFindsTheEnglishLabelsOfAnEnglishSite() {
        // Guards the test above: on the English sample, the same look finds English words on every page.
        BuiltSite site = sampleIn("en", work);
        Map<String, List<String>> found = englishLabels(site, "xx");
        assertEquals(PAGES, List.copyOf(found.keySet()));
        assertTrue(found.get("index.html").contains("Cases"), found.toString());
        assertTrue(found.get("search/index.html").contains("Search cases, questions and answers"), found.toString());
    }

    /** By page, the English words found outside the content, for a site in {@code language}. */
    private static Map<String, List<String>> englishLabels(BuiltSite site, String language) {
        List<String> fragments = englishFragments(language);
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (String path : PAGES) {
            String shown = labelsOf(site.html(path));
            List<String> english = fragments.stream()
                    .filter(f -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])").matcher(shown).find())
                    .toList();
            if (!english.isEmpty()) {
                found.put(path, english);
            }
        }
        return found;
    }

    /** What a page says outside its content: visible text, hidden text for screen readers, labels and placeholders. */
    private static String labelsOf(Document page) {
        Document copy = page.clone();
        copy.select(CONTENT).remove();
        StringBuilder text = new StringBuilder(copy.body().text());
        for (Element e : copy.select("[aria-label], [placeholder], [title]:not(a):not(link)")) {
            text.append(" | ").append(e.attr("aria-label")).append(" | ").append(e.attr("placeholder"))
                    .append(" | ").append(e.attr("title"));
        }
        return text.toString();
    }

    /**
     * The words of the English messages, split at their placeholders, of at least four letters, that
     * {@code language}'s own texts do not use too.
     */
    private static List<String> englishFragments(String language) {
        Map<String, String> english = MessagesFiles.texts("en");
        String own = String.join("\n", language.equals("xx") ? List.of() : MessagesFiles.texts(language).values());
        TreeSet<String> fragments = new TreeSet<>();
        english.forEach((key, text) -> {
            if (key.equals("date.pattern")) {
                return;
            }
            for (String piece : text.split("\\{\\d+}|\\n")) {
                String fragment = piece.strip().replaceAll("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", "");
                if (fragment.codePoints().filter(Character::isLetter).count() >= 4 && !own.contains(fragment)) {
                    fragments.add(fragment);
                }
            }
        });
        return new ArrayList<>(fragments);
    }

    private static BuiltSite sampleIn(String language, Path work) {
        SiteFixture sample = SiteFixture.sample(work);
        sample.replace("site-config.yml", "language: \"en\"", "language: \"" + language + "\"");
        sample.build(Audience.INSTRUCTOR, false);
        return sample.site();
    }

    /** The repository's messages files, as a test reads them. */
    static final class MessagesFiles {
        private MessagesFiles() {
        }

        static Map<String, String> texts(String language) {
            Map<String, String> texts = new LinkedHashMap<>();
            for (String line : FileTree.readText(TestFolders.project().resolve("messages/" + language + ".properties")).split("\n")) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                    texts.put(line.substring(0, equals).strip(), unescape(line.substring(equals + 1).strip()));
                }
            }
            return texts;
        }

        private static String unescape(String text) {
            return text.replace("\\u00A0", "\u00A0").replace("\\u202F", "\u202F").replace("\\n", "\n");
        }
    }
}
