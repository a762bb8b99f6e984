package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.casebake.cli.ImportCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    private static final String ANSWERS = "content/cases/netflix-prize/answers";
    private static final String MOODLE_CSV = Path.of("examples/moodle-forum-export.csv").toString();
    private static final String MOODLE_JSON = Path.of("examples/moodle-forum-export.json").toString();
    private static final String BOARD_CSV = Path.of("examples/board-export.csv").toString();
    private static final String MALFORMED = TestSite.resource("authoring/exports/moodle-malformed-rows.csv").toString();
    private static final String PRIVATE_REPLY_WARNING = ":8:1: warning: post 1046 is a private reply; not imported"
            + " (private replies are between the teacher and one student)\n";

    @TempDir
    Path tempDir;

    private TestSite.Run runImport(TestSite site, String... args) {
        return site.run(new ImportCommand(), args);
    }

    @Test
    void importsEveryPostOfTheMoodleCsvExportAsAPendingAnswer() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runImport(site, "netflix-prize", MOODLE_CSV);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(MOODLE_CSV + PRIVATE_REPLY_WARNING, run.err());
        assertEquals("""
                created content/cases/netflix-prize/answers/answer-01.md
                created content/cases/netflix-prize/answers/answer-02.md
                created content/cases/netflix-prize/answers/answer-03.md
                created content/cases/netflix-prize/answers/answer-04.md
                created content/cases/netflix-prize/answers/answer-05.md
                imported 5 posts, 0 already present, 1 skipped
                """, run.out());
        TestSite.assertMatchesGolden("authoring/expected/imported-moodle-answer-01.md", site.read(ANSWERS + "/answer-01.md"));
        JsonNode luke = site.frontMatter(ANSWERS + "/answer-04.md");
        assertEquals("Lukas \"Luke\" Weber", luke.path("author").asText());
        assertEquals("pending", luke.path("status").asText());
        assertEquals("2025-03-04", luke.path("submitted").asText());
        assertEquals(List.of("q1", "q2", "q3"), texts(luke.path("questions")));
        assertEquals(16, luke.path("importKey").asText().length());
    }

    @Test
    void theMoodleJsonExportGivesTheSameAnswersAsTheCsvExport() {
        TestSite fromCsv = TestSite.withNetflixCase(tempDir.resolve("csv"));
        TestSite fromJson = TestSite.withNetflixCase(tempDir.resolve("json"));
        runImport(fromCsv, "netflix-prize", MOODLE_CSV);
        TestSite.Run run = runImport(fromJson, "netflix-prize", MOODLE_JSON);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(MOODLE_JSON + ":113:1: warning: post 1046 is a private reply; not imported"
                + " (private replies are between the teacher and one student)\n", run.err());
        assertEquals("imported 5 posts, 0 already present, 1 skipped", lastLine(run.out()));
        assertEquals(answersWithoutComments(fromCsv), answersWithoutComments(fromJson));
    }

    @Test
    void reimportingTheSameExportAddsNothingTwice() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        runImport(site, "netflix-prize", MOODLE_CSV);
        Map<String, String> before = answers(site);
        TestSite.Run again = runImport(site, "netflix-prize", MOODLE_CSV);
        TestSite.Run asJson = runImport(site, "netflix-prize", MOODLE_JSON);
        assertEquals("imported 0 posts, 5 already present, 1 skipped\n", again.out());
        assertEquals("imported 0 posts, 5 already present, 1 skipped\n", asJson.out());
        assertEquals(0, again.exitCode());
        assertEquals(before, answers(site));
    }

    @Test
    void hostileHtmlIsStrippedFromTheWrittenFile() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        runImport(site, "netflix-prize", MOODLE_CSV);
        String hostile = site.read(ANSWERS + "/answer-05.md");
        assertEquals("""
                Anonymised is not anonymous: researchers re-identified users by matching ratings with IMDb reviews.

                Lesson: treat released data as personal data.
                """, site.body(ANSWERS + "/answer-05.md"));
        for (String trace : List.of("<script", "document.cookie", "onerror", "onclick", "javascript:", "<iframe",
                "evil.example", "<img")) {
            assertFalse(hostile.toLowerCase(Locale.ROOT).contains(trace), trace + " survived in\n" + hostile);
        }
    }

    @Test
    void importsAGenericCsvThroughAColumnMapping() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runImport(site, "netflix-prize", BOARD_CSV,
                "--map", "author=Name,text=Post,date=Date,subject=Subject", "--questions", "q1,q2");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertEquals("imported 3 posts, 0 already present, 0 skipped", lastLine(run.out()));
        JsonNode first = site.frontMatter(ANSWERS + "/answer-01.md");
        assertEquals("Mei Lin Zhou", first.path("author").asText());
        assertEquals("2025-03-03", first.path("submitted").asText());
        assertEquals(List.of("q1", "q2"), texts(first.path("questions")));
        assertEquals("""
                Netflix paid for results, not effort.

                Every team that did not win worked for free, and Netflix still learned from their published methods.
                """, site.body(ANSWERS + "/answer-01.md"));
        assertEquals("2025-03-05", site.frontMatter(ANSWERS + "/answer-03.md").path("submitted").asText());
    }

    @Test
    void malformedRowsAreReportedWithTheLineTheyStartOnAndTheRestAreImported() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runImport(site, "netflix-prize", MALFORMED);
        assertEquals(1, run.exitCode());
        String quoting = " (a field holding a comma, a quote or a line break must be in double quotes, its quotes"
                + " doubled)";
        assertEquals(MALFORMED + ":5:1: error: missing author (column 'userfullname' is empty)\n"
                + MALFORMED + ":6:1: error: bad date 'yesterday' in column 'created' (use Unix seconds, YYYY-MM-DD or"
                + " an ISO date-time such as 2025-03-03T14:05:00Z)\n"
                + MALFORMED + ":7:1: error: the row has 21 fields but the header has 20" + quoting + "\n"
                + MALFORMED + ":8:1: error: missing message (column 'message' is empty)\n"
                + MALFORMED + ":9:1: warning: post 2007 was deleted on the board; not imported\n", run.err());
        assertEquals("imported 3 posts, 0 already present, 5 skipped", lastLine(run.out()));
        assertEquals("Okafor, Amara", site.frontMatter(ANSWERS + "/answer-02.md").path("author").asText());
        assertEquals("First line,\n\nsecond line.\n", site.body(ANSWERS + "/answer-02.md"));
        assertEquals("Plain text, two lines:  \nline one  \nline two \\<not a tag?\\>\n",
                site.body(ANSWERS + "/answer-03.md"));
    }

    @Test
    void brokenQuotingIsReportedWhereTheRowStarts() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        String export = TestSite.resource("authoring/exports/board-unterminated-quote.csv").toString();
        TestSite.Run run = runImport(site, "netflix-prize", export);
        assertEquals(1, run.exitCode());
        String hint = " (a field holding a comma, a quote or a line break must be in double quotes, its quotes doubled)";
        assertEquals(export + ":3:1: error: unexpected text after the closing quote of a field" + hint + "\n"
                + export + ":4:1: error: the quoted field opened on line 4 is never closed" + hint + "\n", run.err());
        assertEquals("imported 1 post, 0 already present, 2 skipped", lastLine(run.out()));
    }

    @Test
    void aMappedColumnMissingFromTheHeaderStopsTheImport() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runImport(site, "netflix-prize", BOARD_CSV, "--map", "author=Student,text=Post");
        assertEquals(1, run.exitCode());
        assertEquals(BOARD_CSV + ":1:1: error: no column 'Student' for the author in the header (the columns are Name,"
                + " Date, Subject, Post; choose one with --map author=<column>)\n", run.err());
        assertEquals("imported 0 posts, 0 already present, 3 skipped\n", run.out());
        assertEquals(List.of(), site.fileNames(ANSWERS));
    }

    @Test
    void importNeverOverwritesAnExistingAnswerAndNumbersAfterIt() throws Exception {
        TestSite site = TestSite.withNetflixCase(tempDir);
        Path answers = Files.createDirectories(site.file(ANSWERS));
        String handWritten = "---\nauthor: \"Amara Okafor\"\nquestions: [\"q1\"]\n---\nWritten by hand.\n";
        Files.writeString(answers.resolve("answer-01.md"), handWritten);
        runImport(site, "netflix-prize", MOODLE_CSV);
        assertEquals(handWritten, site.read(ANSWERS + "/answer-01.md"));
        assertEquals(List.of("answer-01.md", "answer-02.md", "answer-03.md", "answer-04.md", "answer-05.md",
                "answer-06.md"), site.fileNames(ANSWERS));
    }

    @Test
    void importedFileNamesNeverContainTheAuthorsName() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        runImport(site, "netflix-prize", MOODLE_CSV);
        runImport(site, "netflix-prize", BOARD_CSV, "--map", "author=Name,text=Post,date=Date");
        List<String> names = site.fileNames(ANSWERS);
        assertEquals(8, names.size());
        for (String name : names) {
            assertTrue(name.matches("answer-\\d{2,}\\.md"), name);
        }
    }

    @Test
    void usageErrorsExitWithTwoAndWriteNothing() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run format = runImport(site, "netflix-prize", MOODLE_CSV, "--format", "excel");
        assertEquals(2, format.exitCode());
        assertEquals("error: unknown export format 'excel' (use one of moodle-csv, moodle-json, canvas-json, csv)\n", format.err());
        TestSite.Run map = runImport(site, "netflix-prize", BOARD_CSV, "--map", "writer=Name");
        assertEquals(2, map.exitCode());
        assertEquals("error: cannot read --map entry 'writer=Name' (write part=Column pairs separated by commas;"
                + " parts are author, text, date, subject, id)\n", map.err());
        TestSite.Run question = runImport(site, "netflix-prize", MOODLE_CSV, "--questions", "q4");
        assertEquals(2, question.exitCode());
        assertEquals("error: unknown question id 'q4' for case 'netflix-prize' (the case's questions are q1, q2,"
                + " q3)\n", question.err());
        TestSite.Run missing = runImport(site, "netflix-prize", "no-such-export.csv");
        assertEquals(2, missing.exitCode());
        assertEquals("error: cannot read the export file no-such-export.csv (there is no such file)\n", missing.err());
        assertEquals(List.of(), site.fileNames(ANSWERS));
    }

    @Test
    void anExplicitFormatOverridesDetection() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runImport(site, "netflix-prize", MOODLE_CSV, "--format", "csv",
                "--map", "author=userfullname,text=message,date=created");
        assertEquals(0, run.exitCode(), run.err());
        // As plain CSV the Moodle-only columns mean nothing, so the private reply is imported too.
        assertEquals("imported 6 posts, 0 already present, 0 skipped", lastLine(run.out()));
    }

    @Test
    void anExistingAnswerWithBrokenFrontMatterStopsTheImportBeforeAnythingIsWritten() throws Exception {
        TestSite site = TestSite.withNetflixCase(tempDir);
        Path answers = Files.createDirectories(site.file(ANSWERS));
        Files.writeString(answers.resolve("answer-01.md"), "---\nauthor: \"Ana\nquestions: [q1]\n---\nText\n");
        TestSite.Run run = runImport(site, "netflix-prize", MOODLE_CSV);
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("content/cases/netflix-prize/answers/answer-01.md:"), run.err());
        assertTrue(run.err().contains(": error: invalid YAML: "), run.err());
        assertEquals(List.of("answer-01.md"), site.fileNames(ANSWERS));
    }

    @Test
    void brokenJsonIsReportedAtItsLineAndThePostsBeforeItAreImported() throws Exception {
        Path export = tempDir.resolve("forum.json");
        Files.writeString(export, """
                [[
                  {"id": 7, "userfullname": "Ana Souza", "created": 1740996300, "message": "<p>Open wins.</p>"},
                  {"id": 8, "userfullname": "Ben Ito", "created": 1740996300, "message": "<p>Closed wins.</p>"
                  {"id": 9, "userfullname": "Chloé Roy", "created": 1740996300, "message": "<p>Both.</p>"}
                ]]
                """);
        TestSite site = TestSite.withNetflixCase(tempDir.resolve("site"));
        TestSite.Run run = runImport(site, "netflix-prize", export.toString());
        assertEquals(1, run.exitCode());
        assertEquals(export + ":4:3: error: the export is not valid JSON: Unexpected character ('{' (code 123)):"
                + " was expecting comma to separate Object entries (posts after this point were not read)\n",
                run.err());
        assertEquals("imported 1 post, 0 already present, 1 skipped", lastLine(run.out()));
        assertEquals("Ana Souza", site.frontMatter(ANSWERS + "/answer-01.md").path("author").asText());
    }

    @Test
    void aPostWithNothingButUnsafeHtmlIsReportedAndSkipped() throws Exception {
        Path export = tempDir.resolve("posts.csv");
        Files.writeString(export, "author,text\nAna Souza,<script>alert(1)</script>\nBen Ito,Fine.\n");
        TestSite site = TestSite.withNetflixCase(tempDir.resolve("site"));
        TestSite.Run run = runImport(site, "netflix-prize", export.toString());
        assertEquals(1, run.exitCode());
        assertEquals(export + ":2:1: error: the message is empty once unsafe HTML is removed\n", run.err());
        assertEquals("imported 1 post, 0 already present, 1 skipped", lastLine(run.out()));
        assertEquals("Ben Ito", site.frontMatter(ANSWERS + "/answer-01.md").path("author").asText());
    }

    private static Map<String, String> answers(TestSite site) {
        Map<String, String> files = new TreeMap<>();
        for (String name : site.fileNames(ANSWERS)) {
            files.put(name, site.read(ANSWERS + "/" + name));
        }
        return files;
    }

    private static Map<String, String> answersWithoutComments(TestSite site) {
        Map<String, String> files = answers(site);
        files.replaceAll((name, text) -> text.replaceAll("(?m)^#.*\n", ""));
        return files;
    }

    private static String lastLine(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
