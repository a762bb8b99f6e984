package org.casebake.problems;

import org.casebake.build.BuildResult;
import org.casebake.cli.CasebakeCli;
import org.casebake.model.BuildOptions;
import org.casebake.problem.PrintableText;
import org.casebake.problem.Problem;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every problem line has the one shape {@code path:line:col: error: message (hint)} (1:1 when there
 * is no better position), and text from the course cannot break it: control characters, escape
 * sequences, line separators and bidirectional overrides in keys, values and file names are printed
 * escaped, so a crafted key never prints a line that reads like another error.
 */
class ProblemLineShapeTest {

    /** A problem line: a path, a 1-based line and column, a severity, a message; nothing a terminal acts on. */
    private static final Pattern SHAPE = Pattern.compile("[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+:[1-9][0-9]*:[1-9][0-9]*: (error|warning): "
            + "[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+");

    @TempDir
    Path work;

    @Test
    void aProblemWithoutAPositionIsPrintedAtOneOne() {
        assertEquals("content/x.md:1:1: error: unreadable (why)", Problem.error("content/x.md", "unreadable", "why").format());
        assertEquals("content/x.md:3:1: warning: odd", Problem.warning("content/x.md", 3, 0, "odd", null).format());
        assertEquals("content/x.md:3:7: error: odd", Problem.error("content/x.md", 3, 7, "odd", null).format());
    }

    @Test
    void controlCharactersFromTheCourseArePrintedEscaped() {
        assertEquals("a\\u001b[31mb\\u000a\\u000dc\\u0000\\u007f\\u0085\\u009b", PrintableText.escape("a\u001b[31mb\n\rc\u0000\u007f\u0085\u009b"));
        assertEquals("x\\u202ey\\u2066z\\u200f\\u2028\\u2029\\u00ad\\ufeff", PrintableText.escape("x\u202Ey\u2066z\u200F\u2028\u2029\u00AD\uFEFF"));
        assertEquals("tag\\udb40\\udc41", PrintableText.escape("tag\uDB40\uDC41"), "a tag character, beyond the first plane");
        assertEquals("Zoë Ångström, 王小明, ok 😀", PrintableText.escape("Zoë Ångström, 王小明, ok 😀"), "visible text is left alone");
    }

    @Test
    void aFileNameWithControlCharactersCannotForgeALine() {
        SiteFixture site = SiteFixture.of("minimal-case", work);
        String forged = "notes\u001b[1A\u001b[2K\ncontent/cases/x/index.md:1:1: error: forged\u202E.md";
        site.write("content/" + forged, "---\ntitle: x\n---\n");
        BuildResult result = site.attempt(BuildOptions.studentSite(), true);
        List<String> lines = result.problems().formatLines();
        assertEquals(1, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("content/notes\\u001b[1A\\u001b[2K\\u000acontent/cases/x/index.md:1:1: error: forged\\u202e.md:1:1:"
                + " error: Casebake does not read this file here"), lines.get(0));
        assertShape(lines);
    }

    @Test
    void everyLineACraftedBuildPrintsHasTheOneShape() {
        SiteFixture site = SiteFixture.copyOf(TestFolders.testResource("problems/key-with-control-characters/input"), work);
        site.write("content/cases/c1/answers/answer-01.md", "---\nauthor: \"Ada \u001b]0;title\u0007Lovelace\"\nquestions: [q1]\n"
                + "\"\u001b[31mq\u2028\": 1\n---\nText.\n");
        site.write("content/Bad Folder\u001b[0m/index.md", "---\ntitle: x\n---\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = CasebakeCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("build", "--source", site.source().toString(), "--output", site.output().toString());
        assertEquals(CasebakeCli.CONTENT_PROBLEMS, exit);
        List<String> lines = err.toString().lines().toList();
        assertTrue(lines.size() >= 4, err.toString());
        assertShape(lines.subList(0, lines.size() - 1));
        assertEquals(lines.size() - 1 + " errors; nothing was written", lines.get(lines.size() - 1));
        assertFalse(err.toString().chars().anyMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c == 0x202e || c == 0x2028),
                "no control character reaches the terminal");
    }

    private static void assertShape(List<String> lines) {
        for (String line : lines) {
            assertTrue(SHAPE.matcher(line).matches(), "not a problem line: " + line);
        }
    }
}
