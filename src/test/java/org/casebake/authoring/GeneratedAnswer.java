package org.casebake.authoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random answer files as people and tools write them: fields in any order, each list written flow or
 * block (indented or not, with comments between items), values plain or quoted, comments after values
 * and on lines of their own, blank lines, LF or CRLF, an optional byte-order mark, and a body with
 * lines that look like front matter.
 */
final class GeneratedAnswer {

    private static final List<String> SLUGS = List.of("cost", "talent", "security", "open-source", "in-house", "q1", "q2", "q3");

    private GeneratedAnswer() {
    }

    static String text(Random random) {
        List<List<String>> fields = new ArrayList<>();
        fields.add(List.of("author: " + pick(random, "\"Doe, Jane\"", "Ada Lovelace", "'O''Brien'", "\"Zoë # 2\"")));
        fields.add(list(random, "questions", slugs(random, 1 + random.nextInt(3))));
        maybe(random, fields, List.of("status: " + pick(random, "pending", "\"rejected\"", "curated", "'pending'") + comment(random)));
        maybe(random, fields, List.of("featured: " + pick(random, "true", "false") + comment(random)));
        maybe(random, fields, list(random, "themes", slugs(random, random.nextInt(4))));
        maybe(random, fields, positions(random));
        maybe(random, fields, List.of("submitted: \"2024-02-2" + random.nextInt(10) + "\""));
        maybe(random, fields, List.of("importKey: \"moodle:" + random.nextInt(100) + "\"  # keep"));
        maybe(random, fields, List.of("replyTo: answer-0" + random.nextInt(10)));
        Collections.shuffle(fields, random);
        List<String> lines = new ArrayList<>();
        lines.add("---");
        for (List<String> field : fields) {
            if (random.nextInt(4) == 0) {
                lines.add(pick(random, "# a guide line: status: curated", "", "   ", "#"));
            }
            lines.addAll(field);
        }
        if (random.nextBoolean()) {
            lines.add("# last comment");
        }
        lines.add("---");
        lines.add("");
        lines.add("Body text: status: pending");
        lines.add("---");
        lines.add("positions:");
        lines.add("  - not front matter");
        String newline = random.nextBoolean() ? "\n" : "\r\n";
        String text = String.join(newline, lines) + (random.nextBoolean() ? newline : "");
        return (random.nextInt(5) == 0 ? "\uFEFF" : "") + text;
    }

    private static List<String> list(Random random, String key, List<String> items) {
        List<String> written = items.stream().map(item -> random.nextBoolean() ? item : "\"" + item + "\"").toList();
        if (items.isEmpty() || random.nextBoolean()) {
            return List.of(key + ": [" + String.join(", ", written) + "]" + comment(random));
        }
        String dash = pick(random, "  - ", "- ", "    -   ");
        List<String> lines = new ArrayList<>();
        lines.add(key + ":" + comment(random));
        for (String item : written) {
            if (random.nextInt(5) == 0) {
                lines.add("  # about the next item");
            }
            lines.add(dash + item + comment(random));
        }
        return lines;
    }

    private static List<String> positions(Random random) {
        int count = random.nextInt(4);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add("{dimension: " + pick(random, "cost", "talent") + ", side: " + pick(random, "open-source", "in-house")
                    + ", view: " + pick(random, "strength", "weakness") + (random.nextBoolean() ? ", quote: \"a, b: c\"" : "") + "}");
        }
        if (count == 0) {
            return List.of("positions: []");
        }
        switch (random.nextInt(3)) {
            case 0:
                return List.of("positions: [" + String.join(", ", items) + "]");
            case 1:
                List<String> lines = new ArrayList<>();
                lines.add("positions:" + comment(random));
                items.forEach(item -> lines.add("  - " + item + comment(random)));
                return lines;
            default:
                List<String> block = new ArrayList<>();
                block.add("positions:");
                String indent = random.nextBoolean() ? "" : "  ";
                for (String item : items) {
                    String[] parts = item.substring(1, item.length() - 1).split(", (?=[a-z]+:)");
                    block.add(indent + "- " + parts[0]);
                    for (int p = 1; p < parts.length; p++) {
                        block.add(indent + "  " + parts[p] + (p == 1 ? comment(random) : ""));
                    }
                }
                return block;
        }
    }

    private static List<String> slugs(Random random, int count) {
        List<String> slugs = new ArrayList<>(SLUGS);
        Collections.shuffle(slugs, random);
        return slugs.subList(0, count);
    }

    private static void maybe(Random random, List<List<String>> fields, List<String> field) {
        if (random.nextInt(3) != 0) {
            fields.add(field);
        }
    }

    private static String comment(Random random) {
        return random.nextInt(3) == 0 ? pick(random, "  # why", " #", "   # odd: [x], {y}") : "";
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
