package org.casebake.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a post's discussion questions in its Markdown: the numbered list under a heading or paragraph
 * that says "Questions", "Discussion questions" or "Questions for discussion" (any case, any emphasis,
 * with or without a colon). The questions are taken out of the text, which keeps everything else.
 */
public final class QuestionFinder {

    /** The questions found (empty when none) and the text without them. */
    public record Found(List<String> questions, String text) {

        public Found {
            questions = List.copyOf(questions);
        }
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?i)(?:discussion\\s+)?questions(?:\\s+for\\s+(?:discussion|class))?\\s*:?");
    private static final Pattern ITEM = Pattern.compile(" {0,3}\\d{1,3}\\\\?[.)]\\s+(.*)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

    /** Looks for the questions in the Markdown of a post. */
    public Found find(String markdown) {
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (isLabel(lines.get(i))) {
                int first = nextNonBlank(lines, i + 1);
                if (first < lines.size() && ITEM.matcher(lines.get(first)).matches()) {
                    List<String> questions = new ArrayList<>();
                    int end = readItems(lines, first, questions);
                    String rest = String.join("\n", lines.subList(0, i)).strip() + "\n\n"
                            + String.join("\n", lines.subList(end, lines.size())).strip();
                    return new Found(questions, rest.strip());
                }
            }
        }
        return new Found(List.of(), markdown.strip());
    }

    private static boolean isLabel(String line) {
        String bare = line.strip().replaceFirst("^#{1,6}\\s*", "").replaceAll("[*_]", "").strip();
        return LABEL.matcher(bare).matches();
    }

    /** Reads list items from {@code start}; returns the index of the first line after the list. */
    private static int readItems(List<String> lines, int start, List<String> questions) {
        int i = start;
        StringBuilder current = null;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                add(current, questions);
                current = new StringBuilder(item.group(1));
            } else if (line.isBlank()) {
                int next = nextNonBlank(lines, i);
                if (next >= lines.size() || !(ITEM.matcher(lines.get(next)).matches()
                        || lines.get(next).startsWith("   "))) {
                    break;
                }
            } else if (current != null && (line.startsWith(" ") || !lines.get(i - 1).isBlank())) {
                current.append(' ').append(line.strip());
            } else {
                break;
            }
            i++;
        }
        add(current, questions);
        return i;
    }

    private static void add(StringBuilder item, List<String> questions) {
        if (item != null) {
            // a prompt is plain text: emphasis and links keep only their words
            String plain = LINK.matcher(EMPHASIS.matcher(item.toString()).replaceAll("$2")).replaceAll("$1");
            String text = ESCAPE.matcher(plain).replaceAll("$1").replaceAll("\\s+", " ").strip();
            if (!text.isEmpty()) {
                questions.add(text);
            }
        }
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
