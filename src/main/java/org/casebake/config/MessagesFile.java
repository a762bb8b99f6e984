package org.casebake.config;

import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One messages file read line by line: {@code key = text} lines, {@code #} comments and blank lines,
 * UTF-8, the form of a Java properties file without its continuation lines. A text may spell a
 * character as <code>&#92;u00A0</code> (handy for the invisible no-break spaces of French typography), a
 * line break as {@code \n} and a backslash as {@code \\}; any other backslash is kept as written.
 * Every line keeps its position, so that problems with a course's file name the line.
 */
final class MessagesFile {

    /** A message key: dot-separated words of lower-case letters, digits and hyphens. */
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    /** One {@code key = text} line; {@code line} and {@code column} are where the key starts. */
    record Entry(String key, String text, int line, int column) {
    }

    private MessagesFile() {
    }

    /**
     * The entries of {@code text} in file order. A line that is not {@code key = text} is reported
     * as a warning at {@code path} and left out.
     */
    static List<Entry> parse(String text, String path, ProblemCollector problems) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int column = line.indexOf(trimmed.charAt(0)) + 1;
            int equals = trimmed.indexOf('=');
            String key = equals < 0 ? trimmed : trimmed.substring(0, equals).strip();
            if (equals < 0 || !KEY.matcher(key).matches()) {
                problems.add(Problem.warning(path, i + 1, column,
                        equals < 0 ? "not a 'key = text' line" : "'" + key + "' is not a message key",
                        "keys are words of lower-case letters, digits and hyphens joined by dots, such as nav.cases; this line is ignored"));
                continue;
            }
            entries.add(new Entry(key, unescape(trimmed.substring(equals + 1).strip()), i + 1, column));
        }
        return entries;
    }

    /** <code>&#92;uXXXX</code> as its character, {@code \n} as a line break and {@code \\} as one backslash. */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == 'n')) {
                out.append(text.charAt(i + 1) == 'n' ? '\n' : '\\');
                i++;
            } else if (c == '\\' && text.startsWith("u", i + 1) && isHex(text, i + 2)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from) {
        if (from + 4 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
