package org.casebake.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.casebake.cli.CasebakeCli;
import org.casebake.authoring.CourseStarter;
import org.casebake.authoring.ReleasePin;
import org.casebake.testing.TestFolders;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every GitHub Actions workflow Casebake ships (its own release workflow, the one in docs/ and the one
 * {@code casebake init} writes) parses as YAML and has the shape GitHub requires; the release and
 * course workflows do what docs/deploy.md says they do.
 */
class WorkflowFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PINNED_ACTION = Pattern.compile("[\\w.-]+/[\\w./-]+@(v\\d+(\\.\\d+){0,2}|[0-9a-f]{40})");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{(.*?)}}");

    /** The workflow files of the repository and the one init writes, named by where they come from. */
    static Stream<Named<String>> workflows() throws IOException {
        List<Named<String>> all = new ArrayList<>();
        Path project = TestFolders.project();
        try (Stream<Path> files = Files.list(project.resolve(".github/workflows"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(Named.of(project.relativize(file).toString(), Files.readString(file)));
            }
        }
        all.add(Named.of("docs/github-pages.yml", Files.readString(project.resolve("docs/github-pages.yml"))));
        all.add(Named.of("the workflow casebake init writes", courseWorkflow(Optional.of("ab".repeat(32)))));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void parsesAndHasTheShapeGitHubRequires(String text) throws IOException {
        assertFalse(text.contains("\t"), "YAML does not allow tabs for indentation");
        JsonNode workflow = YAML.readTree(text);
        assertTrue(workflow.path("name").isTextual(), "a name");
        assertTrue(workflow.path("on").isObject() && workflow.path("on").size() > 0, "at least one trigger under on:");
        assertTrue(workflow.path("permissions").isObject(), "explicit permissions for the token");
        assertTrue(workflow.path("jobs").isObject() && workflow.path("jobs").size() > 0, "at least one job");
        workflow.path("jobs").fields().forEachRemaining(job -> {
            String name = job.getKey();
            JsonNode body = job.getValue();
            assertTrue(name.matches("[A-Za-z_][A-Za-z0-9_-]*"), "job id " + name);
            assertTrue(body.path("runs-on").isTextual(), name + " needs runs-on");
            assertTrue(body.path("steps").isArray() && body.path("steps").size() > 0, name + " needs steps");
            for (JsonNode need : body.path("needs").isArray() ? body.path("needs") : YAML.createArrayNode().add(body.path("needs"))) {
                assertTrue(need.isMissingNode() || workflow.path("jobs").has(need.asText()), name + " needs an unknown job " + need);
            }
            for (JsonNode step : body.path("steps")) {
                assertTrue(step.has("uses") ^ step.has("run"), name + ": a step either uses an action or runs a command: " + step);
                if (step.has("uses")) {
                    assertTrue(PINNED_ACTION.matcher(step.path("uses").asText()).matches(),
                            name + ": an action pinned to a version: " + step.path("uses").asText());
                }
            }
        });
        Matcher expressions = EXPRESSION.matcher(text);
        while (expressions.find()) {
            String expression = expressions.group(1).strip();
            assertTrue(expression.matches("(github|env|steps|secrets|needs|matrix|runner|inputs|vars)\\b.*"),
                    "an expression on a known context: " + expression);
        }
        assertEquals(count(text, "${{"), count(text, "}}"), "every ${{ is closed");
    }

    @Test
    void theReleaseWorkflowTestsThenAttachesTheJarAndItsChecksumOnAVersionTag() throws IOException {
        JsonNode release = YAML.readTree(TestFolders.project().resolve(".github/workflows/release.yml").toFile());
        assertEquals("[\"v*\"]", release.path("on").path("push").path("tags").toString());
        String build = release.path("jobs").path("build").path("steps").toString();
        assertTrue(build.contains("\"run\":\"./test\""), "runs the whole test suite with README's test command");
        assertTrue(build.indexOf("./test") < build.indexOf("sha256sum"), "tests before anything is published");
        assertTrue(build.contains("casebake-${CASEBAKE_VERSION}.jar.sha256"), build);
        assertEquals("debian:12", release.path("jobs").path("build").path("container").asText(),
                "the browser tests need Debian's chromium");
        String publish = release.path("jobs").path("publish").path("steps").toString();
        assertTrue(publish.contains("gh release create"), publish);
        assertEquals("write", release.path("jobs").path("publish").path("permissions").path("contents").asText());
        assertEquals("read", release.path("permissions").path("contents").asText(), "only the publishing job may write");
    }

    @Test
    void theCourseWorkflowChecksThePinnedJarOnEveryRunAndNeverBuildsCasebake() throws IOException {
        JsonNode course = YAML.readTree(courseWorkflow(Optional.of("ab".repeat(32))));
        List<String> steps = new ArrayList<>();
        course.path("jobs").path("build").path("steps").forEach(step -> steps.add(step.toString()));
        int download = indexOf(steps, "curl ");
        int verify = indexOf(steps, "sha256sum --check --strict");
        int build = indexOf(steps, "build --output site");
        assertTrue(indexOf(steps, "actions/cache@") < download && download < verify && verify < build, steps.toString());
        assertTrue(steps.get(download).contains("cache-hit != 'true'"), "downloads only on a cache miss");
        assertFalse(steps.get(verify).contains("\"if\""), "verifies even when the jar came from the cache");
        assertFalse(course.toString().contains("mvn"), "no Maven build in the course repository");
        assertEquals("ab".repeat(32), course.path("env").path("CASEBAKE_SHA256").asText());
    }

    @Test
    void docsShowTheWorkflowInitWrites() throws IOException {
        String expected = courseWorkflow(Optional.empty());
        String docs = Files.readString(TestFolders.project().resolve("docs/github-pages.yml"));
        assertEquals(expected, docs, "docs/github-pages.yml must be the workflow casebake init writes, with the checksum"
                + " left to fill in; replace it with the text above");
    }

    private static String courseWorkflow(Optional<String> sha256) throws IOException {
        ReleasePin pin = new ReleasePin(CasebakeCli.version(), "casebake/casebake", sha256);
        return new CourseStarter(pin, new SecureRandom()).workflow();
    }

    private static int indexOf(List<String> steps, String text) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no step with " + text + " in " + steps);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
