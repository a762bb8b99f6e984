package org.casebake.validate;

import org.casebake.problem.Located;
import org.casebake.problem.ProblemCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an answer that answers several questions in turn, as the instructor marked them: a
 * line {@code <!-- part: q2 -->} (or {@code <!-- part: q2, q3 -->}) starts the passage that answers
 * those questions, which runs to the next marker or the end. Text before the first marker is the start
 * of the first part (a student's opening words are shown with the passage that follows them). A
 * marker is an HTML comment, so the file still reads well anywhere else; markers inside fenced code
 * are text.
 *
 * @param body  the answer's Markdown with each marker line left empty (the same lines, so positions
 *              in it stay those of the file)
 * @param parts the marked passages in the order written; empty when the answer has no marker
 */
public record AnswerParts(String body, List<Part> parts) {

    /**
     * One marked passage.
     *
     * @param questionIds the questions it answers, each where the marker names it
     * @param markdown    its Markdown, from the line after the marker (for the first part, from the
     *                    body's first line, the marker's own line left empty)
     * @param firstLine   the file's line its Markdown starts on
     */
    public record Part(List<Located<String>> questionIds, String markdown, int firstLine) {
        public Part {
            questionIds = List.copyOf(questionIds);
        }
    }

    public AnswerParts {
        parts = List.copyOf(parts);
    }

    /** Anything that starts like a marker; a line that does but is not one is an error, not silently text. */
    private static final Pattern MARKER_START = Pattern.compile("^ {0,3}<!--\\s*part\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKER = Pattern.compile("^ {0,3}<!--\\s*part\\s*:(.*?)-->\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("[^\\s,]+");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    /**
     * Splits {@code body}, whose first line is line {@code firstLine} of {@code path}, at its markers;
     * a malformed marker or one that names no question is reported to {@code problems}.
     */
    public static AnswerParts split(String path, String body, int firstLine, ProblemCollector problems) {
        if (!body.contains("<!--")) {
            return new AnswerParts(body, List.of());
        }
        String[] lines = body.split("\n", -1);
        List<Part> parts = new ArrayList<>();
        StringBuilder cleaned = new StringBuilder(body.length());
        StringBuilder current = null;
        List<Located<String>> currentIds = List.of();
        int currentFirst = 0;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNumber = firstLine + i;
            Matcher fenceMatch = FENCE.matcher(line);
            if (fenceMatch.find()) {
                String run = fenceMatch.group(1);
                if (fence == null) {
                    fence = run;
                } else if (run.charAt(0) == fence.charAt(0) && run.length() >= fence.length()) {
                    fence = null;
                }
            }
            boolean marker = fence == null && MARKER_START.matcher(line).find();
            if (marker) {
                List<Located<String>> ids = ids(path, line, lineNumber, problems);
                if (current != null) {
                    parts.add(new Part(currentIds, current.toString(), currentFirst));
                }
                boolean opening = current == null && !cleaned.toString().isBlank();
                current = opening ? new StringBuilder(cleaned).append('\n') : new StringBuilder();
                currentIds = ids;
                currentFirst = opening ? firstLine : lineNumber + 1;
            } else if (current != null) {
                current.append(line).append('\n');
            }
            cleaned.append(marker ? "" : line);
            if (i < lines.length - 1) {
                cleaned.append('\n');
            }
        }
        if (current != null) {
            parts.add(new Part(currentIds, current.toString(), currentFirst));
        }
        return new AnswerParts(parts.isEmpty() ? body : cleaned.toString(), parts);
    }

    private static List<Located<String>> ids(String path, String line, int lineNumber, ProblemCollector problems) {
        Matcher m = MARKER.matcher(line);
        int column = line.indexOf('<') + 1;
        if (!m.matches()) {
            problems.error(path, lineNumber, column, "malformed part marker",
                    "write it on a line of its own as <!-- part: q2 -->, or <!-- part: q2, q3 --> for several questions");
            return List.of();
        }
        List<Located<String>> ids = new ArrayList<>();
        Matcher id = ID.matcher(m.group(1));
        while (id.find()) {
            ids.add(new Located<>(id.group(), lineNumber, m.start(1) + id.start() + 1));
        }
        if (ids.isEmpty()) {
            problems.error(path, lineNumber, column, "the part marker names no question",
                    "name the questions the passage below answers, e.g. <!-- part: q2 -->");
        }
        return ids;
    }
}
