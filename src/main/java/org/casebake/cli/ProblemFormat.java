package org.casebake.cli;

import org.casebake.search.JsonString;

import org.casebake.problem.PrintableText;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemReport;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** The ways {@code casebake check} can print problems: for people, for GitHub Actions, for tools. */
enum ProblemFormat {
    TEXT, GITHUB, JSON;

    static Optional<ProblemFormat> parse(String word) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(word)).findFirst();
    }

    /**
     * The report in this format; GitHub annotations put {@code repositoryPrefix} (such as
     * {@code "site/"}) before each path, since GitHub matches them to the repository's files.
     */
    String render(ProblemReport report, String repositoryPrefix) {
        StringBuilder out = new StringBuilder();
        switch (this) {
            case TEXT -> report.formatLines().forEach(l -> out.append(l).append('\n'));
            case GITHUB -> report.problems().forEach(p -> out.append(github(p, repositoryPrefix)).append('\n'));
            case JSON -> {
                out.append("{\"problems\":[");
                for (int i = 0; i < report.problems().size(); i++) {
                    Problem p = report.problems().get(i);
                    out.append(i == 0 ? "" : ",").append("{\"path\":").append(JsonString.quote(PrintableText.escape(p.path())))
                            .append(",\"line\":").append(p.line()).append(",\"column\":").append(p.column())
                            .append(",\"severity\":").append(JsonString.quote(p.severity().label()))
                            .append(",\"message\":").append(JsonString.quote(PrintableText.escape(p.message())))
                            .append(",\"hint\":").append(p.hint().map(h -> JsonString.quote(PrintableText.escape(h))).orElse("null")).append('}');
                }
                out.append("],\"errors\":").append(report.errorCount()).append("}\n");
            }
        }
        return out.toString();
    }

    /** A GitHub Actions workflow command; '%', CR and LF are escaped as the runner requires. */
    private static String github(Problem p, String repositoryPrefix) {
        String message = p.message() + p.hint().map(h -> " (" + h + ")").orElse("");
        StringBuilder s = new StringBuilder("::").append(p.severity().label()).append(" file=")
                .append(property(repositoryPrefix + p.path()));
        if (p.line() > 0) {
            s.append(",line=").append(p.line());
        }
        if (p.column() > 0) {
            s.append(",col=").append(p.column());
        }
        return s.append("::").append(data(message)).toString();
    }

    /**
     * Where {@code source} lies below the current folder, as a prefix for paths ({@code "site/"}), so
     * annotations name files as the repository does when the site is a subfolder of it; empty when
     * the source is the current folder or outside it.
     */
    static String repositoryPrefix(Path source) {
        Path current = Path.of("").toAbsolutePath();
        Path site = source.toAbsolutePath().normalize();
        if (site.equals(current) || !site.startsWith(current)) {
            return "";
        }
        return current.relativize(site).toString().replace('\\', '/') + "/";
    }

    /** Control characters escaped as in text output, then what the runner itself reads. */
    private static String data(String s) {
        return PrintableText.escape(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
