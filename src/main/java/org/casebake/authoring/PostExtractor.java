package org.casebake.authoring;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casebake.authoring.ColumnMapping.Role;
import org.casebake.problem.Problem;

/**
 * Turns the rows of an export into posts, reporting each row that cannot become one (no author, no
 * message, a bad date) on its line. Moodle posts that were deleted or are private replies are left out
 * with a warning: they were never meant for the class.
 */
public final class PostExtractor {

    private static final String DATE_HINT = "use Unix seconds, YYYY-MM-DD or an ISO date-time such as"
            + " 2025-03-03T14:05:00Z";

    /** The posts, the problems, and how many rows were left out. */
    public record Extraction(List<BoardPost> posts, List<Problem> problems, int skipped) {

        public Extraction {
            posts = List.copyOf(posts);
            problems = List.copyOf(problems);
        }
    }

    private final PostDateReader dates = new PostDateReader();

    /** Extracts the posts of a table read from the export named {@code shown}. */
    public Extraction extract(ExportTable table, ColumnMapping mapping, String shown) {
        List<Problem> problems = new ArrayList<>(table.problems());
        Map<Role, String> columns = resolve(table.columns(), mapping, shown, problems);
        if (problems.size() > table.problems().size()) {
            return new Extraction(List.of(), problems, table.rows().size() + table.problems().size());
        }
        boolean moodle = table.format() != ExportFormat.CSV;
        List<BoardPost> posts = new ArrayList<>();
        for (ExportRow row : table.rows()) {
            int before = problems.size();
            BoardPost post = post(row, columns, moodle, shown, problems);
            if (post != null && problems.size() == before) {
                posts.add(post);
            }
        }
        return new Extraction(posts, problems, table.rows().size() - posts.size() + table.problems().size());
    }

    private BoardPost post(ExportRow row, Map<Role, String> columns, boolean moodle, String shown,
            List<Problem> problems) {
        String id = row.cell(columns.get(Role.ID)).strip();
        String label = id.isEmpty() ? "the post" : "post " + id;
        if (moodle && row.cell("deleted").strip().equals("1")) {
            problems.add(warning(shown, row, label + " was deleted on the board; not imported", null));
            return null;
        }
        String privateTo = row.cell("privatereplyto").strip();
        if (moodle && !privateTo.isEmpty() && !privateTo.equals("0")) {
            problems.add(warning(shown, row, label + " is a private reply; not imported",
                    "private replies are between the teacher and one student"));
            return null;
        }
        String author = required(row, columns.get(Role.AUTHOR), "author", shown, problems);
        String text = required(row, columns.get(Role.TEXT), "message", shown, problems);
        LocalDate submitted = submitted(row, columns.get(Role.DATE), shown, problems);
        BoardPost.TextFormat format = moodle ? BoardPost.TextFormat.fromMoodleCode(row.cell("messageformat"))
                : BoardPost.TextFormat.AUTO;
        if (author == null || text == null) {
            return null;
        }
        return new BoardPost(row.line(), id, author, submitted, row.cell(columns.get(Role.SUBJECT)).strip(),
                text, format, row.cell("parent").strip(), row.cell("discussion").strip(),
                row.cell("attachment").strip());
    }

    private static String required(ExportRow row, String column, String what, String shown, List<Problem> problems) {
        String value = row.cell(column).strip();
        if (value.isEmpty()) {
            problems.add(Problem.error(shown, row.line(), 0, "missing " + what + " (column '" + column + "' is empty)",
                    null));
            return null;
        }
        return value;
    }

    private LocalDate submitted(ExportRow row, String column, String shown, List<Problem> problems) {
        if (column == null) {
            return null;
        }
        String value = row.cell(column).strip();
        try {
            if (value.isEmpty()) {
                problems.add(Problem.error(shown, row.line(), 0, "missing date (column '" + column + "' is empty)",
                        DATE_HINT));
                return null;
            }
            return dates.read(value);
        } catch (DateTimeException e) {
            problems.add(Problem.error(shown, row.line(), 0, "bad date '" + value + "' in column '" + column + "'",
                    DATE_HINT));
            return null;
        }
    }

    /** The header's name for each part, null for optional parts the export lacks. */
    private static Map<Role, String> resolve(List<String> header, ColumnMapping mapping, String shown,
            List<Problem> problems) {
        Map<Role, String> found = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String wanted = mapping.column(role);
            String match = header.contains(wanted) ? wanted : header.stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            boolean required = role == Role.AUTHOR || role == Role.TEXT || mapping.explicit().contains(role);
            if (match == null && required && !header.isEmpty()) {
                problems.add(Problem.error(shown, 1, 0, "no column '" + wanted + "' for the " + role.key()
                        + " in the header", "the columns are " + String.join(", ", header)
                        + "; choose one with --map " + role.key() + "=<column>"));
            }
            if (match != null) {
                found.put(role, match);
            }
        }
        return found;
    }

    private static Problem warning(String shown, ExportRow row, String message, String hint) {
        return Problem.warning(shown, row.line(), 0, message, hint);
    }
}
