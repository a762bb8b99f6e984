package org.casebake.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a comparison's chart must show, counted straight from a fixture's source files without
 * Casebake: for every dimension, side and view of the comparison, how many curated answers to its
 * cases take that position. Pending and rejected answers are skipped, as the instructor expects.
 */
final class FixturePositions {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FixturePositions() {
    }

    /** Counts keyed "dimension|side|view", with a zero for every combination nobody took. */
    static Map<String, Integer> expectedCounts(Path site, String comparisonSlug) throws IOException {
        JsonNode comparison = frontMatter(site.resolve("content/comparisons/" + comparisonSlug + ".md"));
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode d : comparison.get("dimensions")) {
            for (JsonNode s : comparison.get("sides")) {
                for (String view : List.of("strength", "weakness")) {
                    counts.put(d.get("id").asText() + "|" + s.get("id").asText() + "|" + view, 0);
                }
            }
        }
        for (JsonNode caseSlug : comparison.get("cases")) {
            for (Path answer : answerFiles(site, caseSlug.asText())) {
                JsonNode fields = frontMatter(answer);
                String status = fields.path("status").asText("curated");
                if (!status.equals("curated")) {
                    continue;
                }
                Set<String> distinct = new LinkedHashSet<>();
                for (JsonNode p : fields.path("positions")) {
                    distinct.add(p.get("dimension").asText() + "|" + p.get("side").asText() + "|" + p.get("view").asText());
                }
                distinct.stream().filter(counts::containsKey).forEach(key -> counts.merge(key, 1, Integer::sum));
            }
        }
        return counts;
    }

    private static List<Path> answerFiles(Path site, String caseSlug) throws IOException {
        Path dir = site.resolve("content/cases/" + caseSlug + "/answers");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static JsonNode frontMatter(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf("\n---", 4);
        return YAML.readTree(text.substring(4, end));
    }
}
