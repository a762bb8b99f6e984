package org.casebake.build;

import org.casebake.assemble.AnswerQuotes;
import org.casebake.assemble.DuplicateAnswers;
import org.casebake.assemble.SiteAssembler;
import org.casebake.assemble.SourceBinder;
import org.casebake.model.AnswerStatus;
import org.casebake.parse.FrontMatterParser;
import org.casebake.parse.MarkdownHtmlCleaner;
import org.casebake.parse.MarkdownRenderer;
import org.casebake.parse.YamlReader;
import org.casebake.problem.Located;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;
import org.casebake.source.ContentScanner;
import org.casebake.source.Memo;
import org.casebake.source.SourceSet;
import org.casebake.validate.BoundAnswer;
import org.casebake.validate.BoundCase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Surveys a course for {@code casebake status}: reads and checks every file as a build does (scan,
 * parse, validate), then counts answers by status and lists what still needs the instructor. Writes
 * nothing and renders no page; files with problems of their own are only counted.
 */
public final class StatusSurvey {

    private final YamlReader yaml = new YamlReader();
    private final MarkdownRenderer markdown = new MarkdownRenderer(new MarkdownHtmlCleaner());

    /** The status of the course in {@code source}. */
    public CourseStatus survey(Path source) {
        ProblemCollector problems = new ProblemCollector();
        SourceSet sources = new ContentScanner().scan(source, problems);
        SiteAssembler.Sources bound = new SourceBinder(new FrontMatterParser(yaml), Memo.none()).bind(sources, problems);
        Set<String> slugs = new TreeSet<>(bound.caseFolders());
        bound.answers().forEach(a -> slugs.add(a.caseSlug()));
        Set<String> compared = new TreeSet<>();
        bound.comparisons().forEach(c -> c.cases().stream().map(Located::value).forEach(compared::add));
        List<CourseStatus.CaseStatus> cases = new ArrayList<>();
        for (String slug : slugs) {
            String title = bound.cases().stream().filter(c -> c.slug().equals(slug)).map(BoundCase::title)
                    .findFirst().orElse("");
            List<BoundAnswer> answers = bound.answers().stream().filter(a -> a.caseSlug().equals(slug)).toList();
            cases.add(caseStatus(slug, title, answers, compared.contains(slug)));
        }
        int unreadable = (int) problems.report().problems().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).map(Problem::path).distinct().count();
        return new CourseStatus(cases, new DuplicateAnswers().among(bound.answers()), unreadable);
    }

    private CourseStatus.CaseStatus caseStatus(String slug, String title, List<BoundAnswer> answers, boolean compared) {
        List<BoundAnswer> curated = withStatus(answers, AnswerStatus.CURATED);
        List<BoundAnswer> pending = withStatus(answers, AnswerStatus.PENDING);
        List<Problem> staleQuotes = new ArrayList<>();
        for (BoundAnswer a : answers) {
            if (a.status() != AnswerStatus.REJECTED && !a.quotes().isEmpty()) {
                staleQuotes.addAll(AnswerQuotes.check(a.path(), "answer", a.quotes(), markdown.render(a.body(), "")).problems());
            }
        }
        return new CourseStatus.CaseStatus(slug, title, curated.size(), pending.size(),
                withStatus(answers, AnswerStatus.REJECTED).size(), paths(pending),
                paths(curated.stream().filter(a -> a.themes().isEmpty()).toList()),
                compared ? paths(curated.stream().filter(a -> a.positions().isEmpty()).toList()) : List.of(),
                staleQuotes.stream().sorted(Problem.READING_ORDER).toList());
    }

    private static List<BoundAnswer> withStatus(List<BoundAnswer> answers, AnswerStatus status) {
        return answers.stream().filter(a -> a.status() == status).toList();
    }

    private static List<String> paths(List<BoundAnswer> answers) {
        return answers.stream().map(BoundAnswer::path).sorted().toList();
    }
}
