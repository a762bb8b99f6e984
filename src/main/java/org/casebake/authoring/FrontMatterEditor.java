package org.casebake.authoring;

import org.casebake.parse.YamlNode;
import org.casebake.parse.YamlReader;
import org.casebake.problem.ProblemCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes single fields of a Markdown file's YAML front matter by editing its lines, never by writing
 * the YAML out again: every other field, every comment, the order of the fields and the body keep
 * their bytes. A changed single-line field keeps its trailing comment; a block list keeps the lines of
 * the items that stay. New fields go at the end of the front matter.
 *
 * <p>Values passed in are YAML text already ({@link YamlText} writes them). Immutable: each change
 * returns a new editor.
 */
public final class FrontMatterEditor {

    private final FrontMatterLines lines;
    private final YamlNode.Mapping fields;

    private FrontMatterEditor(FrontMatterLines lines, YamlNode.Mapping fields) {
        this.lines = lines;
        this.fields = fields;
    }

    /** An editor for the file {@code text}; refused when it has no front matter or the front matter is not valid YAML fields. */
    public static FrontMatterEditor of(String text) throws EditRefused {
        FrontMatterLines lines = FrontMatterLines.of(text).orElseThrow(() -> new EditRefused(EditRefused.Reason.INVALID,
                "the file has no front matter between '---' lines"));
        return new FrontMatterEditor(lines, parse(lines));
    }

    /** The file's whole text. */
    public String text() {
        return lines.text();
    }

    /** The parsed front matter, with the file's line numbers. */
    public YamlNode.Mapping fields() {
        return fields;
    }

    /** The value of top-level field {@code key}, if present. */
    public Optional<YamlNode> value(String key) {
        return fields.entry(key).map(YamlNode.Entry::value);
    }

    /** {@code key: value} on one line: in place of the field's value, or as a new last field. */
    public FrontMatterEditor withScalar(String key, String yamlValue) throws EditRefused {
        Optional<int[]> entry = lines.entry(key);
        if (entry.isEmpty()) {
            return appended(List.of(key + ": " + yamlValue));
        }
        int[] span = entry.get();
        String line = lines.line(span[0]);
        return edited(span[0], span[1], List.of(FieldLine.keyPart(line) + " " + yamlValue + FieldLine.comment(line)));
    }

    /** The file without field {@code key} (unchanged when it has none). */
    public FrontMatterEditor without(String key) throws EditRefused {
        Optional<int[]> entry = lines.entry(key);
        return entry.isEmpty() ? this : edited(entry.get()[0], entry.get()[1], List.of());
    }

    /**
     * Field {@code key} as the list {@code items} (YAML text each). A block list keeps the lines of items
     * that stay and its indentation; a flow list stays on its line; a missing field is added as a flow
     * list. An empty list removes the field when {@code removeWhenEmpty}, else it is written {@code []}.
     */
    public FrontMatterEditor withList(String key, List<String> items, boolean removeWhenEmpty) throws EditRefused {
        if (items.isEmpty() && removeWhenEmpty) {
            return without(key);
        }
        Optional<BlockList> block = blockList(key);
        if (block.isPresent()) {
            return items.isEmpty() ? withScalar(key, "[]") : block.get().rewritten(items);
        }
        return withScalar(key, "[" + String.join(", ", items) + "]");
    }

    /** {@code item} (YAML text) added at the end of list field {@code key}, which is made a block list if it is not one. */
    public FrontMatterEditor withItemAdded(String key, String item) throws EditRefused {
        Optional<BlockList> block = blockList(key);
        if (block.isPresent()) {
            return block.get().withAdded(item);
        }
        List<String> items = new ArrayList<>(flowItems(key));
        items.add(item);
        Optional<int[]> entry = lines.entry(key);
        List<String> added = new ArrayList<>();
        added.add(key + ":" + entry.map(span -> FieldLine.comment(lines.line(span[0]))).orElse(""));
        items.forEach(text -> added.add("  - " + text));
        return entry.isEmpty() ? appended(added) : edited(entry.get()[0], entry.get()[1], added);
    }

    /** List field {@code key} without its item number {@code index} (0-based); without the field if no item is left. */
    public FrontMatterEditor withItemRemoved(String key, int index) throws EditRefused {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty() || !(value.get() instanceof YamlNode.Sequence seq) || index < 0 || index >= seq.items().size()) {
            throw new EditRefused(EditRefused.Reason.INVALID, "'" + key + "' has no item " + (index + 1));
        }
        if (seq.items().size() == 1) {
            return without(key);
        }
        Optional<BlockList> block = blockList(key);
        if (block.isPresent()) {
            return block.get().withRemoved(index);
        }
        List<String> items = new ArrayList<>(flowItems(key));
        items.remove(index);
        return withScalar(key, "[" + String.join(", ", items) + "]");
    }

    /** The items of a list field written some other way than as a block list, as YAML text. */
    private List<String> flowItems(String key) throws EditRefused {
        Optional<YamlNode> value = value(key);
        if (value.isEmpty() || value.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
            return List.of();
        }
        if (!(value.get() instanceof YamlNode.Sequence seq)) {
            throw new EditRefused(EditRefused.Reason.INVALID, "'" + key + "' is not a list");
        }
        return seq.items().stream().map(YamlText::of).toList();
    }

    private Optional<BlockList> blockList(String key) {
        Optional<int[]> entry = lines.entry(key);
        Optional<YamlNode> value = value(key);
        if (entry.isEmpty() || value.isEmpty() || !(value.get() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()
                || !FieldLine.value(lines.line(entry.get()[0])).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BlockList(entry.get(), seq));
    }

    /** A block list's lines: the head (key line and anything before the first item), then one run of lines per item. */
    private final class BlockList {
        private final int[] span;
        private final List<Integer> starts = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();

        BlockList(int[] span, YamlNode.Sequence seq) {
            this.span = span;
            for (YamlNode item : seq.items()) {
                int at = item.line() - 1;
                while (at > span[0] + 1 && !lines.line(at).stripLeading().startsWith("-")) {
                    at--;
                }
                // Comment and blank lines just above an item belong to it: they go and stay with it.
                while (!starts.isEmpty() && at - 1 > starts.get(starts.size() - 1) && isNote(lines.line(at - 1))) {
                    at--;
                }
                starts.add(at);
                texts.add(YamlText.of(item));
            }
        }

        private boolean isNote(String line) {
            return line.isBlank() || line.stripLeading().startsWith("#");
        }

        FrontMatterEditor rewritten(List<String> items) throws EditRefused {
            List<String> raw = new ArrayList<>(head());
            boolean[] used = new boolean[texts.size()];
            for (String item : items) {
                int old = -1;
                for (int i = 0; i < texts.size() && old < 0; i++) {
                    if (!used[i] && texts.get(i).equals(item)) {
                        old = i;
                    }
                }
                if (old >= 0) {
                    used[old] = true;
                    raw.addAll(itemLines(old));
                } else {
                    raw.add(dash() + item + lines.newline());
                }
            }
            return replacedRaw(raw);
        }

        FrontMatterEditor withAdded(String item) throws EditRefused {
            List<String> raw = new ArrayList<>(head());
            for (int i = 0; i < starts.size(); i++) {
                raw.addAll(itemLines(i));
            }
            raw.add(dash() + item + lines.newline());
            return replacedRaw(raw);
        }

        FrontMatterEditor withRemoved(int index) throws EditRefused {
            List<String> raw = new ArrayList<>(head());
            for (int i = 0; i < starts.size(); i++) {
                if (i != index) {
                    raw.addAll(itemLines(i));
                }
            }
            return replacedRaw(raw);
        }

        private List<String> head() {
            List<String> raw = new ArrayList<>();
            for (int i = span[0]; i < starts.get(0); i++) {
                raw.add(lines.raw(i));
            }
            return raw;
        }

        private List<String> itemLines(int item) {
            int end = item + 1 < starts.size() ? starts.get(item + 1) : span[1];
            List<String> raw = new ArrayList<>();
            for (int i = starts.get(item); i < end; i++) {
                String line = lines.raw(i);
                raw.add(line.endsWith("\n") ? line : line + lines.newline());
            }
            return raw;
        }

        /** How the first item's line begins: its indentation and dash. */
        private String dash() {
            String first = lines.line(starts.get(0));
            int dash = first.indexOf('-');
            int text = dash + 1;
            while (text < first.length() && (first.charAt(text) == ' ' || first.charAt(text) == '\t')) {
                text++;
            }
            return first.substring(0, dash + 1) + (text == dash + 1 ? " " : first.substring(dash + 1, text));
        }

        private FrontMatterEditor replacedRaw(List<String> raw) throws EditRefused {
            return checked(lines.replaced(span[0], span[1], raw));
        }
    }

    private FrontMatterEditor appended(List<String> newLines) throws EditRefused {
        return edited(lines.close(), lines.close(), newLines);
    }

    private FrontMatterEditor edited(int from, int to, List<String> newLines) throws EditRefused {
        List<String> raw = newLines.stream().map(line -> line + lines.newline()).toList();
        return checked(lines.replaced(from, to, raw));
    }

    private static FrontMatterEditor checked(FrontMatterLines next) throws EditRefused {
        return new FrontMatterEditor(next, parse(next));
    }

    private static YamlNode.Mapping parse(FrontMatterLines lines) throws EditRefused {
        ProblemCollector problems = new ProblemCollector();
        Optional<YamlNode> root = new YamlReader().read(lines.yaml(), "front matter", 2, problems);
        if (problems.hasErrors()) {
            throw new EditRefused(EditRefused.Reason.INVALID, "the front matter is not valid YAML: "
                    + problems.report().formatLines().get(0));
        }
        if (root.isEmpty()) {
            return new YamlNode.Mapping(List.of(), 2, 1);
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            throw new EditRefused(EditRefused.Reason.INVALID, "the front matter is not a set of 'name: value' fields");
        }
        return mapping;
    }
}
