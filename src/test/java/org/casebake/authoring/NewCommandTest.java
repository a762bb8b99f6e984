package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.casebake.cli.NewCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    private static final Clock MARCH_THIRD = Clock.fixed(Instant.parse("2025-03-03T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tempDir;

    private TestSite.Run runNew(TestSite site, String... args) {
        return site.run(new NewCommand(MARCH_THIRD), args);
    }

    @Test
    void newCaseWritesTheStarterCaseFileExactly() {
        TestSite site = TestSite.empty(tempDir);
        TestSite.Run run = runNew(site, "case", "open-innovation");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("created content/cases/open-innovation/index.md\n", run.out());
        TestSite.assertMatchesGolden("authoring/expected/new-case.md",
                site.read("content/cases/open-innovation/index.md"));
    }

    @Test
    void newCaseFrontMatterParsesAsYamlWithTheRequiredFields() {
        TestSite site = TestSite.empty(tempDir);
        runNew(site, "case", "open-innovation", "--title", "Open innovation: \"crowds\" at O'Reilly");
        JsonNode front = site.frontMatter("content/cases/open-innovation/index.md");
        assertEquals("Open innovation: \"crowds\" at O'Reilly", front.path("title").asText());
        assertEquals("2025-03-03", front.path("date").asText());
        assertEquals("draft", front.path("status").asText());
        assertTrue(front.path("summary").isTextual());
        assertEquals(1, front.path("questions").size());
        assertEquals("q1", front.path("questions").path(0).path("id").asText());
        assertTrue(front.path("questions").path(0).path("prompt").isTextual());
    }

    @Test
    void newCaseRefusesToOverwriteAnExistingCase() throws Exception {
        TestSite site = TestSite.withNetflixCase(tempDir);
        String before = site.read("content/cases/netflix-prize/index.md");
        TestSite.Run run = runNew(site, "case", "netflix-prize");
        assertEquals(1, run.exitCode());
        assertEquals("content/cases/netflix-prize/index.md:1:1: error: the file already exists (Casebake never"
                + " overwrites a file; choose another name or move the file away)\n", run.err());
        assertEquals(before, site.read("content/cases/netflix-prize/index.md"));
    }

    @Test
    void newCaseRejectsASlugWithCapitalsOrSpaces() {
        TestSite site = TestSite.empty(tempDir);
        TestSite.Run run = runNew(site, "case", "Netflix Prize");
        assertEquals(2, run.exitCode());
        assertEquals("error: 'Netflix Prize' is not a valid case name (use lower-case letters, digits and"
                + " hyphens, for example netflix-prize)\n", run.err());
        assertEquals(List.of(), site.fileNames("content"));
    }

    @Test
    void newAnswerIsPendingAndAnswersEveryQuestionByDefault() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runNew(site, "answer", "netflix-prize", "--author", "Priya Raman");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("created content/cases/netflix-prize/answers/answer-01.md\n", run.out());
        JsonNode front = site.frontMatter("content/cases/netflix-prize/answers/answer-01.md");
        assertEquals("Priya Raman", front.path("author").asText());
        assertEquals("pending", front.path("status").asText());
        assertEquals("2025-03-03", front.path("submitted").asText());
        assertEquals(List.of("q1", "q2", "q3"), texts(front.path("questions")));
    }

    @Test
    void answerFileNamesNeverContainTheAuthorsName() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        runNew(site, "answer", "netflix-prize", "--author", "Zoë O'Brien", "--questions", "q2");
        runNew(site, "answer", "netflix-prize", "--author", "zoe-obrien", "--questions", "q1,q3");
        List<String> names = site.fileNames("content/cases/netflix-prize/answers");
        assertEquals(List.of("answer-01.md", "answer-02.md"), names);
        for (String name : names) {
            assertFalse(name.toLowerCase(Locale.ROOT).contains("zo"), name);
            assertFalse(name.toLowerCase(Locale.ROOT).contains("brien"), name);
        }
        JsonNode second = site.frontMatter("content/cases/netflix-prize/answers/answer-02.md");
        assertEquals(List.of("q1", "q3"), texts(second.path("questions")));
    }

    @Test
    void newAnswerKeepsANameWithQuotesAndAColonIntact() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        runNew(site, "answer", "netflix-prize", "--author", "O'Brien: \"x\" # not a comment");
        JsonNode front = site.frontMatter("content/cases/netflix-prize/answers/answer-01.md");
        assertEquals("O'Brien: \"x\" # not a comment", front.path("author").asText());
    }

    @Test
    void newAnswerNumbersAfterTheHighestExistingNumber() throws Exception {
        TestSite site = TestSite.withNetflixCase(tempDir);
        Path answers = Files.createDirectories(site.file("content/cases/netflix-prize/answers"));
        Files.writeString(answers.resolve("answer-07.md"), "---\nauthor: \"A\"\nquestions: [\"q1\"]\n---\n");
        Files.writeString(answers.resolve("marc.md"), "---\nauthor: \"M\"\nquestions: [\"q1\"]\n---\n");
        TestSite.Run run = runNew(site, "answer", "netflix-prize", "--author", "Lena Vogt");
        assertEquals("created content/cases/netflix-prize/answers/answer-08.md\n", run.out());
    }

    @Test
    void newAnswerRejectsUnknownQuestionIdsListingTheValidOnes() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runNew(site, "answer", "netflix-prize", "--author", "Lena Vogt", "--questions", "q1,q7,q9");
        assertEquals(2, run.exitCode());
        assertEquals("error: unknown question ids 'q7', 'q9' for case 'netflix-prize' (the case's questions are"
                + " q1, q2, q3)\n", run.err());
        assertEquals(List.of(), site.fileNames("content/cases/netflix-prize/answers"));
    }

    @Test
    void newAnswerTakesTheStatusItIsGiven() {
        assertEquals("curated", newAnswerWith("--status", "curated").path("status").asText());
    }

    @Test
    void newAnswerRejectsAStatusFrontMatterDoesNotKnowListingTheValidOnes() {
        assertNewAnswerRefuses("--status", List.of("published", "Pending", ""),
                bad -> "error: unknown status '" + bad + "' (use curated, pending, rejected)\n");
    }

    @Test
    void newAnswerRejectsACaseThatDoesNotExist() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runNew(site, "answer", "netflix", "--author", "Lena Vogt");
        assertEquals(2, run.exitCode());
        assertEquals("error: there is no case 'netflix' (no content/cases/netflix/index.md) (the cases are"
                + " netflix-prize)\n", run.err());
    }

    @Test
    void newComparisonHasTwoSidesAndOneDimensionWithACellForEachSide() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runNew(site, "comparison", "prize-vs-hiring");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("created content/comparisons/prize-vs-hiring.md\n", run.out());
        JsonNode front = site.frontMatter("content/comparisons/prize-vs-hiring.md");
        assertEquals("Prize Vs Hiring", front.path("title").asText());
        assertEquals(List.of("netflix-prize"), texts(front.path("cases")));
        JsonNode sides = front.path("sides");
        assertEquals(2, sides.size());
        assertEquals(1, front.path("dimensions").size());
        JsonNode cells = front.path("dimensions").path(0).path("cells");
        for (JsonNode side : sides) {
            assertTrue(cells.path(side.path("id").asText()).isTextual(), "no cell for " + side);
            assertTrue(side.path("label").isTextual());
        }
        assertEquals(2, cells.size());
        assertEquals("draft", front.path("status").asText(), "a placeholder comparison is never published");
    }

    @Test
    void newAnswerTakesTheSubmissionDateFromSubmitted() {
        assertEquals("2024-11-28", newAnswerWith("--submitted", "2024-11-28").path("submitted").asText());
    }

    @Test
    void newAnswerRefusesASubmissionDateThatIsNotADayOfTheCalendar() {
        assertNewAnswerRefuses("--submitted", List.of("28.11.2024", "2024-02-30", "yesterday"),
                bad -> "error: '" + bad + "' is not a date (write --submitted as YYYY-MM-DD, e.g. 2025-03-03)\n");
    }

    /** The front matter of a new answer of the Netflix case written with {@code option value}. */
    private JsonNode newAnswerWith(String option, String value) {
        TestSite site = TestSite.withNetflixCase(tempDir);
        TestSite.Run run = runNew(site, "answer", "netflix-prize", "--author", "Lena Vogt", option, value);
        assertEquals(0, run.exitCode(), run.err());
        return site.frontMatter("content/cases/netflix-prize/answers/answer-01.md");
    }

    /** Each of {@code values} for {@code option} is a usage error with its message, and no answer is written. */
    private void assertNewAnswerRefuses(String option, List<String> values, java.util.function.Function<String, String> message) {
        TestSite site = TestSite.withNetflixCase(tempDir);
        for (String bad : values) {
            TestSite.Run run = runNew(site, "answer", "netflix-prize", "--author", "Lena Vogt", option, bad);
            assertEquals(2, run.exitCode(), bad);
            assertEquals(message.apply(bad), run.err());
        }
        assertEquals(List.of(), site.fileNames("content/cases/netflix-prize/answers"));
    }

    @Test
    void newComparisonRefusesToOverwriteAndRejectsUnknownCases() {
        TestSite site = TestSite.withNetflixCase(tempDir);
        runNew(site, "comparison", "prize-vs-hiring");
        String before = site.read("content/comparisons/prize-vs-hiring.md");
        TestSite.Run again = runNew(site, "comparison", "prize-vs-hiring");
        assertEquals(1, again.exitCode());
        assertEquals("content/comparisons/prize-vs-hiring.md:1:1: error: the file already exists (Casebake never"
                + " overwrites a file; choose another name or move the file away)\n", again.err());
        assertEquals(before, site.read("content/comparisons/prize-vs-hiring.md"));
        TestSite.Run unknown = runNew(site, "comparison", "other", "--cases", "netflix-prize,kodak");
        assertEquals(2, unknown.exitCode());
        assertEquals("error: unknown case 'kodak' (the cases are netflix-prize)\n", unknown.err());
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
