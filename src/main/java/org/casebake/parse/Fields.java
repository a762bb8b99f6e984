package org.casebake.parse;

import org.casebake.problem.Located;
import org.casebake.problem.ProblemCollector;
import org.casebake.problem.Suggestions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, located access to one YAML mapping of front matter or configuration.
 *
 * <p>Every read is checked: a missing required field, a value of the wrong kind, a bad date or an
 * unknown choice becomes a problem pointing at the field. {@link #rejectUnknown()} then reports every
 * key that no read asked for, with a "did you mean" guess, so a typo such as {@code stauts: pending}
 * fails the build instead of silently publishing.
 */
public final class Fields {

    private final String path;
    private final String prefix;
    private final YamlNode.Mapping mapping;
    private final ProblemCollector problems;
    private final Set<String> known = new LinkedHashSet<>();

    /** Fields of {@code mapping} in {@code path}; {@code prefix} names nested fields ("source."). */
    public Fields(String path, String prefix, YamlNode.Mapping mapping, ProblemCollector problems) {
        this.path = path;
        this.prefix = prefix;
        this.mapping = mapping;
        this.problems = problems;
    }

    /** The file these fields come from. */
    public String path() {
        return path;
    }

    /** Where this mapping's problems are collected, for checks that span several fields. */
    public ProblemCollector problems() {
        return problems;
    }

    /** The line of the mapping itself. */
    public int line() {
        return mapping.line();
    }

    /** A text field; reports a problem when required and missing or blank. */
    public Optional<String> text(String key, boolean required) {
        return value(key, required).flatMap(node -> {
            if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
                if (s.text().isBlank() && required) {
                    missing(key, node.line(), node.column());
                    return Optional.empty();
                }
                return s.text().isBlank() ? Optional.empty() : Optional.of(s.text().strip());
            }
            if (node instanceof YamlNode.Scalar) {
                if (required) {
                    missing(key, node.line(), node.column());
                }
                return Optional.empty();
            }
            wrongKind(key, node, "a text");
            return Optional.empty();
        });
    }

    /** A date written as YYYY-MM-DD. */
    public Optional<LocalDate> date(String key, boolean required) {
        Optional<YamlNode> node = value(key, required);
        return text(key, required).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                YamlNode at = node.orElseThrow();
                problems.error(path, at.line(), at.column(), "invalid date '" + text + "' in '" + prefix + key + "'",
                        "write dates as YYYY-MM-DD, for example 2013-03-14");
                return Optional.empty();
            }
        });
    }

    /** A true/false field, {@code fallback} when absent. */
    public boolean bool(String key, boolean fallback) {
        Optional<YamlNode> node = value(key, false);
        if (node.isEmpty()) {
            return fallback;
        }
        if (node.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
        }
        wrongKind(key, node.get(), "true or false");
        return fallback;
    }

    /** One of a fixed set of words; {@code fallback} when absent, empty when invalid (reported). */
    public <T> Optional<T> choice(String key, List<String> words, Function<String, T> convert, T fallback) {
        Optional<YamlNode> node = value(key, false);
        if (node.isEmpty()) {
            return Optional.ofNullable(fallback);
        }
        Optional<String> word = text(key, false);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        if (!words.contains(word.get())) {
            YamlNode at = node.get();
            problems.error(path, at.line(), at.column(), "unknown " + prefix + key + " '" + word.get() + "'",
                    Suggestions.didYouMean(word.get(), words).map(s -> "did you mean '" + s + "'? ").orElse("")
                            + "use one of: " + String.join(", ", words));
            return Optional.empty();
        }
        return Optional.of(convert.apply(word.get()));
    }

    /** A list of texts; a single text is accepted as a list of one. */
    public List<String> textList(String key, boolean required) {
        Optional<YamlNode> node = value(key, required);
        if (node.isEmpty()) {
            return List.of();
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
        List<String> texts = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL && !s.text().isBlank()) {
                texts.add(s.text().strip());
            } else {
                problems.error(path, item.line(), item.column(),
                        "each entry of '" + prefix + key + "' must be a text, not " + item.kindName(), null);
            }
        }
        if (required && texts.isEmpty() && items.isEmpty()) {
            problems.error(path, node.get().line(), node.get().column(),
                    "'" + prefix + key + "' must list at least one entry", null);
        }
        return List.copyOf(texts);
    }

    /** A list of mappings, each read with its own {@link Fields}. */
    public List<Located<Fields>> mappingList(String key, boolean required) {
        Optional<YamlNode> node = value(key, required);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            wrongKind(key, node.get(), "a list");
            return List.of();
        }
        if (required && seq.items().isEmpty()) {
            problems.error(path, seq.line(), seq.column(), "'" + prefix + key + "' must list at least one entry", null);
        }
        List<Located<Fields>> result = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Mapping m) {
                result.add(new Located<>(new Fields(path, prefix + key + ".", m, problems), m.line(), m.column()));
            } else {
                problems.error(path, item.line(), item.column(),
                        "each entry of '" + prefix + key + "' must be fields ('name: value'), not " + item.kindName(), null);
            }
        }
        return result;
    }

    /** A nested mapping, read with its own {@link Fields}. */
    public Optional<Fields> mapping(String key, boolean required) {
        return value(key, required).flatMap(node -> {
            if (node instanceof YamlNode.Mapping m) {
                return Optional.of(new Fields(path, prefix + key + ".", m, problems));
            }
            if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
                return Optional.empty();
            }
            wrongKind(key, node, "fields ('name: value')");
            return Optional.empty();
        });
    }

    /** The raw node of a field, for checks this class does not know; marks the key as known. */
    public Optional<YamlNode> value(String key, boolean required) {
        known.add(key);
        Optional<YamlNode.Entry> entry = mapping.entry(key);
        if (entry.isEmpty() && required) {
            missing(key, mapping.line(), 1);
        }
        return entry.map(YamlNode.Entry::value);
    }

    /**
     * Every entry of a mapping whose keys are data rather than field names (theme slug to label);
     * marks them all as known.
     */
    public List<YamlNode.Entry> entries() {
        mapping.entries().forEach(e -> known.add(e.key()));
        return mapping.entries();
    }

    /** Where a field's key is written, or the mapping's own position when absent. */
    public int[] positionOf(String key) {
        return mapping.entry(key).map(e -> new int[] {e.line(), e.column()})
                .orElse(new int[] {mapping.line(), mapping.column()});
    }

    /** Reports every key no read asked for; call after all reads. */
    public void rejectUnknown() {
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!known.contains(entry.key())) {
                List<String> candidates = List.copyOf(known);
                String hint = Suggestions.didYouMean(entry.key(), candidates)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("known fields: " + String.join(", ", candidates));
                problems.error(path, entry.line(), entry.column(), "unknown field '" + prefix + entry.key() + "'", hint);
            }
        }
    }

    /** Reports an error at a field's value (or the mapping when absent). */
    public void error(String key, String message, String hint) {
        int[] at = mapping.entry(key).map(e -> new int[] {e.value().line(), e.value().column()})
                .orElse(new int[] {mapping.line(), mapping.column()});
        problems.error(path, at[0], at[1], message, hint);
    }

    private void missing(String key, int line, int column) {
        problems.error(path, line, column, "missing required field '" + prefix + key + "'", null);
    }

    private void wrongKind(String key, YamlNode node, String expected) {
        problems.error(path, node.line(), node.column(),
                "'" + prefix + key + "' must be " + expected + ", not " + node.kindName(), null);
    }
}
