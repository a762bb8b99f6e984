package org.casebake.cli;

import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code casebake check} on a course whose own messages file leaves keys out or names one Casebake
 * does not know: each is a warning at the file (and line), the check succeeds, and nothing is written.
 */
class CheckListsMissingTextsTest {

    @TempDir
    Path work;

    @Test
    void checkWarnsAboutAnUnknownKeyAtItsLineAndEachMissingTextOfTheCoursesLanguage() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace("site-config.yml", "title: \"Minimal course\"", "title: \"Minimal course\"\nlanguage: de");
        site.write("messages/de.properties", "# Eigene Wörter\nnav.case = Fallstudien\n");
        CliRun run = CliRun.of("check", "--source", site.source().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("messages/de.properties:2:1: warning: unknown message key 'nav.case' (did you mean 'nav.cases'? the line"
                + " is ignored; a course's own keys for its templates start with course.)", run.err().lines().findFirst().orElse(""));
        assertEquals(false, java.nio.file.Files.exists(site.output()), "check writes nothing");
    }

    @Test
    void checkListsTheKeysALanguageWithoutCasebakesTextsLeavesOut() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.replace("site-config.yml", "title: \"Minimal course\"", "title: \"Minimal course\"\nlanguage: it");
        site.write("messages/it.properties", "nav.cases = Casi\n");
        CliRun run = CliRun.of("check", "--source", site.source().toString());
        assertEquals(0, run.exitCode(), run.err());
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("messages/it.properties:1:1: warning: no text for "), first);
        assertTrue(first.contains(" keys, which pages show in English: ") && first.contains("nav.themes")
                && !first.contains("nav.cases,"), first);
    }
}
