package org.casebake.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCourseTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> CASE_FIELDS =
            Set.of("title", "date", "summary", "source", "tags", "questions", "status");
    private static final Set<String> ANSWER_FIELDS =
            Set.of("author", "questions", "status", "featured", "submitted", "themes", "positions");

    @TempDir
    Path temp;

    @Test
    void sameParametersGiveByteIdenticalTrees() throws IOException {
        GeneratedCourse first = new SyntheticCourse(2, 3, 7).writeTo(temp.resolve("first"));
        GeneratedCourse second = new SyntheticCourse(2, 3, 7).writeTo(temp.resolve("second"));

        TreeMap<String, byte[]> firstTree = tree(first.root());
        TreeMap<String, byte[]> secondTree = tree(second.root());
        assertEquals(firstTree.keySet(), secondTree.keySet());
        for (String path : firstTree.keySet()) {
            assertArrayEquals(firstTree.get(path), secondTree.get(path), path);
        }
        assertEquals(first.markdownBytes(), second.markdownBytes());
    }

    @Test
    void anotherSeedGivesOtherText() throws IOException {
        GeneratedCourse first = new SyntheticCourse(2, 3, 7).writeTo(temp.resolve("first"));
        GeneratedCourse other = new SyntheticCourse(2, 3, 8).writeTo(temp.resolve("other"));

        assertNotEquals(Files.readString(first.root().resolve("content/comparisons/open-vs-closed.md")),
                Files.readString(other.root().resolve("content/comparisons/open-vs-closed.md")));
    }

    @Test
    void writesOneFolderPerCaseWithItsAnswersAndOneComparison() throws IOException {
        GeneratedCourse course = new SyntheticCourse(2, 3, 7).writeTo(temp.resolve("site"));

        List<String> paths = new ArrayList<>(tree(course.root()).keySet());
        assertEquals(List.of(
                "content/cases/" + caseSlug(course, 1) + "/answers/answer-001.md",
                "content/cases/" + caseSlug(course, 1) + "/answers/answer-002.md",
                "content/cases/" + caseSlug(course, 1) + "/answers/answer-003.md",
                "content/cases/" + caseSlug(course, 1) + "/index.md",
                "content/cases/" + caseSlug(course, 2) + "/answers/answer-001.md",
                "content/cases/" + caseSlug(course, 2) + "/answers/answer-002.md",
                "content/cases/" + caseSlug(course, 2) + "/answers/answer-003.md",
                "content/cases/" + caseSlug(course, 2) + "/index.md",
                "content/comparisons/open-vs-closed.md",
                "site-config.yml"), paths);
        assertEquals(9, course.markdownFiles());
        assertEquals(sizeOfMarkdown(course.root()), course.markdownBytes());
    }

    @Test
    void siteConfigDeclaresCourseBaseUrlPrivacyAndEveryTheme() throws IOException {
        Path root = new SyntheticCourse(2, 3, 7).writeTo(temp.resolve("site")).root();

        JsonNode config = YAML.readTree(root.resolve("site-config.yml").toFile());
        assertEquals(Set.of("title", "description", "baseUrl", "language", "course", "privacy", "themes"),
                fieldNames(config));
        assertEquals("https://example.edu/~prof/bench/", config.get("baseUrl").asText());
        assertEquals("en", config.get("language").asText());
        assertEquals(Set.of("code", "name", "term", "instructor"), fieldNames(config.get("course")));
        assertEquals("initials", config.get("privacy").get("studentNames").asText());
        assertEquals(20, config.get("themes").size());
    }

    @Test
    void casesHaveTheDocumentedFrontMatterAndThreeQuestions() throws IOException {
        GeneratedCourse course = new SyntheticCourse(2, 3, 7).writeTo(temp.resolve("site"));

        for (int index = 1; index <= 2; index++) {
            Path file = course.root().resolve("content/cases/" + caseSlug(course, index) + "/index.md");
            JsonNode front = frontMatter(file);
            assertTrue(CASE_FIELDS.containsAll(fieldNames(front)), file + ": " + fieldNames(front));
            assertTrue(front.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
            assertEquals(Set.of("title", "publisher", "url", "author", "date"), fieldNames(front.get("source")));
            List<String> ids = new ArrayList<>();
            front.get("questions").forEach(q -> {
                assertEquals(Set.of("id", "prompt"), fieldNames(q));
                ids.add(q.get("id").asText());
            });
            assertEquals(List.of("q1", "q2", "q3"), ids);
            assertTrue(body(file).contains("\n## "), "a case has headings");
        }
    }

    @Test
    void answersHaveTheDocumentedFrontMatterAndPlausibleBodies() throws IOException {
        GeneratedCourse course = new SyntheticCourse(2, 3, 7).writeTo(temp.resolve("site"));

        for (Path file : answerFiles(course.root())) {
            JsonNode front = frontMatter(file);
            assertTrue(ANSWER_FIELDS.containsAll(fieldNames(front)), file + ": " + fieldNames(front));
            assertFalse(front.get("author").asText().isBlank());
            front.get("questions").forEach(q -> assertTrue(Set.of("q1", "q2", "q3").contains(q.asText())));
            front.get("themes").forEach(t -> assertTrue(SyntheticVocabulary.THEMES.containsKey(t.asText())));
            for (JsonNode position : front.path("positions")) {
                assertEquals(Set.of("dimension", "side", "view"), fieldNames(position));
                assertTrue(SyntheticCourse.DIMENSIONS.contains(position.get("dimension").asText()));
                assertTrue(SyntheticCourse.SIDES.contains(position.get("side").asText()));
            }
            int bodyBytes = body(file).getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bodyBytes >= 1150 && bodyBytes <= 1900, file + " body has " + bodyBytes + " bytes");
        }
    }

    @Test
    void aboutOneAnswerInTenIsPendingAndOneCaseInTwentyFiveIsADraft() throws IOException {
        GeneratedCourse course = new SyntheticCourse(25, 20, SyntheticCourse.DEFAULT_SEED)
                .writeTo(temp.resolve("site"));

        assertEquals(500, course.answers());
        assertTrue(course.pendingAnswers() >= 35 && course.pendingAnswers() <= 65, course.describe());
        assertEquals(course.pendingAnswers(), countAnswersWith("status", "pending", course.root()));
        assertEquals(course.rejectedAnswers(), countAnswersWith("status", "rejected", course.root()));
        assertEquals(course.featuredAnswers(), countAnswersWith("featured", "true", course.root()));
        assertEquals(1, course.draftCases());
        JsonNode comparison = frontMatter(course.root().resolve("content/comparisons/open-vs-closed.md"));
        assertEquals(25, comparison.get("cases").size(), "the comparison lists every case, drafts included");
    }

    @Test
    void largerCourseStartsWithTheCasesOfASmallerOne() throws IOException {
        GeneratedCourse small = new SyntheticCourse(2, 3, 7).writeTo(temp.resolve("small"));
        GeneratedCourse large = new SyntheticCourse(4, 3, 7).writeTo(temp.resolve("large"));

        String firstCase = "content/cases/" + caseSlug(small, 1) + "/answers/answer-002.md";
        assertArrayEquals(Files.readAllBytes(small.root().resolve(firstCase)),
                Files.readAllBytes(large.root().resolve(firstCase)));
    }

    @Test
    void refusesToWriteIntoAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "keep me");

        assertThrows(IOException.class, () -> new SyntheticCourse(1, 1, 7).writeTo(temp));
        assertEquals("keep me", Files.readString(temp.resolve("notes.txt")));
    }

    private static String caseSlug(GeneratedCourse course, int index) throws IOException {
        try (Stream<Path> cases = Files.list(course.root().resolve("content/cases"))) {
            return cases.map(p -> p.getFileName().toString()).sorted().toList().get(index - 1);
        }
    }

    private static TreeMap<String, byte[]> tree(Path root) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static long sizeOfMarkdown(Path root) throws IOException {
        return tree(root).entrySet().stream().filter(e -> e.getKey().endsWith(".md"))
                .mapToLong(e -> e.getValue().length).sum();
    }

    private static List<Path> answerFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getParent().getFileName().toString().equals("answers")).sorted().toList();
        }
    }

    private static long countAnswersWith(String field, String value, Path root) throws IOException {
        long count = 0;
        for (Path file : answerFiles(root)) {
            count += frontMatter(file).path(field).asText().equals(value) ? 1 : 0;
        }
        return count;
    }

    private static JsonNode frontMatter(Path file) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("---\n"), file + " starts with front matter");
        return YAML.readTree(text.substring(4, text.indexOf("\n---\n", 4) + 1));
    }

    private static String body(Path file) throws IOException {
        String text = Files.readString(file);
        return text.substring(text.indexOf("\n---\n", 4) + 5);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
