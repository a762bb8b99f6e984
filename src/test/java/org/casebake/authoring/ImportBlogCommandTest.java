package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.casebake.cli.ImportBlogCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportBlogCommandTest {

    private static final String EXPORT = TestSite.resource("authoring/blog/two-posts.xml").toString();
    private static final String ZAPPOS = "content/cases/zappos-offer";
    private static final String SOUTHWEST = "content/cases/southwest-open-seating";

    @TempDir
    Path tempDir;

    private static TestSite.Run importBlog(TestSite site, String... args) {
        return site.run(new ImportBlogCommand(), args);
    }

    @Test
    void eachPublishedPostBecomesADraftCaseAndEachApprovedCommentAPendingAnswer() {
        TestSite site = TestSite.empty(tempDir);
        TestSite.Run run = importBlog(site, EXPORT);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                created content/cases/zappos-offer/index.md (draft, 3 questions)
                created content/cases/zappos-offer/answers/answer-01.md
                created content/cases/zappos-offer/answers/answer-02.md
                created content/cases/zappos-offer/answers/answer-03.md
                created content/cases/zappos-offer/answers/answer-04.md
                post 101 ("Zappos Offers New Hires $2,000 to Quit"): 4 comments imported, 0 already present;\
                 skipped 1 pingback, 1 spam, 1 in the bin, 1 awaiting approval, 1 by the course staff
                created content/cases/southwest-open-seating/index.md (draft, 1 question)
                created content/cases/southwest-open-seating/answers/answer-01.md
                created content/cases/southwest-open-seating/answers/answer-02.md
                post 102 ("Southwest’s Open Seating"): 2 comments imported, 0 already present; skipped 1 trackback
                """, run.out());
        assertEquals(EXPORT + ":47:1: warning: comment 206 on post 101 (\"Zappos Offers New Hires $2,000 to Quit\")"
                + " is by Prof. Dana Whitfield of the course staff; not imported\n"
                + EXPORT + ":180:1: warning: post 102 (\"Southwest’s Open Seating\") has no numbered list under a"
                + " \"Questions\" heading or paragraph; its case got one placeholder question (write the questions"
                + " into content/cases/southwest-open-seating/index.md)\n", run.err());
        assertEquals(List.of("content"), site.fileNames(""));
        assertEquals(List.of("southwest-open-seating", "zappos-offer"), site.fileNames("content/cases"));
        for (String file : List.of("index.md", "answers/answer-01.md", "answers/answer-02.md", "answers/answer-03.md",
                "answers/answer-04.md")) {
            TestSite.assertMatchesGolden("authoring/expected/blog/zappos-offer/" + file, site.read(ZAPPOS + "/" + file));
        }
        TestSite.assertMatchesGolden("authoring/expected/blog/southwest-open-seating/index.md",
                site.read(SOUTHWEST + "/index.md"));
    }

    @Test
    void repliesNameTheAnswerTheyReplyToAndRepliesToTheStaffSayWhy() {
        TestSite site = TestSite.empty(tempDir);
        importBlog(site, EXPORT, "--post", "zappos-offer");
        assertTrue(site.frontMatter(ZAPPOS + "/answers/answer-01.md").path("replyTo").isMissingNode());
        assertEquals("answer-01", site.frontMatter(ZAPPOS + "/answers/answer-02.md").path("replyTo").asText());
        assertEquals("answer-02", site.frontMatter(ZAPPOS + "/answers/answer-04.md").path("replyTo").asText());
        assertTrue(site.frontMatter(ZAPPOS + "/answers/answer-03.md").path("replyTo").isMissingNode());
        assertTrue(site.read(ZAPPOS + "/answers/answer-03.md")
                .contains("# It replies to comment 206, which was not imported (by the course staff).\n"));
    }

    @Test
    void fileNamesAreNumbersAndNeverTheCommentersName() {
        TestSite site = TestSite.empty(tempDir);
        importBlog(site, EXPORT);
        assertEquals(List.of("answer-01.md", "answer-02.md", "answer-03.md", "answer-04.md"),
                site.fileNames(ZAPPOS + "/answers"));
        assertEquals(List.of("answer-01.md", "answer-02.md"), site.fileNames(SOUTHWEST + "/answers"));
    }

    @Test
    void anExcludedAuthorIsSkippedAndReportedLikeThePostsAuthor() {
        TestSite site = TestSite.empty(tempDir);
        TestSite.Run run = importBlog(site, EXPORT, "--post", "102", "--exclude-author", "  sam REYES ");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(EXPORT + ":203:1: warning: comment 301 on post 102 (\"Southwest’s Open Seating\")"
                + " is by Sam Reyes of the course staff; not imported\n"), run.err());
        assertEquals(List.of("answer-01.md"), site.fileNames(SOUTHWEST + "/answers"));
        assertEquals("Chloé Dubois", site.frontMatter(SOUTHWEST + "/answers/answer-01.md").path("author").asText());
        assertEquals(List.of("southwest-open-seating"), site.fileNames("content/cases"));
    }

    @Test
    void anAlreadyImportedPostUpdatesNothingAndSaysSo() {
        TestSite site = TestSite.empty(tempDir);
        importBlog(site, EXPORT);
        Map<String, String> before = contents(site);
        TestSite.Run again = importBlog(site, EXPORT);
        assertEquals(0, again.exitCode(), again.err());
        assertEquals("""
                post 101 ("Zappos Offers New Hires $2,000 to Quit"): content/cases/zappos-offer/index.md exists, so it\
                 was imported before; nothing updated (--add-new-comments adds comments written since)
                post 102 ("Southwest’s Open Seating"): content/cases/southwest-open-seating/index.md exists, so it was\
                 imported before; nothing updated (--add-new-comments adds comments written since)
                """, again.out());
        assertEquals(before, contents(site));
    }

    @Test
    void addingNewCommentsWritesOnlyTheCommentsNotImportedBefore() throws Exception {
        TestSite site = TestSite.empty(tempDir);
        importBlog(site, EXPORT, "--post", "zappos-offer");
        java.nio.file.Files.delete(site.file(ZAPPOS + "/answers/answer-04.md"));
        String caseBefore = site.read(ZAPPOS + "/index.md");
        TestSite.Run run = importBlog(site, EXPORT, "--post", "zappos-offer", "--add-new-comments");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("""
                created content/cases/zappos-offer/answers/answer-04.md
                post 101 ("Zappos Offers New Hires $2,000 to Quit"): 1 comment imported, 3 already present;\
                 skipped 1 pingback, 1 spam, 1 in the bin, 1 awaiting approval, 1 by the course staff
                """, run.out());
        assertEquals(caseBefore, site.read(ZAPPOS + "/index.md"));
        assertEquals("answer-02", site.frontMatter(ZAPPOS + "/answers/answer-04.md").path("replyTo").asText());
    }

    @Test
    void caseNamesTheCaseOfTheOneChosenPost() {
        TestSite site = TestSite.empty(tempDir);
        TestSite.Run run = importBlog(site, EXPORT, "--post", "101", "--case", "zappos");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("zappos"), site.fileNames("content/cases"));
        TestSite.Run two = importBlog(site, EXPORT, "--case", "zappos");
        assertEquals(2, two.exitCode());
        assertEquals("error: --case names one case, but 2 posts were chosen (choose one post with --post SLUG or"
                + " leave --case out)\n", two.err());
    }

    @Test
    void anUnknownPostIsAUsageErrorListingThePosts() {
        TestSite site = TestSite.empty(tempDir);
        TestSite.Run run = importBlog(site, EXPORT, "--post", "toyota");
        assertEquals(2, run.exitCode());
        assertEquals("error: the export has no post 'toyota' (its posts are 101 zappos-offer,"
                + " 102 southwest-open-seating, 103 )\n", run.err());
        assertEquals(List.of(), site.fileNames("content"));
    }

    @Test
    void htmlInCommentsIsCleanedLikeBoardPosts() {
        TestSite site = TestSite.empty(tempDir);
        importBlog(site, EXPORT, "--post", "zappos-offer");
        String answer = site.read(ZAPPOS + "/answers/answer-01.md");
        for (String trace : List.of("<script", "alert", "document.cookie", "onclick", "javascript:", "steal")) {
            assertFalse(answer.contains(trace), trace + " survived in\n" + answer);
        }
        assertEquals("""
                Paying people to leave is *cheaper* than a bad hire: **$2,000** against months of low effort.

                See this and [HBR](https://hbr.org/).
                """, site.body(ZAPPOS + "/answers/answer-01.md"));
    }

    @Test
    void theSampleCaseComesBackFromItsCourseBlogWithTheSameQuestionsAuthorsAndAnswers() {
        TestSite site = TestSite.empty(tempDir);
        String export = TestSite.resource("authoring/blog/netflix-course-blog.xml").toString();
        TestSite.Run run = importBlog(site, export, "--case", "netflix-oss-prize");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String imported = "content/cases/netflix-oss-prize/";
        TestSite original = TestSite.existing(Path.of("").toAbsolutePath());
        List<String> prompts = texts(site.frontMatter(imported + "index.md").path("questions"), "prompt");
        List<String> samplePrompts = texts(original.frontMatter(imported + "index.md").path("questions"), "prompt");
        // the sample's editor wrote "Do" for the blog's "DO" and dropped a double space; nothing else differs
        assertEquals(samplePrompts, prompts.stream().map(p -> p.replace("DO you", "Do you")).toList());
        assertEquals(original.fileNames(imported + "answers"), site.fileNames(imported + "answers"));
        for (String answer : site.fileNames(imported + "answers")) {
            String file = imported + "answers/" + answer;
            assertEquals(original.frontMatter(file).path("author").asText(), site.frontMatter(file).path("author").asText());
            // the instructor marked the parts of some sample answers afterwards; a blog has no such lines
            String written = original.body(file).replaceAll("(?m)^<!-- part: [^>]*-->\n", "").stripLeading();
            assertEquals(written, site.body(file), file);
        }
    }

    private static List<String> texts(com.fasterxml.jackson.databind.JsonNode list, String field) {
        List<String> texts = new java.util.ArrayList<>();
        list.forEach(item -> texts.add(item.path(field).asText()));
        return texts;
    }

    private static Map<String, String> contents(TestSite site) {
        Map<String, String> files = new TreeMap<>();
        for (String slug : site.fileNames("content/cases")) {
            files.put(slug + "/index.md", site.read("content/cases/" + slug + "/index.md"));
            for (String answer : site.fileNames("content/cases/" + slug + "/answers")) {
                files.put(slug + "/" + answer, site.read("content/cases/" + slug + "/answers/" + answer));
            }
        }
        return files;
    }
}
