package org.casebake.authoring;

import org.casebake.parse.YamlNode;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** Writes values as YAML text for one line: a word as it is, any other text double-quoted, maps and lists in flow style. */
public final class YamlText {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /** Words YAML 1.1 reads as something other than text. */
    private static final Set<String> SPECIAL = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    private YamlText() {
    }

    /** {@code text} as a YAML text: plain when it is a simple word, else double-quoted. */
    public static String scalar(String text) {
        if (WORD.matcher(text).matches() && !SPECIAL.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        return FrontMatterWriter.quote(text);
    }

    /** A flow mapping of texts, {@code {key: value, ...}}, in the map's order. */
    public static String map(Map<String, String> entries) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        entries.forEach((key, value) -> out.add(scalar(key) + ": " + scalar(value)));
        return out.toString();
    }

    /** A parsed value written again on one line, with the same meaning. */
    static String of(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) {
            StringJoiner out = new StringJoiner(", ", "{", "}");
            m.entries().forEach(e -> out.add(scalar(e.key()) + ": " + of(e.value())));
            return out.toString();
        }
        if (node instanceof YamlNode.Sequence q) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            q.items().forEach(item -> out.add(of(item)));
            return out.toString();
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        return switch (s.type()) {
            case TEXT -> scalar(s.text());
            case NULL -> "null";
            default -> s.text();
        };
    }
}
