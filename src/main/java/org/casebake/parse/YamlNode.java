package org.casebake.parse;

import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the line and column where it starts in its source file, so that every later
 * check can point an instructor at the exact spot.
 *
 * <p>Casebake's own tree: the YAML library's types never leave {@link YamlReader}.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** 1-based line in the source file. */
    int line();

    /** 1-based column in the source file. */
    int column();

    /** A short name of the node's kind for error messages ("a list", "a text"). */
    String kindName();

    /** A key and its value, with the key's own position (where "unknown field" errors point). */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A YAML mapping, keys in source order. */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        /** The entry with this key, if present. */
        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** A YAML sequence. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /**
     * A YAML scalar as written, with what YAML resolved it to: {@code 2013-03-14} and {@code "yes"}
     * are text, {@code 12} a number, {@code true} a boolean, an empty value or {@code ~} null.
     */
    record Scalar(String text, ScalarType type, int line, int column) implements YamlNode {
        @Override
        public String kindName() {
            return switch (type) {
                case TEXT -> "a text";
                case INTEGER, DECIMAL -> "a number";
                case BOOLEAN -> "true or false";
                case NULL -> "empty";
            };
        }
    }

    /** What a scalar resolved to. */
    enum ScalarType { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }
}
