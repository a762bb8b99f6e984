package org.casebake.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.casebake.authoring.ContentException;
import org.casebake.authoring.Scaffolder;
import org.casebake.authoring.UsageException;
import org.casebake.source.ContentLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code casebake new}: writes a starter file for a case, an answer or a comparison, with valid front
 * matter and a short guide in comments. Never overwrites a file.
 */
@Command(name = "new", description = "Write a starter file for a case, an answer or a comparison.",
        subcommands = {NewCommand.CaseCommand.class, NewCommand.AnswerCommand.class,
                NewCommand.ComparisonCommand.class})
public class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    private final Clock clock;

    /** A command that dates new files with the system clock. */
    public NewCommand() {
        this(Clock.systemDefaultZone());
    }

    /** A command that dates new files with the given clock. */
    public NewCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: say what to create: case, answer or comparison");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /**
     * One kind of starter file: the options every kind shares, and how to write it with a
     * scaffolder.
     */
    abstract static class Kind implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
        @ParentCommand
        NewCommand parent;
        @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
                description = "The site folder, the one holding content/ (default: the current folder).")
        Path source;

        abstract Path write(Scaffolder scaffolder) throws UsageException, ContentException, IOException;

        @Override
        public Integer call() {
            return parent.run(spec, source, this);
        }
    }

    int run(CommandSpec sub, Path source, Kind kind) {
        ContentLayout layout = new ContentLayout(source);
        try {
            Path written = kind.write(new Scaffolder(layout, clock));
            sub.commandLine().getOut().println("created " + layout.display(written));
            return 0;
        } catch (UsageException e) {
            sub.commandLine().getErr().println(e.format());
            return 2;
        } catch (ContentException e) {
            sub.commandLine().getErr().println(e.problem().format());
            return 1;
        } catch (IOException e) {
            sub.commandLine().getErr().println(WriteFailure.problem(layout, e, "cannot write the file").format());
            return 1;
        }
    }

    /** {@code casebake new case <slug>}. */
    @Command(name = "case", description = "Write content/cases/<slug>/index.md, a draft case with one example question.")
    public static final class CaseCommand extends Kind {
        @Parameters(paramLabel = "<slug>", description = "Folder name of the case, e.g. netflix-prize.")
        String slug;
        @Option(names = "--title", description = "The case's title (default: made from the slug).")
        String title;

        @Override
        Path write(Scaffolder scaffolder) throws UsageException, ContentException, IOException {
            return scaffolder.newCase(slug, title);
        }
    }

    /** {@code casebake new answer <case> --author NAME [--questions q1,q2] [--submitted DATE]}. */
    @Command(name = "answer", description = "Write the next content/cases/<case>/answers/answer-NN.md, status pending.")
    public static final class AnswerCommand extends Kind {
        @Parameters(paramLabel = "<case>", description = "The case the answer belongs to.")
        String caseSlug;
        @Option(names = "--author", required = true, paramLabel = "NAME",
                description = "The student's name as they wrote it.")
        String author;
        @Option(names = "--questions", split = ",", paramLabel = "ID",
                description = "Ids of the case's questions it answers (default: all of them).")
        List<String> questions;
        @Option(names = "--status", defaultValue = "pending",
                description = "pending (default), curated or rejected.")
        String status;
        @Option(names = "--submitted", paramLabel = "DATE",
                description = "When the student submitted it, YYYY-MM-DD (default: today).")
        String submitted;

        @Override
        Path write(Scaffolder scaffolder) throws UsageException, ContentException, IOException {
            return scaffolder.newAnswer(caseSlug, author, questions, status, submitted);
        }
    }

    /** {@code casebake new comparison <slug> [--cases a,b]}. */
    @Command(name = "comparison",
            description = "Write content/comparisons/<slug>.md, a draft with two sides and one dimension.")
    public static final class ComparisonCommand extends Kind {
        @Parameters(paramLabel = "<slug>", description = "File name of the comparison, e.g. open-vs-closed.")
        String slug;
        @Option(names = "--title", description = "The comparison's title (default: made from the slug).")
        String title;
        @Option(names = "--cases", split = ",", paramLabel = "CASE",
                description = "Slugs of the cases it draws on (default: every case).")
        List<String> cases;

        @Override
        Path write(Scaffolder scaffolder) throws UsageException, ContentException, IOException {
            return scaffolder.newComparison(slug, title, cases);
        }
    }
}
