package org.casebake.assemble;

import org.casebake.parse.FrontMatterDocument;
import org.casebake.parse.FrontMatterParser;
import org.casebake.problem.ProblemCollector;
import org.casebake.problem.ProblemReport;
import org.casebake.source.Memo;
import org.casebake.source.SourceFile;
import org.casebake.source.SourceKind;
import org.casebake.source.SourceSet;
import org.casebake.validate.AnswerBinder;
import org.casebake.validate.CaseBinder;
import org.casebake.validate.ComparisonBinder;
import org.casebake.validate.TeachingNoteBinder;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The parse and validate stages for every source: split front matter, then check it with the
 * binder for the file's kind. Files with problems are left out of the result, and every problem
 * is collected, so one build reports all of them.
 */
public final class SourceBinder {

    private final FrontMatterParser frontMatter;
    private final Memo<SourceFile, Bound<?>> bound;

    /**
     * A binder that remembers in {@code bound} what each file bound to: binding is a function of the
     * file's path, kind and text alone, and the kind picks the binder.
     */
    public SourceBinder(FrontMatterParser frontMatter, Memo<SourceFile, Bound<?>> bound) {
        this.frontMatter = frontMatter;
        this.bound = bound;
    }

    public SiteAssembler.Sources bind(SourceSet sources, ProblemCollector problems) {
        Set<String> caseFolders = new TreeSet<>();
        sources.ofKind(SourceKind.CASE).forEach(s -> caseFolders.add(s.caseSlug()));
        CaseBinder cases = new CaseBinder();
        AnswerBinder answers = new AnswerBinder();
        TeachingNoteBinder notes = new TeachingNoteBinder();
        ComparisonBinder comparisons = new ComparisonBinder();
        Set<String> answerFiles = new TreeSet<>();
        sources.ofKind(SourceKind.ANSWER).forEach(s -> answerFiles.add(s.path()));
        return new SiteAssembler.Sources(caseFolders, answerFiles,
                each(sources.ofKind(SourceKind.CASE), cases::bind, problems),
                each(sources.ofKind(SourceKind.ANSWER), answers::bind, problems),
                each(sources.ofKind(SourceKind.TEACHING_NOTE), notes::bind, problems),
                each(sources.ofKind(SourceKind.COMPARISON), comparisons::bind, problems),
                sources.besideFiles());
    }

    /**
     * Parses and binds each file on its own (in parallel: files are independent), then adds every
     * file's problems in file order, so the report is the same however the work was scheduled.
     */
    private <T> List<T> each(List<SourceFile> files,
                             BiFunction<FrontMatterDocument, ProblemCollector, Optional<T>> binder,
                             ProblemCollector problems) {
        List<Bound<T>> results = files.parallelStream().map(file -> this.<T>bind(file, binder)).toList();
        results.forEach(r -> problems.addAll(r.problems()));
        return results.stream().flatMap(r -> r.value().stream()).toList();
    }

    @SuppressWarnings("unchecked") // the file's kind, part of the key, always picks the same binder and so T
    private <T> Bound<T> bind(SourceFile file, BiFunction<FrontMatterDocument, ProblemCollector, Optional<T>> binder) {
        return (Bound<T>) bound.get(file, f -> {
            ProblemCollector local = new ProblemCollector();
            Optional<T> value = frontMatter.parse(f, local).flatMap(doc -> binder.apply(doc, local));
            return new Bound<>(value, local.report());
        });
    }

    /** What one file bound to, with its problems. */
    public record Bound<T>(Optional<T> value, ProblemReport problems) {
    }
}
