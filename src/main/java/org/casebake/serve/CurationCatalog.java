package org.casebake.serve;

import org.casebake.assemble.StudentNames;
import org.casebake.authoring.AnswerFiles;
import org.casebake.authoring.EditRefused;
import org.casebake.config.SiteConfig;
import org.casebake.config.SiteConfigLoader;
import org.casebake.model.Comparison;
import org.casebake.model.Question;
import org.casebake.parse.FrontMatterDocument;
import org.casebake.parse.FrontMatterParser;
import org.casebake.parse.Markdown;
import org.casebake.parse.RenderedText;
import org.casebake.parse.YamlNode;
import org.casebake.parse.YamlReader;
import org.casebake.problem.ProblemCollector;
import org.casebake.source.ContentScanner;
import org.casebake.source.SourceFile;
import org.casebake.source.SourceKind;
import org.casebake.source.SourceSet;
import org.casebake.validate.AnswerBinder;
import org.casebake.validate.BoundCase;
import org.casebake.validate.BoundComparison;
import org.casebake.validate.CaseBinder;
import org.casebake.validate.ComparisonBinder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the curation view shows, read from the site folder at each request (never from a build, which
 * leaves out pending and rejected answers): the course settings, the cases with their questions, every
 * answer file of a case in every status, and the comparisons covering the case. An answer whose front
 * matter has problems is still listed, with its problems.
 */
final class CurationCatalog {

    private static final Pattern SUBJECT = Pattern.compile("^#.*\\bsubject \"((?:[^\"\\\\]|\\\\.)*)\"", Pattern.MULTILINE);

    private final Path source;
    private final AnswerFiles files;
    private final Markdown markdown;
    private final YamlReader yaml = new YamlReader();

    CurationCatalog(Path source, AnswerFiles files, Markdown markdown) {
        this.source = source;
        this.files = files;
        this.markdown = markdown;
    }

    /** The site as the curation view sees it: empty config when {@code site-config.yml} has problems. */
    record Site(Optional<SiteConfig> config, List<String> problems, List<CaseFile> cases, List<BoundComparison> comparisons,
                SourceSet sources) {
    }

    /** A case, with the number of answers in each status. */
    record CaseFile(String slug, String title, List<Question> questions, int pending, int curated, int rejected) {
    }

    /** A position as written in an answer: {@code quote} is "" when it has none. */
    record PositionEntry(String dimension, String side, String view, String quote) {
    }

    /** One answer file as the view shows it: its fields as written, its text rendered as students see it. */
    record Answer(String path, String stem, String version, String author, String status, boolean featured,
                  List<String> questions, List<String> themes, List<PositionEntry> positions, String submitted,
                  String replyTo, String subject, String html, List<String> problems) {
    }

    /** Reads the settings, the cases and the comparisons. */
    Site site() {
        ProblemCollector problems = new ProblemCollector();
        Optional<SiteConfig> config = new SiteConfigLoader(yaml).load(source, problems);
        SourceSet sources = new ContentScanner().scan(source, problems);
        FrontMatterParser parser = new FrontMatterParser(yaml);
        List<BoundComparison> comparisons = new ArrayList<>();
        for (SourceFile file : sources.ofKind(SourceKind.COMPARISON)) {
            parser.parse(file, problems).flatMap(doc -> new ComparisonBinder().bind(doc, problems)).ifPresent(comparisons::add);
        }
        List<CaseFile> cases = new ArrayList<>();
        for (SourceFile file : sources.ofKind(SourceKind.CASE)) {
            Optional<BoundCase> bound = parser.parse(file, problems).flatMap(doc -> new CaseBinder().bind(doc, problems));
            String slug = file.caseSlug();
            int[] counts = new int[3];
            for (SourceFile answer : answersOf(sources, slug)) {
                String status = parser.parse(answer, new ProblemCollector()).map(doc -> text(doc.fields(), "status"))
                        .orElse("pending");
                counts[status.equals("rejected") ? 2 : status.equals("pending") ? 0 : 1]++;
            }
            cases.add(new CaseFile(slug, bound.map(BoundCase::title).orElse(slug), bound.map(BoundCase::questions).orElse(List.of()),
                    counts[0], counts[1], counts[2]));
        }
        return new Site(config, problems.report().formatLines(), cases, comparisons, sources);
    }

    /** Every answer of case {@code slug}, pending first, then curated, then rejected, each by file name. */
    List<Answer> answers(Site site, String slug) {
        List<SourceFile> sources = answersOf(site.sources(), slug);
        List<Answer> answers = new ArrayList<>();
        for (SourceFile scanned : sources) {
            answer(scanned.path()).ifPresent(answers::add);
        }
        Map<String, String> labels = labels(site, answers);
        List<Answer> named = new ArrayList<>();
        for (Answer a : answers) {
            named.add(new Answer(a.path(), a.stem(), a.version(), labels.getOrDefault(a.author(), a.author()), a.status(),
                    a.featured(), a.questions(), a.themes(), a.positions(), a.submitted(), a.replyTo(), a.subject(), a.html(),
                    a.problems()));
        }
        named.sort(Comparator.comparingInt((Answer a) -> rank(a.status())).thenComparing(Answer::path));
        return named;
    }

    /** The comparisons whose cases include {@code slug}: where its answers' positions belong. */
    static List<BoundComparison> covering(Site site, String slug) {
        return site.comparisons().stream().filter(c -> c.cases().stream().anyMatch(l -> l.value().equals(slug))).toList();
    }

    private Optional<Answer> answer(String path) {
        AnswerFiles.Current current;
        try {
            current = files.read(path);
        } catch (EditRefused e) {
            return Optional.empty(); // behind a link, or gone since the scan: not offered for curation
        }
        String text = current.text().replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        SourceFile file = new SourceFile(path, SourceKind.ANSWER, text);
        ProblemCollector problems = new ProblemCollector();
        Optional<FrontMatterDocument> parsed = new FrontMatterParser(yaml).parse(file, problems);
        String stem = file.stem();
        if (parsed.isEmpty()) {
            return Optional.of(new Answer(path, stem, current.version(), "", "pending", false, List.of(), List.of(), List.of(),
                    "", "", "", "", problems.report().formatLines()));
        }
        FrontMatterDocument doc = parsed.get();
        new AnswerBinder().bind(doc, problems);
        YamlNode.Mapping fields = doc.fields();
        Matcher subject = SUBJECT.matcher(text.substring(0, Math.min(text.length(), text.indexOf("\n---") + 1)));
        String html = markdown.render(doc.body(), "text-" + stem + "-").html().replace(RenderedText.SITE_ROOT, "../../../");
        return Optional.of(new Answer(path, stem, current.version(), text(fields, "author"), status(fields),
                text(fields, "featured").equals("true"), texts(fields, "questions"), texts(fields, "themes"), positions(fields),
                text(fields, "submitted"), text(fields, "replyTo"),
                subject.find() ? subject.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : "", html,
                problems.report().formatLines()));
    }

    private Map<String, String> labels(Site site, List<Answer> answers) {
        if (site.config().isEmpty()) {
            return Map.of();
        }
        List<String> authors = answers.stream().map(Answer::author).filter(a -> !a.isBlank()).distinct().toList();
        return new StudentNames(site.config().get().privacy(), authors).labels(authors);
    }

    private static List<SourceFile> answersOf(SourceSet sources, String slug) {
        return sources.ofKind(SourceKind.ANSWER).stream().filter(a -> a.caseSlug().equals(slug)).toList();
    }

    private static int rank(String status) {
        return status.equals("pending") ? 0 : status.equals("curated") ? 1 : 2;
    }

    private static String status(YamlNode.Mapping fields) {
        String status = text(fields, "status");
        return status.isEmpty() ? "curated" : status;
    }

    private static String text(YamlNode.Mapping fields, String key) {
        return fields.entry(key).map(YamlNode.Entry::value)
                .map(v -> v instanceof YamlNode.Scalar s ? s.text().strip() : "").orElse("");
    }

    private static List<String> texts(YamlNode.Mapping fields, String key) {
        Optional<YamlNode> value = fields.entry(key).map(YamlNode.Entry::value);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof YamlNode.Sequence seq) {
            return seq.items().stream().filter(i -> i instanceof YamlNode.Scalar).map(i -> ((YamlNode.Scalar) i).text().strip())
                    .toList();
        }
        String one = text(fields, key);
        return one.isEmpty() ? List.of() : List.of(one);
    }

    private static List<PositionEntry> positions(YamlNode.Mapping fields) {
        Optional<YamlNode> value = fields.entry("positions").map(YamlNode.Entry::value);
        List<PositionEntry> positions = new ArrayList<>();
        if (value.isPresent() && value.get() instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                YamlNode.Mapping map = item instanceof YamlNode.Mapping m ? m : new YamlNode.Mapping(List.of(), 0, 0);
                positions.add(new PositionEntry(text(map, "dimension"), text(map, "side"), text(map, "view"), text(map, "quote")));
            }
        }
        return positions;
    }

    /** The theme slugs and labels answers may use, sorted by slug: the settings' {@code themes}. */
    static Map<String, String> themes(Site site) {
        return new TreeMap<>(site.config().map(SiteConfig::themes).orElse(Map.of()));
    }

    /** The sides of the comparisons covering a case, by id. */
    static Map<String, String> sides(List<BoundComparison> comparisons) {
        Map<String, String> sides = new TreeMap<>();
        for (BoundComparison c : comparisons) {
            for (Comparison.Side side : c.sides()) {
                sides.putIfAbsent(side.id(), side.label());
            }
        }
        return sides;
    }
}
