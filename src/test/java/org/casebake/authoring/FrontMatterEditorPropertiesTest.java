package org.casebake.authoring;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.casebake.parse.YamlNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Curation changes on generated answer files: front matter with fields in any order and style (flow
 * and block lists, quoted and plain values, trailing and whole-line comments, blank lines), LF or CRLF,
 * with or without a byte-order mark, and bodies that look like front matter. Whatever the change, the
 * file outside the changed field keeps every byte, and the front matter reads back as intended.
 */
class FrontMatterEditorPropertiesTest {

    private static final List<String> WORDS = List.of("cost", "talent", "q1", "q2", "q3", "open-source", "in-house",
            "security", "Yes", "12", "a b", "O'Brien: \"x\"", "x # y", "[not, a, list]", "ünïcödé", "");

    @Property(tries = 400)
    void linesOutsideTheChangedFieldKeepTheirBytesAndTheValueReadsBack(@ForAll Random random) throws EditRefused {
        String text = GeneratedAnswer.text(random);
        AnswerChange change = change(random);
        FrontMatterEditor before = FrontMatterEditor.of(text);
        FrontMatterEditor after;
        try {
            after = change.applyTo(before);
        } catch (EditRefused refused) {
            assertTrue(change instanceof AnswerChange.RemovePosition, "only removing a missing position is refused: " + refused);
            return;
        }
        String key = keyOf(change);
        FrontMatterLines old = FrontMatterLines.of(text).orElseThrow();
        FrontMatterLines now = FrontMatterLines.of(after.text()).orElseThrow();
        assertEquals(withoutEntry(old, key), withoutEntry(now, key), "only the field's own lines change:\n" + text + "\n=>\n" + after.text());
        assertEquals(body(old), body(now), "the body is untouched");
        for (YamlNode.Entry entry : before.fields().entries()) {
            if (!entry.key().equals(key)) {
                assertEquals(YamlText.of(entry.value()), after.value(entry.key()).map(YamlText::of).orElse("missing"));
            }
        }
        assertEquals(intended(before, change), after.value(key).map(YamlText::of), text + "\n=>\n" + after.text());
    }

    private static AnswerChange change(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> new AnswerChange.Status(List.of("curated", "pending", "rejected").get(random.nextInt(3)));
            case 1 -> new AnswerChange.Featured(random.nextBoolean());
            case 2 -> new AnswerChange.Questions(words(random, 1 + random.nextInt(3)));
            case 3, 4 -> new AnswerChange.Theme(word(random), random.nextBoolean());
            case 5 -> new AnswerChange.AddPosition(word(random), word(random), random.nextBoolean() ? "strength" : "weakness",
                    word(random) + " \n " + word(random));
            default -> new AnswerChange.RemovePosition(random.nextInt(3));
        };
    }

    /** The value the changed field should read back as, in one-line YAML; empty when it should be gone. */
    private static Optional<String> intended(FrontMatterEditor before, AnswerChange change) {
        Optional<YamlNode> now = before.value(keyOf(change));
        if (change instanceof AnswerChange.Status status) {
            return now.isEmpty() && status.word().equals("curated") ? Optional.empty() : Optional.of(YamlText.scalar(status.word()));
        }
        if (change instanceof AnswerChange.Featured featured) {
            return now.isEmpty() && !featured.featured() ? Optional.empty() : Optional.of(Boolean.toString(featured.featured()));
        }
        if (change instanceof AnswerChange.Questions questions) {
            return Optional.of(list(questions.ids().stream().map(YamlText::scalar).toList()));
        }
        List<String> items = new ArrayList<>(now.filter(v -> v instanceof YamlNode.Sequence).map(v -> ((YamlNode.Sequence) v)
                .items().stream().map(YamlText::of).toList()).orElse(List.of()));
        if (change instanceof AnswerChange.Theme theme) {
            String item = YamlText.scalar(theme.slug());
            boolean changed = theme.add() ? !items.contains(item) && items.add(item) : items.remove(item);
            if (!changed) {
                return now.map(YamlText::of);
            }
        } else if (change instanceof AnswerChange.AddPosition add) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("dimension", add.dimension());
            map.put("side", add.side());
            map.put("view", add.view());
            String quote = add.quote().strip().replaceAll("\\s+", " ");
            if (!quote.isEmpty()) {
                map.put("quote", quote);
            }
            items.add(YamlText.map(map));
        } else {
            items.remove(((AnswerChange.RemovePosition) change).index());
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(list(items));
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String keyOf(AnswerChange change) {
        if (change instanceof AnswerChange.Status) {
            return "status";
        }
        if (change instanceof AnswerChange.Featured) {
            return "featured";
        }
        if (change instanceof AnswerChange.Questions) {
            return "questions";
        }
        return change instanceof AnswerChange.Theme ? "themes" : "positions";
    }

    /** The front matter's raw lines without those of field {@code key}. */
    private static List<String> withoutEntry(FrontMatterLines lines, String key) {
        int[] span = lines.entry(key).orElse(new int[] {0, 0});
        List<String> kept = new ArrayList<>();
        for (int i = 0; i <= lines.close(); i++) {
            if (i < span[0] || i >= span[1]) {
                kept.add(lines.raw(i));
            }
        }
        return kept;
    }

    private static String body(FrontMatterLines lines) {
        String text = lines.text();
        int end = 0;
        for (int i = 0; i <= lines.close(); i++) {
            end += lines.raw(i).length();
        }
        return text.substring(end);
    }

    private static List<String> words(Random random, int count) {
        List<String> words = new ArrayList<>();
        while (words.size() < count) {
            String word = word(random);
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()));
    }
}
