package org.casebake.authoring;

import org.casebake.parse.YamlNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One change an instructor makes to an answer's front matter while curating: its status, whether it
 * is featured, its questions, a theme, a position. Each is applied by editing the lines of that one
 * field ({@link FrontMatterEditor}); a change that is already true of the file changes nothing.
 */
public sealed interface AnswerChange {

    /** The file's front matter after the change. */
    FrontMatterEditor applyTo(FrontMatterEditor answer) throws EditRefused;

    /** What was done, for the page ("curated", "theme cost added"). */
    String describe();

    /** {@code status: curated|pending|rejected}. A missing status means curated, so curating such an answer changes nothing. */
    record Status(String word) implements AnswerChange {
        public Status {
            if (!List.of("curated", "pending", "rejected").contains(word)) {
                throw new IllegalArgumentException("not a status: " + word);
            }
        }

        @Override
        public FrontMatterEditor applyTo(FrontMatterEditor answer) throws EditRefused {
            if (answer.value("status").isEmpty() && word.equals("curated")) {
                return answer;
            }
            if (answer.value("status").filter(v -> v instanceof YamlNode.Scalar s && s.text().equals(word)).isPresent()) {
                return answer;
            }
            return answer.withScalar("status", word);
        }

        @Override
        public String describe() {
            return word.equals("pending") ? "marked pending" : word;
        }
    }

    /** {@code featured: true}, or {@code false} where the field is written (a missing field means not featured). */
    record Featured(boolean featured) implements AnswerChange {
        @Override
        public FrontMatterEditor applyTo(FrontMatterEditor answer) throws EditRefused {
            Optional<YamlNode> now = answer.value("featured");
            boolean is = now.filter(v -> v instanceof YamlNode.Scalar s && s.text().equals("true")).isPresent();
            if (is == featured && (now.isPresent() || !featured)) {
                return answer;
            }
            return answer.withScalar("featured", Boolean.toString(featured));
        }

        @Override
        public String describe() {
            return featured ? "featured" : "no longer featured";
        }
    }

    /** The question ids the answer addresses, at least one. */
    record Questions(List<String> ids) implements AnswerChange {
        public Questions {
            ids = List.copyOf(ids);
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("an answer needs at least one question");
            }
        }

        @Override
        public FrontMatterEditor applyTo(FrontMatterEditor answer) throws EditRefused {
            List<String> items = ids.stream().map(YamlText::scalar).toList();
            return texts(answer, "questions").equals(items) ? answer : answer.withList("questions", items, false);
        }

        @Override
        public String describe() {
            return "questions set to " + String.join(", ", ids);
        }
    }

    /** A theme slug added to {@code themes} (at the end), or removed from it; without any theme left the field goes. */
    record Theme(String slug, boolean add) implements AnswerChange {
        @Override
        public FrontMatterEditor applyTo(FrontMatterEditor answer) throws EditRefused {
            List<String> items = new ArrayList<>(texts(answer, "themes"));
            String item = YamlText.scalar(slug);
            boolean changed = add ? !items.contains(item) && items.add(item) : items.remove(item);
            return changed ? answer.withList("themes", items, true) : answer;
        }

        @Override
        public String describe() {
            return "theme " + slug + (add ? " added" : " removed");
        }
    }

    /**
     * A position added at the end of {@code positions}: a dimension and side of a comparison, strength or
     * weakness, and the passage of the answer that argues it ({@code quote}, left out when blank).
     */
    record AddPosition(String dimension, String side, String view, String quote) implements AnswerChange {
        public AddPosition {
            if (!view.equals("strength") && !view.equals("weakness")) {
                throw new IllegalArgumentException("a position's view is strength or weakness, not " + view);
            }
        }

        @Override
        public FrontMatterEditor applyTo(FrontMatterEditor answer) throws EditRefused {
            Map<String, String> position = new LinkedHashMap<>();
            position.put("dimension", dimension);
            position.put("side", side);
            position.put("view", view);
            String passage = quote.strip().replaceAll("\\s+", " ");
            if (!passage.isEmpty()) {
                position.put("quote", passage);
            }
            return answer.withItemAdded("positions", YamlText.map(position));
        }

        @Override
        public String describe() {
            return "position added (" + dimension + ", " + side + ", " + view + ")";
        }
    }

    /** The position number {@code index} (0-based) removed; without any position left the field goes. */
    record RemovePosition(int index) implements AnswerChange {
        @Override
        public FrontMatterEditor applyTo(FrontMatterEditor answer) throws EditRefused {
            return answer.withItemRemoved("positions", index);
        }

        @Override
        public String describe() {
            return "position " + (index + 1) + " removed";
        }
    }

    /** The items of a list field as YAML text; a single text counts as a list of one. */
    private static List<String> texts(FrontMatterEditor answer, String key) {
        Optional<YamlNode> value = answer.value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof YamlNode.Sequence seq) {
            return seq.items().stream().map(YamlText::of).toList();
        }
        return value.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL ? List.of()
                : List.of(YamlText.of(value.get()));
    }
}
