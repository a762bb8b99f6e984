package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebake.cli.ImportCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real board: the instructor opens each discussion and answers students, a teaching assistant posts,
 * students reply to each other and attach files, one discussion per question (Moodle), and Canvas's full
 * topic with nested replies and a deleted entry.
 */
class ImportBoardThreadsTest {

    private static final String ANSWERS = "content/cases/netflix-prize/answers/";
    private static final String MOODLE = TestSite.resource("authoring/board/moodle-two-discussions.json").toString();
    private static final String CANVAS = TestSite.resource("authoring/board/canvas-full-topic.json").toString();

    @TempDir
    Path tempDir;

    private TestSite site;

    @BeforeEach
    void siteWithStaff() throws IOException {
        site = TestSite.withNetflixCase(tempDir);
        Files.writeString(site.file("site-config.yml"), """
                title: "MGMT 301"
                baseUrl: "https://example.edu/mgmt301/"
                course:
                  instructor: "Prof. Jordan Rivera"
                  staff: ["Sam Okoye"]
                privacy:
                  salt: "test"
                """, StandardCharsets.UTF_8);
    }

    @Test
    void postsByTheInstructorAndStaffAreSkippedAndReportedAndAttachmentsNamed() {
        TestSite.Run run = site.run(new ImportCommand(), "netflix-prize", MOODLE);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(MOODLE + ":3:1: warning: post 3001 is by Jordan Rivera of the course staff; not imported\n"
                + MOODLE + ":69:1: warning: post 3004 is by Sam Okoye of the course staff; not imported\n"
                + MOODLE + ":91:1: warning: post 3005 has an attachment, which is not imported (add what matters of it"
                + " to the answer by hand)\n"
                + MOODLE + ":113:1: warning: post 3006 is by Jordan Rivera of the course staff; not imported\n"
                + MOODLE + ":157:1: warning: post 3008 is by Jordan Rivera of the course staff; not imported\n", run.err());
        assertEquals("imported 5 posts, 0 already present, 4 skipped", run.out().strip().lines()
                .reduce((a, b) -> b).orElseThrow());
        assertEquals(List.of("Amara Okafor", "Tomás Ferreira", "Lena Park", "Amara Okafor", "Amara Okafor"), authors());
    }

    @Test
    void repliesNameTheAnswerTheyReplyToAndRepliesToStaffSaySo() {
        site.run(new ImportCommand(), "netflix-prize", MOODLE);
        assertEquals(List.of("", "answer-01", "", "", ""), field("replyTo"));
        assertTrue(site.read(ANSWERS + "answer-05.md")
                .contains("# It replies to post 3008 by the course staff, which was not imported.\n"));
        assertTrue(site.read(ANSWERS + "answer-01.md")
                .contains("# It replies to post 3001 by the course staff, which was not imported.\n"));
        TestSite.Run again = site.run(new ImportCommand(), "netflix-prize", MOODLE);
        assertTrue(again.out().endsWith("imported 0 posts, 5 already present, 4 skipped\n"), again.out());
    }

    @Test
    void anExcludedAuthorIsSkippedLikeTheStaff() {
        TestSite.Run run = site.run(new ImportCommand(), "netflix-prize", MOODLE, "--exclude-author", "lena park");
        assertTrue(run.err().contains(MOODLE + ":91:1: warning: post 3005 is by Lena Park of the course staff;"
                + " not imported\n"), run.err());
        assertEquals(List.of("Amara Okafor", "Tomás Ferreira", "Amara Okafor", "Amara Okafor"), authors());
    }

    @Test
    void eachDiscussionIsFiledUnderTheQuestionItsSubjectNames() {
        TestSite.Run run = site.run(new ImportCommand(), "netflix-prize", MOODLE, "--question-from", "subject");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("q1", "q1", "q1", "q2", "q2"), field("questions"));
    }

    @Test
    void eachDiscussionIsFiledUnderTheQuestionOfItsPlace() {
        TestSite.Run run = site.run(new ImportCommand(), "netflix-prize", MOODLE, "--question-from", "discussion");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("q1", "q1", "q1", "q2", "q2"), field("questions"));
    }

    @Test
    void anUnknownQuestionMappingIsAUsageError() {
        TestSite.Run run = site.run(new ImportCommand(), "netflix-prize", MOODLE, "--question-from", "title");
        assertEquals(2, run.exitCode());
        assertEquals("error: unknown --question-from 'title' (use subject (a discussion's subject names its question)"
                + " or discussion (the first discussion answers q1, the second q2, ...))\n", run.err());
    }

    @Test
    void aCanvasFullTopicIsImportedWithItsThreads() {
        TestSite.Run run = site.run(new ImportCommand(), "netflix-prize", CANVAS);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(CANVAS + ":36:1: warning: post 803 is by Jordan Rivera of the course staff; not imported\n"
                + CANVAS + ":54:1: warning: post 805 has the attachment leaderboard.pdf, which is not imported (add what"
                + " matters of it to the answer by hand)\n"
                + CANVAS + ":72:1: warning: post 802 was deleted on the board; not imported\n", run.err());
        assertEquals("""
                created content/cases/netflix-prize/answers/answer-01.md
                created content/cases/netflix-prize/answers/answer-02.md
                created content/cases/netflix-prize/answers/answer-03.md
                imported 3 posts, 0 already present, 2 skipped
                """, run.out());
        assertEquals(List.of("Amara Okafor", "Tomás Ferreira", "Tomás Ferreira"), authors());
        assertEquals(List.of("", "", "answer-01"), field("replyTo"));
        assertEquals(List.of("2025-03-03", "2025-03-04", "2025-03-04"), field("submitted"));
        assertEquals("Experience, and a paper to publish.\n", site.body(ANSWERS + "answer-02.md"));
        assertTrue(site.read(ANSWERS + "answer-02.md")
                .contains("# It replies to post 803 by the course staff, which was not imported.\n"));
    }

    private List<String> authors() {
        return field("author");
    }

    /** A front matter field of every answer, in file order; lists joined with commas, "" when absent. */
    private List<String> field(String name) {
        List<String> values = new ArrayList<>();
        for (String file : site.fileNames(ANSWERS)) {
            var node = site.frontMatter(ANSWERS + file).path(name);
            List<String> items = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(item -> items.add(item.asText()));
                values.add(String.join(",", items));
            } else {
                values.add(node.isMissingNode() ? "" : node.asText());
            }
        }
        return values;
    }
}
