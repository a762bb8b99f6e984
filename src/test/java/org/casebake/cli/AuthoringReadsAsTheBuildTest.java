package org.casebake.cli;

import org.casebake.testing.SiteFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code casebake new} and {@code casebake import} read the existing case and answers with the build's
 * own scanner and front matter parser: a file the build reads, they read; a file the build refuses, they
 * refuse with the very line {@code casebake check} prints.
 */
class AuthoringReadsAsTheBuildTest {

    private static final String CASE = "content/cases/open-source-prize/index.md";
    private static final String ANSWERS = "content/cases/open-source-prize/answers/";

    @TempDir
    Path work;

    @Test
    void aCaseWithAByteOrderMarkAndCrlfLineEndingsGetsAnAnswerToEachOfItsQuestions() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.write(CASE, ("\uFEFF---\ntitle: \"Prize\"\ndate: 2013-03-14\nquestions:\n  - {id: q1, prompt: \"One?\"}\n"
                + "  - {id: why-2, prompt: \"Two?\"}\n...\nText\n").replace("\n", "\r\n"));
        CliRun run = CliRun.of("new", "answer", "open-source-prize", "--author", "Ana Souza", "--source", site.source().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(site.read(ANSWERS + "answer-01.md").contains("\nquestions:\n  - \"q1\"\n  - \"why-2\"\nstatus: \"pending\"\n"),
                () -> site.read(ANSWERS + "answer-01.md"));
    }

    @Test
    void aCaseTheBuildCannotReadStopsNewAnswerWithTheLineCheckPrints() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.write(CASE, "---\ntitle: \"Prize\"\nquestions:\n  - {id: q1, prompt: \"One?\"}\nText without a closing line\n");
        assertSameFirstProblem(site, "content/cases/open-source-prize/index.md:1:1: error: front matter is never closed"
                + " (add a line '---' after the last field, before the text)");
    }

    @Test
    void aCaseThatIsNotUtf8StopsNewAnswerAtTheBadByte() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        site.write(CASE, "---\ntitle: \"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        assertSameFirstProblem(site, "content/cases/open-source-prize/index.md:2:12: error: file is not valid UTF-8"
                + " (byte 0xE9) (save the file as UTF-8 in your editor)");
    }

    @Test
    void aCaseThatIsALinkOutOfTheSiteIsNeverReadThrough() throws Exception {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        Path outside = Files.writeString(work.resolve("outside.md"), site.read(CASE));
        Files.delete(site.file(CASE));
        Files.createSymbolicLink(site.file(CASE), outside);
        assertSameFirstProblem(site, "content/cases/open-source-prize/index.md:1:1: error: symbolic link leads outside"
                + " the site folder; Casebake does not follow it (a link may lead only to a file in this site's content/,"
                + " assets/ or templates/; copy the file here instead)");
    }

    @Test
    void answersSavedAgainWithCrlfLineEndingsAreStillRecognisedByTheirImportKey() throws Exception {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        Path export = Files.writeString(work.resolve("board.csv"), "author,text\nAna Souza,Open wins.\nBen Ito,Closed.\n");
        String[] importIt = {"import", "open-source-prize", export.toString(), "--source", site.source().toString()};
        assertEquals(0, CliRun.of(importIt).exitCode());
        for (String name : new String[] {"answer-01.md", "answer-02.md"}) {
            site.write(ANSWERS + name, "\uFEFF" + site.read(ANSWERS + name).replace("\n", "\r\n"));
        }
        CliRun again = CliRun.of(importIt);
        assertEquals(0, again.exitCode(), again.err());
        assertEquals("imported 0 posts, 2 already present, 0 skipped", again.out().strip().lines().reduce((a, b) -> b).orElse(""));
    }

    private static void assertSameFirstProblem(SiteFixture site, String expected) {
        CliRun authoring = CliRun.of("new", "answer", "open-source-prize", "--author", "Ana Souza", "--source",
                site.source().toString());
        CliRun check = CliRun.of("check", "--source", site.source().toString());
        assertEquals(1, authoring.exitCode(), authoring.err());
        assertEquals(expected, authoring.firstErrorLine());
        assertTrue(check.err().lines().anyMatch(expected::equals), check.err());
    }
}
