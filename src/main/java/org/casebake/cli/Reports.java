package org.casebake.cli;

import org.casebake.build.BuildResult;

import java.io.PrintWriter;
import java.util.function.Supplier;

/** Prints the end of a build or check: every problem, then one summary line. */
final class Reports {

    private Reports() {
    }

    /** Prints {@code result}; returns the exit code (0, or 1 for content problems). */
    static int print(BuildResult result, PrintWriter out, PrintWriter err, Supplier<String> success) {
        result.problems().formatLines().forEach(err::println);
        if (!result.succeeded()) {
            long errors = result.problems().errorCount();
            err.println(errors == 1 ? "1 error; nothing was written" : errors + " errors; nothing was written");
            err.flush();
            return CasebakeCli.CONTENT_PROBLEMS;
        }
        out.println(success.get());
        out.flush();
        err.flush();
        return 0;
    }
}
