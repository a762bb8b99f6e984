package org.casebake.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casebake.authoring.ContentException;
import org.casebake.authoring.ImportRequest;
import org.casebake.authoring.ImportSummary;
import org.casebake.authoring.PostImporter;
import org.casebake.authoring.UsageException;
import org.casebake.source.ContentLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casebake import <case> <export-file>}: turns the posts of a discussion board export into
 * pending answer files of a case, for the instructor to curate. Re-running it with the same export
 * adds nothing twice.
 */
@Command(name = "import",
        description = {"Import the posts of a discussion board export as pending answers of a case.",
            "Reads Moodle's forum export (CSV or JSON), Canvas's full discussion topic (JSON) or any CSV with a",
            "header row. Posts by the course staff are skipped and listed. Each post becomes",
            "content/cases/<case>/answers/answer-NN.md with status pending; set it to curated to publish.",
            "Posts imported before are recognised by their importKey and not written again."})
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    @Parameters(index = "0", paramLabel = "<case>", description = "The case the posts answer.")
    String caseSlug;

    @Parameters(index = "1", paramLabel = "<export-file>", description = "The exported posts (.csv or .json), relative to the current folder.")
    Path exportFile;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "The site folder, the one holding content/ (default: the current folder).")
    Path source;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "moodle-csv, moodle-json, canvas-json or csv (default: detected from the file).")
    String format;

    @Option(names = "--map", paramLabel = "PART=COLUMN,...",
            description = {"Columns holding each part of a post, e.g. author=Name,text=Post,date=Date,subject=Subject.",
                "Parts: author, text, date, subject, id. Defaults: Moodle's userfullname, message, created,",
                "subject, id; for other CSV the part names themselves."})
    String map;

    @Option(names = "--questions", split = ",", paramLabel = "ID",
            description = "Ids of the case's questions the posts answer (default: all of them).")
    List<String> questions;

    @Option(names = "--exclude-author", paramLabel = "NAME",
            description = {"Skip and report posts by this name (a teaching assistant); repeatable. The course's",
                "instructor and course.staff in site-config.yml are always skipped."})
    List<String> excludedAuthors;

    @Option(names = "--question-from", paramLabel = "subject|discussion",
            description = {"For a board with one discussion per question: 'discussion' files the first discussion's",
                "posts under the case's first question, and so on; 'subject' files a discussion under the question",
                "its subject names (\"Q2: ...\", \"Question 2\", or the question's id)."})
    String questionFrom;

    /** A command with no arguments yet; picocli fills them in. */
    public ImportCommand() {
        // fields are set by picocli
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContentLayout layout = new ContentLayout(source);
        try {
            ImportSummary summary = new PostImporter(layout)
                    .run(new ImportRequest(caseSlug, exportFile, format, map, questions, excludedAuthors,
                            questionFrom));
            summary.problems().formatLines().forEach(err::println);
            err.flush();
            summary.written().forEach(file -> out.println("created " + file));
            out.println(summary.line());
            return summary.problems().hasErrors() ? 1 : 0;
        } catch (UsageException e) {
            err.println(e.format());
            return 2;
        } catch (ContentException e) {
            err.println(e.problem().format());
            return 1;
        } catch (IOException e) {
            err.println(WriteFailure.problem(layout, e, "cannot write an answer file").format());
            return 1;
        }
    }
}
