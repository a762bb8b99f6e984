package org.casebake.privacy;

import org.casebake.build.BuildResult;
import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.testing.BuiltSite;
import org.casebake.testing.FileTree;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.LinkChecker;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files beside the Markdown are published because published content links to them, and only then:
 * the {@code hostile-files} fixture holds figures linked only from a pending or a rejected answer, a
 * draft case or the teaching notes, SVG and HTML files with script that nothing links to, a student's
 * file named after her, a file called {@code .png} holding HTML, and a tracking pixel. The student
 * build is pinned whole in {@code sites/hostile-files/expected/}.
 */
class HostileFilesTest {

    private static final String CASE = "cases/open-source-prize/";
    private static final String INPUT = "sites/hostile-files/input/content/cases/open-source-prize/";

    @TempDir
    static Path work;

    private static SiteFixture students;
    private static BuildResult studentBuild;
    private static BuiltSite studentSite;
    private static BuiltSite instructorSite;

    @BeforeAll
    static void build() {
        students = SiteFixture.of("hostile-files", work.resolve("students"));
        studentBuild = students.build();
        studentSite = students.site();
        SiteFixture instructors = SiteFixture.of("hostile-files", work.resolve("instructors"));
        instructors.build(Audience.INSTRUCTOR, false);
        instructorSite = instructors.site();
    }

    @Test
    void theStudentSiteMatchesTheExpectedFiles() {
        GoldenFiles.assertSameFiles(TestFolders.testResource("sites/hostile-files/expected"), students.output());
    }

    @Test
    void theStudentSiteHoldsExactlyTheFilesPublishedContentLinksTo() {
        Set<String> published = attachments(studentSite);
        assertEquals(Set.of(CASE + "figure.png", CASE + "handout.pdf", CASE + "diagram.svg",
                CASE + "answers/" + hashOf("answers/doe_jane.png") + ".png",
                CASE + "answers/" + hashOf("answers/doe_jane.pdf") + ".pdf"), published);
    }

    @Test
    void theInstructorSiteAlsoHoldsTheFilesTheTeachingNotesLinkTo() {
        Set<String> expected = new TreeSet<>(attachments(studentSite));
        expected.addAll(List.of(CASE + "key.pdf", CASE + "teaching-notes/solution.pdf", CASE + "teaching-notes/board.png"));
        assertEquals(expected, attachments(instructorSite));
    }

    @Test
    void aStudentsFileIsPublishedUnderTheHashOfItsContentNeverItsName() {
        String hashed = CASE + "answers/" + hashOf("answers/doe_jane.png") + ".png";
        assertArrayEquals(FileTree.readBytes(TestFolders.testResource(INPUT + "answers/doe_jane.png")), studentSite.files().get(hashed));
        for (BuiltSite site : List.of(studentSite, instructorSite)) {
            List<String> named = site.paths().stream().filter(p -> p.contains("doe") || p.contains("jane") || p.contains("roe"))
                    .toList();
            assertEquals(List.of(), named);
            for (String page : site.pages()) {
                String html = site.text(page);
                assertTrue(!html.contains("doe_jane") && !html.contains("roe_john"), page + " names a student's file");
            }
        }
    }

    @Test
    void theAnswersFiguresWorkOnTheQuestionPageThatShowsIt() {
        for (String page : List.of(CASE + "questions/q1/index.html")) {
            Element answer = studentSite.html(page).selectFirst("article.answer");
            List<String> images = answer.select("img").eachAttr("src");
            String root = "../../../../";
            assertEquals(List.of(root + CASE + "answers/" + hashOf("answers/doe_jane.png") + ".png", root + CASE + "figure.png"),
                    images, page);
            assertEquals(List.of(root + CASE + "answers/" + hashOf("answers/doe_jane.pdf") + ".pdf",
                    root + "cases/second-case/index.html"), answer.select(".answer-body a[href]").eachAttr("href"), page);
        }
        assertEquals(List.of(), new LinkChecker(studentSite, "https://example.edu/hostile/").problems());
        assertEquals(List.of(), new LinkChecker(instructorSite, "https://example.edu/hostile/").problems());
    }

    @Test
    void theCaseTextLinksToItsFiguresAndToTheOtherCaseByItsSourceFile() {
        Document page = studentSite.html(CASE + "index.html");
        Element text = page.selectFirst("#case-text");
        assertEquals(List.of("../../" + CASE + "figure.png", "../../" + CASE + "diagram.svg#box"), text.select("img").eachAttr("src"));
        assertEquals(List.of("../../" + CASE + "handout.pdf", "../../cases/second-case/index.html"), text.select("a").eachAttr("href"));
        Element other = studentSite.html("cases/second-case/index.html").selectFirst("#case-text");
        assertEquals(List.of("../../" + CASE + "index.html#case-text", "../../" + CASE + "figure.png"), other.select("a").eachAttr("href"));
    }

    @Test
    void anImageFromAnotherSiteInAnAnswerIsLeftOutWithAWarningAtItsPlace() {
        assertEquals(List.of("content/cases/open-source-prize/answers/answer-01.md:12:6: warning: image from another site left out:"
                        + " https://tracker.example/pixel.gif (loading it would tell that site who read the page;"
                        + " put the image beside the answer to show it)"),
                studentBuild.problems().formatLines());
        for (String page : studentSite.pages()) {
            assertEquals(List.of(), studentSite.html(page).select("[src*=tracker.example], [href*=tracker.example]").eachAttr("src"), page);
        }
    }

    /** Every file of the output that came from a case folder, not a page, script or stylesheet. */
    private static Set<String> attachments(BuiltSite site) {
        return site.paths().stream().filter(p -> p.startsWith("cases/") && !p.endsWith(".html"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The first 16 hex digits of the SHA-256 of a fixture file: the name an answer's file is published under. */
    private static String hashOf(String inCase) {
        return FileTree.sha256(TestFolders.testResource(INPUT + inCase)).substring(0, 16);
    }
}
