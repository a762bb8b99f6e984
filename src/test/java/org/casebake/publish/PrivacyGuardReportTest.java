package org.casebake.publish;

import org.casebake.model.OutputFile;
import org.casebake.model.WithheldName;
import org.casebake.problem.ProblemCollector;
import org.casebake.publish.PrivacyGuard.Source;
import org.casebake.publish.PrivacyGuard.SourceKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which output files the guard reads, and for which names; and where it reports what it finds: at
 * the sources that hold the name, or else at (at most five) output files.
 */
class PrivacyGuardReportTest {

    private static final WithheldName ADA = new WithheldName("Ada Lovelace", "answers/a.md", "A. L.");
    private static final WithheldName GRACE = new WithheldName("Grace Hopper", "answers/g.md", "G. H.");
    private static final WithheldName ONE_WORD = new WithheldName("Castellanos", "answers/c.md", "C.");

    @Test
    void aTwoWordNameIsLookedForInPagesStylesheetsScriptsAndTextButNotInsideImages() {
        PrivacyGuard guard = new PrivacyGuard(List.of(ADA));
        for (String path : List.of("a.html", "b.svg", "c.css", "d.js", "e.json", "f.txt", "g.md", "h.XML")) {
            assertEquals(List.of(path + ":1:4: the name of the student shown as \"A. L.\" appears in this output file"),
                    lines(guard, List.of(file(path, "by Ada Lovelace")), List.of()), path);
        }
        assertEquals(List.of(), lines(guard, List.of(file("figure.png", "by Ada Lovelace")), List.of()),
                "an image's bytes are not text; only its name is read");
    }

    @Test
    void aOneWordNameIsLookedForOnlyInTextThatContentMakes() {
        PrivacyGuard guard = new PrivacyGuard(List.of(ONE_WORD));
        for (String path : List.of("notes.txt", "answer.md", "search/index.js")) {
            assertEquals(1, lines(guard, List.of(file(path, "by Castellanos")), List.of()).size(), path);
        }
        for (String path : List.of("page.html", "theme.css", "other/index.js")) {
            assertEquals(List.of(), lines(guard, List.of(file(path, "by Castellanos")), List.of()), path);
        }
    }

    @Test
    void aNameInAnOutputFilesNameIsReportedAtItsFirstLine() {
        assertEquals(List.of("ada-lovelace.png:1:1: the name of the student shown as \"A. L.\" appears in this output file's name"),
                lines(new PrivacyGuard(List.of(ADA)), List.of(file("ada-lovelace.png", "\n\nbytes")), List.of()));
    }

    @Test
    void aNameFoundInNoSourceIsReportedAtFiveOutputFilesAndTheRestCounted() {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            files.add(file("p" + i + ".html", "<p>\nby Ada Lovelace</p>"));
        }
        ProblemCollector problems = new ProblemCollector();
        new PrivacyGuard(List.of(ADA)).check(files, List.of(), "target/site/", problems, new CleanFiles());
        List<String> where = problems.report().problems().stream().map(p -> p.path() + ":" + p.line() + ":" + p.column()).toList();
        assertEquals(List.of("target/site/p1.html:2:4", "target/site/p2.html:2:4", "target/site/p3.html:2:4",
                "target/site/p4.html:2:4", "target/site/p5.html:2:4"), where);
        List<String> hints = problems.report().problems().stream().map(p -> p.hint().orElse("")).toList();
        String hint = "the privacy setting withholds it: leave it out or write \"A. L.\", or set privacy.studentNames: full";
        assertEquals(List.of(hint, hint, hint, hint, hint + "; and in 2 more output files"), hints);
    }

    @Test
    void theFiveOutputFilesReportedAreTheFirstByPathInWhateverOrderTheyCome() {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 7; i >= 1; i--) {
            files.add(file("p" + i + ".html", "by Ada Lovelace"));
        }
        assertEquals(List.of("p1.html", "p2.html", "p3.html", "p4.html", "p5.html"),
                lines(new PrivacyGuard(List.of(ADA)), files, List.of()).stream().map(l -> l.substring(0, l.indexOf(':'))).toList());
    }

    @Test
    void aNameFoundInSomeOutputFilesIsReportedOnlyAtThose() {
        List<OutputFile> files = List.of(file("a.html", "by Ada Lovelace"), file("b.html", "by nobody"),
                file("c.html", "by Grace Hopper"), file("d.html", "<p>\nAda Lovelace</p>"));
        assertEquals(List.of("a.html:1:4: the name of the student shown as \"A. L.\" appears in this output file",
                        "c.html:1:4: the name of the student shown as \"G. H.\" appears in this output file",
                        "d.html:2:1: the name of the student shown as \"A. L.\" appears in this output file"),
                lines(new PrivacyGuard(List.of(ADA, GRACE)), files, List.of()));
    }

    @Test
    void aNameAtTheVeryStartOfAFileIsReportedThereNotAsTheFilesName() {
        assertEquals(List.of("a.txt:1:1: the name of the student shown as \"A. L.\" appears in this output file"),
                lines(new PrivacyGuard(List.of(ADA)), List.of(file("a.txt", "Ada Lovelace wrote this")), List.of()));
    }

    @Test
    void fiveOutputFilesAreReportedWithoutACount() {
        List<OutputFile> files = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            files.add(file("p" + i + ".html", "by Ada Lovelace"));
        }
        ProblemCollector problems = new ProblemCollector();
        new PrivacyGuard(List.of(ADA)).check(files, problems);
        assertEquals(5, problems.report().problems().size());
        assertEquals(List.of(), problems.report().problems().stream().filter(p -> p.hint().orElse("").contains("more output files")).toList());
    }

    @Test
    void sourcesAreReportedOnlyForTheNamesThatReachedTheOutput() {
        Source answer = new Source("content/cases/x/answers/a.md", "---\nauthor: Ada Lovelace\n---\nAda Lovelace and Grace Hopper\n",
                SourceKind.CONTENT, 2);
        assertEquals(List.of("content/cases/x/answers/a.md:4:1: the name of the student shown as \"A. L.\" appears here"),
                lines(new PrivacyGuard(List.of(ADA, GRACE)), List.of(file("a.html", "by Ada Lovelace")), List.of(answer)));
    }

    @Test
    void aNameInTheSettingsIsReportedThereAndWhereverContentRepeatsIt() {
        Source settings = new Source("site-config.yml", "title: \"Grace Hopper's course\"\n", SourceKind.SETTINGS, 0);
        Source answer = new Source("content/cases/x/answers/g.md", "Thanks, Grace Hopper.\n", SourceKind.CONTENT, 0);
        assertEquals(List.of("content/cases/x/answers/g.md:1:9: the name of the student shown as \"G. H.\" appears here",
                        "site-config.yml:1:9: the name of the student shown as \"G. H.\" appears here"),
                lines(new PrivacyGuard(List.of(GRACE)), List.of(file("a.html", "nobody")), List.of(settings, answer)));
    }

    @Test
    void aOneWordNameIsNotLookedForInTemplatesOrScriptsOfTheSite() {
        Source template = new Source("templates/page.ftl", "<p>Castellanos</p>", SourceKind.CODE, 0);
        Source answer = new Source("content/cases/x/answers/c.md", "Castellanos\n", SourceKind.CONTENT, 0);
        assertEquals(List.of("content/cases/x/answers/c.md:1:1: the name of the student shown as \"C.\" appears here"),
                lines(new PrivacyGuard(List.of(ONE_WORD)), List.of(file("notes.txt", "Castellanos")), List.of(template, answer)));
    }

    private static List<String> lines(PrivacyGuard guard, List<OutputFile> files, List<Source> sources) {
        ProblemCollector problems = new ProblemCollector();
        guard.check(files, sources, "", problems, new CleanFiles());
        return problems.report().problems().stream()
                .map(p -> p.path() + ":" + p.line() + ":" + p.column() + ": " + p.message().replaceAll(", put there by no answer.*", ""))
                .toList();
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
