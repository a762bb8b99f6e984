package org.casebake.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file's text cut into raw lines (each with its own line break), with where its front
 * matter opens and closes and where each top-level field's lines are. What {@link FrontMatterEditor}
 * edits: lines it does not touch are kept as they are, byte for byte.
 *
 * <p>A field's lines ("entry") run from its {@code key:} line to its last indented line (or block list
 * item written at column 0); blank and comment lines after it belong to what follows.
 */
final class FrontMatterLines {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:(?:[ \\t]|$)");

    private final List<String> lines;
    private final int close;

    private FrontMatterLines(List<String> lines, int close) {
        this.lines = List.copyOf(lines);
        this.close = close;
    }

    /** Cuts {@code text}; empty when it has no front matter opened and closed by {@code ---} lines. */
    static Optional<FrontMatterLines> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, next));
            start = next;
        }
        if (lines.isEmpty() || !content(lines.get(0)).replace("\uFEFF", "").stripTrailing().equals("---")) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = content(lines.get(i)).stripTrailing();
            if ((line.equals("---") || line.equals("...")) && lines.get(i - 1).endsWith("\n")) {
                return Optional.of(new FrontMatterLines(lines, i));
            }
        }
        return Optional.empty();
    }

    /** The whole text again. */
    String text() {
        return String.join("", lines);
    }

    /** Index of the closing {@code ---} line. */
    int close() {
        return close;
    }

    /** The raw line at {@code index}, with its line break. */
    String raw(int index) {
        return lines.get(index);
    }

    /** The line at {@code index} without its line break. */
    String line(int index) {
        return content(lines.get(index));
    }

    /** The line break new lines get: the one the opening line ends with. */
    String newline() {
        return lines.get(0).endsWith("\r\n") ? "\r\n" : "\n";
    }

    /** The front matter as YAML text with LF line breaks, starting on line 2 of the file. */
    String yaml() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < close; i++) {
            yaml.append(line(i)).append('\n');
        }
        return yaml.toString();
    }

    /** The top-level key written on line {@code index}, if that line starts a field. */
    Optional<String> keyAt(int index) {
        Matcher m = KEY.matcher(line(index));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The lines of field {@code key}: [first, end) indexes; empty when the front matter lacks it. */
    Optional<int[]> entry(String key) {
        for (int i = 1; i < close; i++) {
            if (keyAt(i).filter(key::equals).isPresent()) {
                int last = i;
                for (int j = i + 1; j < close && continues(line(j)); j++) {
                    if (!line(j).isBlank() && !line(j).stripLeading().startsWith("#")) {
                        last = j;
                    }
                }
                return Optional.of(new int[] {i, last + 1});
            }
        }
        return Optional.empty();
    }

    /** These lines with [from, to) replaced by {@code replacement} (raw lines, each ending in a line break). */
    FrontMatterLines replaced(int from, int to, List<String> replacement) {
        List<String> next = new ArrayList<>(lines.subList(0, from));
        next.addAll(replacement);
        next.addAll(lines.subList(to, lines.size()));
        return new FrontMatterLines(next, close - (to - from) + replacement.size());
    }

    private static boolean continues(String line) {
        return line.isEmpty() || line.startsWith(" ") || line.startsWith("\t") || line.equals("-") || line.startsWith("- ")
                || line.startsWith("#");
    }

    private static String content(String raw) {
        if (raw.endsWith("\r\n")) {
            return raw.substring(0, raw.length() - 2);
        }
        return raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
    }
}
