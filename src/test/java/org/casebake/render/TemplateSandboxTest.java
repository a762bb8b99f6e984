package org.casebake.render;

import org.casebake.build.BuildResult;
import org.casebake.model.BuildOptions;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates come from the course repository, so a pull request can change them: a template must
 * not be able to run a program, make or call Java objects, or read a file outside the templates.
 * Each attempt fails the build with the template's position, and no program runs.
 */
class TemplateSandboxTest {

    @TempDir
    Path work;

    @Test
    void executeByClassNameRunsNoProgramAndFailsTheBuildAtTheTemplatePosition() {
        Path marker = work.resolve("program-ran");
        assertNoProgramRuns(marker, "<p>${\"freemarker.template.utility.Execute\"?new()(\"touch " + marker + "\")}</p>",
                "templates/question.ftl:2:4: error: templates may not make Java objects:"
                        + " ?new refused to make freemarker.template.utility.Execute");
    }

    @Test
    void objectConstructorCannotStartAProcess() {
        Path marker = work.resolve("program-ran");
        assertNoProgramRuns(marker, "<#assign make = \"freemarker.template.utility.ObjectConstructor\"?new()>\n"
                        + "${make(\"java.lang.ProcessBuilder\", \"touch\", \"" + marker + "\").start()}",
                "templates/question.ftl:2:1: error: templates may not make Java objects:"
                        + " ?new refused to make freemarker.template.utility.ObjectConstructor");
    }

    @Test
    void apiBuiltInCannotReachJava() {
        Path marker = work.resolve("program-ran");
        assertNoProgramRuns(marker, "${site?api.getClass().forName(\"java.lang.Runtime\")}",
                "templates/question.ftl:2:3: error: templates may not call Java: ?api is switched off");
    }

    @Test
    void javaObjectsNeverReachATemplate() throws Exception {
        Files.writeString(work.resolve("page.ftl"), "${file.name}", StandardCharsets.UTF_8);
        JBakeTemplates templates = new JBakeTemplates(work, work);
        TemplateFailure refused = assertThrows(TemplateFailure.class,
                () -> templates.render("page.ftl", Map.of("file", new File("/etc/passwd"))));
        assertEquals("cannot pass File to a template", refused.getMessage());
        TemplateFailure nested = assertThrows(TemplateFailure.class,
                () -> templates.render("page.ftl", Map.of("file", Map.of("name", new File("/etc/passwd")))));
        assertEquals(List.of("page.ftl", 1, 1), List.of(nested.template(), nested.line(), nested.column()));
        assertEquals("plain data", new String(templates.render("page.ftl", Map.of("file", Map.of("name", "plain data"))),
                StandardCharsets.UTF_8));
    }

    @Test
    void jbakeKeysWithoutAContentStoreFailAtTheTemplatePositionNotWithAStackTrace() throws Exception {
        Files.writeString(work.resolve("page.ftl"), "line one\n  ${published_posts?size}", StandardCharsets.UTF_8);
        JBakeTemplates templates = new JBakeTemplates(work, work);
        TemplateFailure failure = assertThrows(TemplateFailure.class, () -> templates.render("page.ftl", Map.of()));
        assertEquals(List.of("page.ftl", 2, 5), List.of(failure.template(), failure.line(), failure.column()));
    }

    private void assertNoProgramRuns(Path marker, String templateLine, String expectedProblem) {
        SiteFixture site = SiteFixture.copyOf(TestFolders.testResource("problems/broken-site-template/input"), work);
        site.write("templates/question.ftl", "<#ftl output_format=\"HTML\">\n" + templateLine + "\n");
        BuildResult result = site.attempt(BuildOptions.studentSite(), true);
        assertFalse(result.succeeded());
        assertEquals(List.of(expectedProblem + " (while rendering cases/c1/questions/q1/index.html)"),
                result.problems().formatLines());
        assertFalse(Files.exists(marker), "the template ran a program");
        assertTrue(Files.notExists(site.output()), "nothing is published");
    }
}
