package org.casebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casebake.authoring.BlogImportRequest;
import org.casebake.authoring.BlogImportSummary;
import org.casebake.authoring.BlogImporter;
import org.casebake.authoring.ContentException;
import org.casebake.authoring.UsageException;
import org.casebake.authoring.WxrReader;
import org.casebake.source.ContentLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casebake import-blog <export.xml>}: turns posts of a WordPress blog export into draft cases and
 * their approved comments into pending answers, for the instructor to curate.
 */
@Command(name = "import-blog",
        description = {"Import posts of a WordPress export (Tools → Export) as draft cases with pending answers.",
            "Each post becomes content/cases/<slug>/index.md (status draft), its questions taken from the",
            "numbered list under \"Questions\"; each approved comment becomes answers/answer-NN.md (pending).",
            "Pingbacks, trackbacks, spam, the bin, unapproved comments and the post author's own are skipped."})
public class ImportBlogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Parameters(index = "0", paramLabel = "<export.xml>", description = "The WordPress export file (WXR).")
    Path exportFile;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "The site folder, the one holding content/ (default: the current folder).")
    Path source;

    @Option(names = "--post", paramLabel = "SLUG|ID",
            description = "A post to import, by its slug or id; repeat for several (default: every published post).")
    List<String> posts;

    @Option(names = "--case", paramLabel = "SLUG",
            description = "The case slug for the one chosen post (default: the post's own slug).")
    String caseSlug;

    @Option(names = "--exclude-author", paramLabel = "NAME",
            description = "Skip and report comments by this name too (a teaching assistant); repeatable.")
    List<String> excludedAuthors;

    @Option(names = "--add-new-comments",
            description = "For a post imported before: add its comments written since; the case is left as it is.")
    boolean addNewComments;

    /** A command with no arguments yet; picocli fills them in. */
    public ImportBlogCommand() {
        // fields are set by picocli
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContentLayout layout = new ContentLayout(source);
        try {
            BlogImportSummary summary = new BlogImporter(layout, WxrReader.DEFAULT_MAX_BYTES)
                    .run(new BlogImportRequest(exportFile, posts, caseSlug, excludedAuthors, addNewComments));
            summary.problems().formatLines().forEach(err::println);
            err.flush();
            summary.lines().forEach(out::println);
            return summary.problems().hasErrors() ? 1 : 0;
        } catch (UsageException e) {
            err.println(e.format());
            return 2;
        } catch (ContentException e) {
            err.println(e.problem().format());
            return 1;
        } catch (IOException e) {
            err.println(WriteFailure.problem(layout, e, "cannot write a case or answer file").format());
            return 1;
        }
    }
}
