package org.casebake.assemble;

import org.casebake.config.SiteConfig;
import org.casebake.config.StaffNames;
import org.casebake.model.AnswerStatus;
import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.model.CaseStudy;
import org.casebake.model.Comparison;
import org.casebake.model.Position;
import org.casebake.model.Question;
import org.casebake.model.Site;
import org.casebake.model.StudentAnswer;
import org.casebake.model.TeachingNote;
import org.casebake.model.WithheldName;
import org.casebake.parse.LinkRewrites;
import org.casebake.parse.Markdown;
import org.casebake.parse.RenderedText;
import org.casebake.problem.Located;
import org.casebake.problem.ProblemCollector;
import org.casebake.problem.Suggestions;
import org.casebake.source.Memo;
import org.casebake.source.SiteFolder;
import org.casebake.source.SourceKind;
import org.casebake.validate.AnswerParts;
import org.casebake.validate.BoundAnswer;
import org.casebake.validate.BoundCase;
import org.casebake.validate.BoundComparison;
import org.casebake.validate.TeachingNoteBinder.BoundNote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the sources against each other and builds the {@link Site}: what is published and nothing
 * more. Pending and rejected answers, drafts and (for students) teaching notes are dropped here, so
 * no later stage can publish them by mistake; names are replaced by what the privacy setting shows;
 * the files beside the Markdown that published bodies link to are checked and become the site's
 * attachments ({@link LinkResolver}), and no others.
 */
public final class SiteAssembler {

    /**
     * Put before the ids of headings in a case's text, so that a heading such as "Main" or
     * "Questions" cannot take an id the page itself uses.
     */
    static final String CASE_TEXT_IDS = "text-";

    private final Markdown markdown;
    private final Memo<NamesKey, ShownNames> shownNames;
    private final LinkRewrites rewrites;

    /** An assembler that renders Markdown bodies with {@code markdown}. */
    public SiteAssembler(Markdown markdown) {
        this(markdown, Memo.none(), LinkRewrites.none());
    }

    /**
     * An assembler that also keeps, in {@code shownNames}, the names it shows for each set of authors
     * (a long-running caller's rebuilds mostly change no author, and telling students apart reads every name),
     * and rewrites the bodies' links with {@code rewrites} (which may remember each body's last rewrite).
     */
    public SiteAssembler(Markdown markdown, Memo<NamesKey, ShownNames> shownNames, LinkRewrites rewrites) {
        this.markdown = markdown;
        this.shownNames = shownNames;
        this.rewrites = rewrites;
    }

    /**
     * Everything the names shown depend on: the privacy and staff settings, the published cases, and
     * each answer's path, author, case and status (its text is no part of it).
     */
    public record NamesKey(SiteConfig.Privacy privacy, List<String> staff, Set<String> published, List<Authorship> answers) {
    }

    /** One answer as the names shown see it. */
    public record Authorship(String path, String author, String caseSlug, AnswerStatus status) {
    }

    /**
     * The names a site shows and withholds.
     *
     * @param labels   the shown name of every published answer, by path
     * @param withheld every name the privacy guard looks for
     */
    public record ShownNames(Map<String, String> labels, List<WithheldName> withheld) {
    }

    /**
     * The sources of one build, each already checked on its own; {@code caseFolders} and
     * {@code answerFiles} name every case folder and answer file found, also those that did not bind.
     */
    public record Sources(Set<String> caseFolders, Set<String> answerFiles, List<BoundCase> cases, List<BoundAnswer> answers,
                          List<BoundNote> notes, List<BoundComparison> comparisons, List<SiteFolder.Entry> besideFiles) {
    }

    /**
     * Checks the sources against each other: questions, themes, positions and cases named across
     * files. Runs even when some files failed on their own, so one build lists every problem.
     *
     * @param themes the themes declared in site-config.yml (empty when it failed to load)
     */
    public void checkReferences(Map<String, String> themes, Sources sources, ProblemCollector problems) {
        new CrossReferenceChecker(themes, sources, casesBySlug(sources)).check(problems);
    }

    /** Assembles the published site from sources that passed every check. */
    public Site assemble(SiteConfig config, BuildOptions options, Sources sources, ProblemCollector problems) {
        Map<String, BoundCase> casesBySlug = casesBySlug(sources);

        Set<String> published = new TreeSet<>();
        sources.cases().stream().filter(c -> options.withDrafts() || !c.draft()).forEach(c -> published.add(c.slug()));
        StudentNames names = new StudentNames(config.privacy(), sources.answers().stream().map(BoundAnswer::author).toList());
        PublishedPages pages = PublishedPages.of(sources, options, published, names);
        LinkResolver links = new LinkResolver(sources.besideFiles(), pages.published(), pages.unpublished(), config.baseUrl(),
                rewrites);

        // Case texts are long (a few KB each): rendered on both cores, like the answers below.
        List<CaseStudy> cases = sources.cases().parallelStream()
                .filter(c -> published.contains(c.slug()))
                .map(c -> caseStudy(c, links))
                .sorted(Comparator.comparing(CaseStudy::date).reversed().thenComparing(CaseStudy::slug))
                .toList();

        List<BoundAnswer> shown = sources.answers().stream()
                .filter(a -> a.status() == AnswerStatus.CURATED && published.contains(a.caseSlug())).toList();
        NamesKey namesKey = new NamesKey(config.privacy(), config.course().staffNames(), published, sources.answers().stream()
                .map(a -> new Authorship(a.path(), a.author(), a.caseSlug(), a.status())).toList());
        ShownNames shownNames = this.shownNames.get(namesKey, key -> shownNames(config, sources, shown, names));
        Map<String, String> labels = shownNames.labels();
        List<AnswerQuotes> checked = new java.util.ArrayList<>();
        List<StudentAnswer> answers = shown.parallelStream()
                .map(a -> answer(a, casesBySlug.get(a.caseSlug()), labels, names, links, checked))
                .sorted(Comparator.comparing(StudentAnswer::caseSlug)
                        .thenComparing(a -> !a.featured())
                        .thenComparing(StudentAnswer::sourcePath))
                .toList();

        List<TeachingNote> notes = options.audience() != Audience.INSTRUCTOR ? List.of() : sources.notes().stream()
                .filter(n -> published.contains(n.caseSlug()))
                .map(n -> new TeachingNote(n.caseSlug(), n.title(), links.resolve(markdown.render(n.body(), ""),
                        new LinkResolver.Origin(n.path(), SourceKind.TEACHING_NOTE, n.bodyFirstLine())), n.path()))
                .toList();

        List<Comparison> comparisons = sources.comparisons().stream()
                .filter(c -> options.withDrafts() || !c.draft())
                .map(c -> new Comparison(c.slug(), c.title(),
                        c.cases().stream().map(Located::value).filter(published::contains).toList(),
                        c.sides(), c.dimensions(), c.draft(), links.resolve(markdown.render(c.body(), ""),
                        new LinkResolver.Origin(c.path(), SourceKind.COMPARISON, c.bodyFirstLine())), c.path()))
                .sorted(Comparator.comparing(Comparison::slug))
                .toList();

        links.reportTo(problems);
        checked.forEach(q -> q.problems().forEach(problems::add));
        return new Site(config, options.audience(), options.withDrafts(), cases, answers, notes, comparisons,
                shownNames.withheld(), links.attachments());
    }

    private static ShownNames shownNames(SiteConfig config, Sources sources, List<BoundAnswer> shown, StudentNames names) {
        // Labels are told apart within each case: two answers of a case never show the same one. Cases are
        // told apart on their own, so side by side (the labels depend only on each case's set of names).
        Map<String, String> labels = shown.stream().collect(Collectors.groupingBy(BoundAnswer::caseSlug)).values()
                .parallelStream()
                .map(inCase -> {
                    Map<String, String> byAuthor = names.labels(inCase.stream().map(BoundAnswer::author).toList());
                    Map<String, String> byPath = new java.util.HashMap<>();
                    inCase.forEach(a -> byPath.put(a.path(), byAuthor.get(a.author())));
                    return byPath;
                })
                .collect(java.util.HashMap::new, Map::putAll, Map::putAll);
        // A staff member's pending or rejected post (an imported board's opening post) is never published,
        // and their name rightly appears on every page: it must not fail the build.
        StaffNames staff = new StaffNames(config.course().staffNames());
        List<WithheldName> withheld = sources.answers().parallelStream()
                .filter(a -> names.withholds(a.author()))
                .filter(a -> a.status() == AnswerStatus.CURATED || !staff.includes(a.author()))
                .map(a -> new WithheldName(a.author(), a.path(), labels.getOrDefault(a.path(), names.display(a.author()))))
                .toList();
        return new ShownNames(java.util.Collections.unmodifiableMap(labels), withheld);
    }

    private static Map<String, BoundCase> casesBySlug(Sources sources) {
        return sources.cases().stream().collect(Collectors.toMap(BoundCase::slug, Function.identity()));
    }

    private CaseStudy caseStudy(BoundCase c, LinkResolver links) {
        return new CaseStudy(c.slug(), c.title(), c.date(), c.summary(), c.source(), c.tags(), c.questions(), c.draft(),
                links.resolve(markdown.render(c.body(), CASE_TEXT_IDS), new LinkResolver.Origin(c.path(), SourceKind.CASE, c.bodyFirstLine())),
                c.path());
    }

    /** An answer to publish; {@code labels} holds the shown name of every answer published, by path. */
    private StudentAnswer answer(BoundAnswer a, BoundCase theCase, Map<String, String> labels, StudentNames names,
            LinkResolver links, List<AnswerQuotes> checked) {
        String anchor = names.anchor(a.path());
        // Made for every answer on every rebuild: loops over these short lists cost a fraction of streams.
        List<String> questionIds = new ArrayList<>(a.questionIds().size());
        for (Question q : theCase.questions()) {
            if (lists(a.questionIds(), q.id())) {
                questionIds.add(q.id());
            }
        }
        List<String> themes = new ArrayList<>(new TreeSet<>(values(a.themes())));
        List<Position> positions = new ArrayList<>(new LinkedHashSet<>(values(a.positions())));
        RenderedText body = links.resolve(markdown.render(a.body(), anchor + "-"),
                new LinkResolver.Origin(a.path(), SourceKind.ANSWER, a.bodyFirstLine()));
        AnswerQuotes quotes = AnswerQuotes.check(a.path(), anchor, a.quotes(), body);
        synchronized (checked) {
            checked.add(quotes);
        }
        // A reply to an answer that is not published says nothing of it, not even that it exists.
        Optional<StudentAnswer.ReplyTarget> inReplyTo = a.replyToPath().filter(labels::containsKey).map(p -> new StudentAnswer.ReplyTarget(names.anchor(p), labels.get(p)));
        return new StudentAnswer(anchor, a.caseSlug(), labels.get(a.path()), questionIds, a.featured(), a.submitted(),
                inReplyTo, themes, positions, quotes.quotes(), quotes.body(),
                parts(a, anchor, questionIds, links, quotes), a.path());
    }

    private static boolean lists(List<Located<String>> ids, String id) {
        for (Located<String> named : ids) {
            if (named.value().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> values(List<Located<T>> located) {
        List<T> values = new ArrayList<>(located.size());
        for (Located<T> each : located) {
            values.add(each.value());
        }
        return values;
    }

    /**
     * The passages of {@code a} marked in parts, rendered and with their quotes marked, each under the
     * first of the answer's questions its marker names (the page that shows it); several passages under
     * one question are shown together, in the order written. A link in a part is the same link as in the
     * whole body, at the same place, so any problem with it is the one already reported (and counted once).
     */
    private Map<String, RenderedText> parts(BoundAnswer a, String anchor, List<String> questionIds, LinkResolver links,
            AnswerQuotes quotes) {
        if (a.parts().isEmpty()) {
            return Map.of();
        }
        Map<String, RenderedText> parts = new LinkedHashMap<>();
        for (String id : questionIds) {
            List<AnswerParts.Part> homedHere = a.parts().stream()
                    .filter(p -> questionIds.stream().filter(q -> names(p, q)).findFirst().filter(id::equals).isPresent())
                    .toList();
            if (homedHere.isEmpty()) {
                continue;
            }
            // Rendered one passage after another, so each link keeps the line the file gives it.
            List<RenderedText> rendered = homedHere.stream()
                    .map(p -> links.resolve(markdown.render(p.markdown(), anchor + "-" + id + "-"),
                            new LinkResolver.Origin(a.path(), SourceKind.ANSWER, p.firstLine())))
                    .toList();
            parts.put(id, quotes.markedIn(RenderedText.joined(rendered)));
        }
        return parts;
    }

    private static boolean names(AnswerParts.Part part, String questionId) {
        return part.questionIds().stream().anyMatch(q -> q.value().equals(questionId));
    }

    /** Reports the did-you-mean hint for {@code word} among {@code candidates}, or lists them. */
    static String hint(String word, List<String> candidates, String listName) {
        return Suggestions.didYouMean(word, candidates).map(s -> "did you mean '" + s + "'? ").orElse("")
                + listName + ": " + (candidates.isEmpty() ? "none" : String.join(", ", candidates));
    }
}
