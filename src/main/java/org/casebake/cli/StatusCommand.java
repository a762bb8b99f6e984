package org.casebake.cli;

import org.casebake.assemble.NearDuplicates;
import org.casebake.build.CourseStatus;
import org.casebake.build.StatusSurvey;
import org.casebake.problem.Problem;
import org.casebake.search.JsonString;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code casebake status}: where curation stands, per case: answers by status, the pending files,
 * curated answers without themes or positions, quotes that no longer match, near-duplicate answers.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show, per case, what is curated, what is pending and what still needs curating.")
final class StatusCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder. Default: the current folder.")
    private Path source = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    private String format = "text";

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        CourseStatus status = new StatusSurvey().survey(source);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? json(status) : text(status));
        out.flush();
        return 0;
    }

    static String text(CourseStatus status) {
        StringBuilder out = new StringBuilder();
        for (CourseStatus.CaseStatus c : status.cases()) {
            out.append(c.slug()).append(c.title().isEmpty() ? "" : " (" + c.title() + ")").append(": ")
                    .append(String.format(Locale.ROOT, "%d curated, %d pending, %d rejected%n", c.curated(), c.pending(), c.rejected()));
            list(out, "pending", c.pendingFiles());
            list(out, "curated without themes", c.withoutThemes());
            list(out, "curated without positions", c.withoutPositions());
            list(out, "quotes that no longer match", c.staleQuotes().stream().map(StatusCommand::quoteLine).toList());
        }
        list(out, "near-duplicate answers", status.nearDuplicates().stream().map(p -> p.first() + " and " + p.second()
                + ": " + p.percent() + "% of their 5-word passages the same, " + p.containedPercent()
                + "% of the shorter one's, e.g. \"" + p.overlap() + "\"").toList());
        if (status.unreadable() > 0) {
            out.append(status.unreadable() == 1 ? "1 file has" : status.unreadable() + " files have")
                    .append(" problems and was left out; casebake check lists them").append(System.lineSeparator());
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private static String quoteLine(Problem p) {
        return p.path() + ":" + p.line() + ":" + p.column() + ": " + p.message() + p.hint().map(h -> " (" + h + ")").orElse("");
    }

    private static void list(StringBuilder out, String label, List<String> lines) {
        if (!lines.isEmpty()) {
            out.append("  ").append(label).append(":\n");
            lines.forEach(line -> out.append("    ").append(line).append('\n'));
        }
    }

    static String json(CourseStatus status) {
        String cases = status.cases().stream().map(c -> "{\"slug\":" + JsonString.quote(c.slug())
                + ",\"title\":" + JsonString.quote(c.title())
                + ",\"curated\":" + c.curated() + ",\"pending\":" + c.pending() + ",\"rejected\":" + c.rejected()
                + ",\"pendingFiles\":" + strings(c.pendingFiles()) + ",\"withoutThemes\":" + strings(c.withoutThemes())
                + ",\"withoutPositions\":" + strings(c.withoutPositions())
                + ",\"staleQuotes\":" + c.staleQuotes().stream().map(p -> "{\"path\":" + JsonString.quote(p.path())
                        + ",\"line\":" + p.line() + ",\"column\":" + p.column() + ",\"message\":" + JsonString.quote(p.message())
                        + ",\"hint\":" + p.hint().map(JsonString::quote).orElse("null") + "}")
                        .collect(Collectors.joining(",", "[", "]")) + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String pairs = status.nearDuplicates().stream().map(StatusCommand::pair).collect(Collectors.joining(",", "[", "]"));
        return "{\"cases\":" + cases + ",\"nearDuplicates\":" + pairs + ",\"filesWithProblems\":" + status.unreadable() + "}\n";
    }

    private static String pair(NearDuplicates.Pair p) {
        return "{\"first\":" + JsonString.quote(p.first()) + ",\"second\":" + JsonString.quote(p.second())
                + ",\"similarity\":" + p.percent() + ",\"contained\":" + p.containedPercent()
                + ",\"overlap\":" + JsonString.quote(p.overlap()) + "}";
    }

    private static String strings(List<String> values) {
        return values.stream().map(JsonString::quote).collect(Collectors.joining(",", "[", "]"));
    }
}
