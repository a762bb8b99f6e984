package org.casebake.search;

import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Search on a German and a French course, in Chromium through the built index: words are found
 * whatever their accents, umlauts or ß (both in the text and in the query, "Straße" and "strasse"),
 * by an unfinished word too, and the search page speaks the course's language.
 */
class LanguageSearchTest {

    @TempDir
    static Path folder;
    private static SiteServer german;
    private static SiteServer french;
    private static BrowserSession browser;

    @BeforeAll
    static void buildAGermanAndAFrenchCourseAndStartBrowser() {
        german = new SiteServer(built("de", folder.resolve("de"), """
                Die Größe der Gemeinschaft zählt: Müller baut an der Straße eine Brücke für Änderungen.
                """));
        french = new SiteServer(built("fr", folder.resolve("fr"), """
                Le coût de la stratégie ouverte : un élève a créé une forêt de contributions à Noël.
                """));
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        browser.close();
        german.close();
        french.close();
    }

    @Test
    void germanWordsAreFoundWithOrWithoutUmlautsAndSharpS() {
        for (String query : List.of("Straße", "strasse", "STRASSE", "Größe", "grosse", "Müller", "muller", "Änderungen",
                "anderungen", "Brück")) {
            assertEquals("1 Ergebnis für „" + query + "“", statusFor(german, query), query);
        }
        assertEquals("Keine Ergebnisse für „Kathedrale“.", statusFor(german, "Kathedrale"));
    }

    @Test
    void frenchWordsAreFoundWithOrWithoutAccents() {
        for (String query : List.of("stratégie", "strategie", "coût", "cout", "élève", "eleve", "forêt", "foret", "Noël",
                "noel", "contribu")) {
            // WebDriver reads the no-break spaces inside « » as plain spaces.
            assertEquals("1 résultat pour « " + query + " »", statusFor(french, query), query);
        }
    }

    /** The search page's status line after searching {@code query}. */
    private static String statusFor(SiteServer site, String query) {
        browser.open(site.root() + "search/index.html?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        browser.waitFor(d -> "ready".equals(browser.find("[data-cb-search-page]").getAttribute("data-cb-search-state")));
        return browser.find(".cb-search-status").getText();
    }

    /** The minimal course in {@code language}, with its second answer's text replaced by {@code text}. */
    private static Path built(String language, Path work, String text) {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace("site-config.yml", "title: \"Minimal course\"", "title: \"Minimal course\"\nlanguage: " + language);
        String answer = site.read("content/cases/open-source-prize/answers/answer-b.md");
        site.write("content/cases/open-source-prize/answers/answer-b.md",
                answer.substring(0, answer.indexOf("---", 3) + 3) + "\n\n" + text);
        site.build();
        return site.output();
    }
}
