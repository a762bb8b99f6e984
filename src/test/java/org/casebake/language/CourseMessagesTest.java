package org.casebake.language;

import org.casebake.build.BuildResult;
import org.casebake.model.BuildOptions;
import org.casebake.testing.FileTree;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A course's own {@code messages/<language>.properties}: its texts replace Casebake's, as plain text;
 * a language's region falls back to the language; and what is wrong with the course's file, or
 * missing from it, is listed as warnings with the line, while the site still builds.
 */
class CourseMessagesTest {

    @TempDir
    Path work;

    @Test
    void aCourseTextReplacesTheBuiltInOneAndIsShownAsText() {
        SiteFixture site = minimalCaseIn("de");
        site.write("messages/de.properties", "# Unsere Wörter\nnav.cases = <b>Fälle</b> & {mehr}\n");
        assertEquals(List.of(), site.build().problems().formatLines());
        Document home = site.site().html("index.html");
        assertEquals("<b>Fälle</b> & {mehr}", home.select(".site-nav a").first().text());
        assertTrue(home.select(".site-nav b").isEmpty(), "a course's text never becomes markup");
        assertEquals("Themen", home.select(".site-nav a[href=themes/index.html]").text(), "other keys keep the built-in German");
    }

    @Test
    void aRegionWithoutTextsOfItsOwnUsesItsLanguage() {
        SiteFixture site = minimalCaseIn("de-CH");
        assertEquals(List.of(), site.build().problems().formatLines());
        Document home = site.site().html("index.html");
        assertEquals("de-CH", home.select("html").attr("lang"));
        assertEquals("Fälle", home.select(".site-nav a").first().text());
    }

    @Test
    void aRegionsOwnFileComesBeforeTheLanguage() {
        SiteFixture site = minimalCaseIn("de-CH");
        site.write("messages/de-CH.properties", "nav.search = Suchen\n");
        site.write("messages/de.properties", "nav.search = Finden\nnav.themes = Schwerpunkte\n");
        assertEquals(List.of(), site.build().problems().formatLines());
        Document home = site.site().html("index.html");
        assertEquals("Suchen", home.select(".site-nav a[href=search/index.html]").text());
        assertEquals("Schwerpunkte", home.select(".site-nav a[href=themes/index.html]").text());
    }

    @Test
    void unknownKeysUnusablePlaceholdersAndBadLinesAreWarningsAtTheirLine() {
        SiteFixture site = minimalCaseIn("de");
        site.write("messages/de.properties", String.join("\n",
                "nav.casse = Fälle",
                "  title.question = Frage {0} von {2}",
                "date.pattern = d. MMMM yyyy pp",
                "Fälle",
                "course.motto = Lernen mit Fällen",
                "nav.search = Suchen",
                "nav.search = Finden", ""));
        BuildResult result = site.attempt(BuildOptions.studentSite(), true);
        assertTrue(result.succeeded());
        assertEquals(List.of(
                "messages/de.properties:1:1: warning: unknown message key 'nav.casse' (did you mean 'nav.cases'? the line is ignored;"
                        + " a course's own keys for its templates start with course.)",
                "messages/de.properties:2:3: warning: 'title.question' has no value for {2}, so this text is not used"
                        + " (placeholders run from {0} to {1})",
                "messages/de.properties:3:1: warning: 'd. MMMM yyyy pp' is not a date pattern, so it is not used"
                        + " (letters as in java.time.format.DateTimeFormatter, such as d MMMM yyyy; text in single quotes)",
                "messages/de.properties:4:1: warning: not a 'key = text' line (keys are words of lower-case letters, digits"
                        + " and hyphens joined by dots, such as nav.cases; this line is ignored)",
                "messages/de.properties:7:1: warning: 'nav.search' is set twice (the later line is used; delete the other)"),
                result.problems().formatLines());
        Document home = site.site().html("index.html");
        assertEquals("Fälle", home.select(".site-nav a").first().text());
        assertEquals("Finden", home.select(".site-nav a[href=search/index.html]").text());
    }

    @Test
    void eachKeyACourseLanguageHasNoTextForIsListedAndShownInEnglish() {
        SiteFixture site = minimalCaseIn("it");
        String english = FileTree.readText(TestFolders.project().resolve("messages/en.properties"));
        String italian = Arrays.stream(english.split("\n"))
                .filter(line -> !line.startsWith("nav.cases ") && !line.startsWith("title.search "))
                .collect(Collectors.joining("\n"));
        site.write("messages/it.properties", italian.replace("nav.themes = Themes", "nav.themes = Temi"));
        BuildResult result = site.attempt(BuildOptions.studentSite(), true);
        assertTrue(result.succeeded());
        assertEquals(List.of(
                "messages/it.properties:1:1: warning: no text for 'nav.cases': the English 'Cases' is shown (add the line: nav.cases = ...)",
                "messages/it.properties:1:1: warning: no text for 'title.search': the English 'Search' is shown"
                        + " (add the line: title.search = ...)"),
                result.problems().formatLines());
        Document home = site.site().html("index.html");
        assertEquals("Cases", home.select(".site-nav a").first().text());
        assertEquals("Temi", home.select(".site-nav a[href=themes/index.html]").text());
    }

    @Test
    void aLanguageCasebakeDoesNotKnowIsSaidOnceAndFilesForOtherLanguagesAreNamed() {
        SiteFixture site = minimalCaseIn("it");
        site.write("messages/fr.properties", "nav.cases = Cas\n");
        site.write("messages/notes.txt", "nav.cases = Casi\n");
        BuildResult result = site.attempt(BuildOptions.studentSite(), true);
        assertTrue(result.succeeded());
        List<String> lines = result.problems().formatLines();
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertEquals("messages/fr.properties:1:1: warning: not read: the course's language is 'it' (site-config.yml's language"
                + " chooses the messages file; this one would be read for fr)", lines.get(0));
        assertEquals("messages/notes.txt:1:1: warning: not a messages file, so it is not read (name a messages file after its"
                + " language, such as messages/de.properties or messages/de-CH.properties)", lines.get(1));
        assertTrue(lines.get(2).startsWith("site-config.yml:1:1: warning: Casebake has no texts in 'it': pages show "), lines.get(2));
    }

    @Test
    void anUnchangedCopyOfCasebakesOwnTextsForAnotherLanguageIsNoMistake() throws java.io.IOException {
        SiteFixture site = minimalCaseIn("en");
        try (java.io.InputStream german = getClass().getResourceAsStream("/casebake-theme/messages/de.properties")) {
            site.write("messages/de.properties", new String(german.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        BuildResult result = site.attempt(BuildOptions.studentSite(), true);
        assertTrue(result.succeeded());
        assertEquals(List.of(), result.problems().formatLines());
        site.write("messages/de.properties", "nav.cases = Fälle\n");
        assertEquals(1, site.attempt(BuildOptions.studentSite(), true).problems().formatLines().size(),
                "a changed file for another language is still said to be unread");
    }

    private SiteFixture minimalCaseIn(String language) {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace("site-config.yml", "title: \"Minimal course\"", "title: \"Minimal course\"\nlanguage: " + language);
        return site;
    }
}
