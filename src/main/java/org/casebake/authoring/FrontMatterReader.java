package org.casebake.authoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebake.problem.Problem;

/**
 * Reads the few front matter fields the authoring commands need: a case's question ids and an
 * answer's import key. Jackson's YAML types stay inside this class.
 */
public final class FrontMatterReader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final ContentLayout layout;

    /** A reader that prints paths relative to the layout's site folder. */
    public FrontMatterReader(ContentLayout layout) {
        this.layout = layout;
    }

    /** The ids of a case's questions, in the order the case lists them. */
    public List<String> questionIds(Path caseIndex) throws ContentException {
        JsonNode questions = read(caseIndex).path("questions");
        List<String> ids = new ArrayList<>();
        for (JsonNode question : questions) {
            String id = question.path("id").asText("");
            if (!id.isBlank()) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw new ContentException(Problem.error(layout.display(caseIndex), "the case has no questions",
                    "add at least one under 'questions:' with an id and a prompt"));
        }
        return List.copyOf(ids);
    }

    /** The {@code importKey} of an answer file, if it has one. */
    public Optional<String> importKey(Path answer) throws ContentException {
        JsonNode key = read(answer).path("importKey");
        return key.isValueNode() && !key.asText().isBlank() ? Optional.of(key.asText()) : Optional.empty();
    }

    /**
     * The course staff named in {@code site-config.yml}: {@code course.instructor} and the {@code course.staff}
     * list; empty when the file or the fields are missing.
     */
    public List<String> courseStaff() throws ContentException {
        Path config = layout.siteFolder().resolve("site-config.yml");
        if (!Files.isRegularFile(config)) {
            return List.of();
        }
        JsonNode course;
        try {
            course = yaml.readTree(Files.readString(config, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ContentException(Problem.error(layout.display(config), "cannot read the course settings: "
                    + e.getMessage(), "casebake check shows what is wrong with the file"));
        }
        List<String> names = new ArrayList<>();
        if (course != null) {
            JsonNode instructor = course.path("course").path("instructor");
            if (instructor.isValueNode() && !instructor.asText().isBlank()) {
                names.add(instructor.asText());
            }
            course.path("course").path("staff").forEach(member -> names.add(member.asText()));
        }
        return List.copyOf(names);
    }

    private JsonNode read(Path file) throws ContentException {
        String shown = layout.display(file);
        String frontMatter = frontMatter(file, shown);
        try {
            JsonNode root = yaml.readTree(frontMatter);
            if (root == null || !root.isObject()) {
                throw new ContentException(Problem.error(shown, 2, 1, "the front matter is not a set of fields",
                        "write one 'name: value' per line"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 2 : at.getLineNr() + 1;
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            throw new ContentException(Problem.error(shown, line, column,
                    "the front matter is not valid YAML: " + e.getOriginalMessage(), null));
        }
    }

    private static String frontMatter(Path file, String shown) throws ContentException {
        List<String> lines;
        try {
            lines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new ContentException(Problem.error(shown, "cannot read the file: " + e.getMessage(), null));
        }
        if (lines.isEmpty() || !lines.get(0).replace("\uFEFF", "").strip().equals("---")) {
            throw new ContentException(Problem.error(shown, 1, 1, "the file has no front matter",
                    "it must start with a line '---'"));
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return String.join("\n", lines.subList(1, i)) + "\n";
            }
        }
        throw new ContentException(Problem.error(shown, 1, 1, "the front matter is never closed",
                "end it with a line '---'"));
    }
}
