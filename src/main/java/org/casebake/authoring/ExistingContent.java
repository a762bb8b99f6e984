package org.casebake.authoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebake.config.SiteConfigLoader;
import org.casebake.parse.FrontMatterDocument;
import org.casebake.parse.FrontMatterParser;
import org.casebake.parse.YamlNode;
import org.casebake.parse.YamlReader;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;
import org.casebake.source.ContentLayout;
import org.casebake.source.ContentScanner;
import org.casebake.source.SiteFolder;

/**
 * The few things the authoring commands read from a site's existing files: a case's question ids,
 * an answer's import key and the course staff. Files are read by the build's own scanner and front
 * matter parser, so a file reads the same here as in {@code casebake build}; the first problem found
 * stops the command.
 *
 * <p>Lenient where the build is strict: a field of the wrong shape reads as absent, because checking
 * the fields is {@code casebake check}'s job, not an import's.
 */
public final class ExistingContent {

    private final ContentLayout layout;
    private final YamlReader yaml = new YamlReader();
    private final FrontMatterParser frontMatter = new FrontMatterParser(yaml);

    /** The content of one site folder. */
    public ExistingContent(ContentLayout layout) {
        this.layout = layout;
    }

    /** The ids of a case's questions, in the order the case lists them; at least one. */
    public List<String> questionIds(String caseSlug) throws ContentException {
        String path = ContentLayout.casePath(caseSlug);
        List<String> ids = new ArrayList<>();
        for (YamlNode question : items(field(fields(path), "questions"))) {
            text(field(question, "id")).ifPresent(ids::add);
        }
        if (ids.isEmpty()) {
            throw new ContentException(Problem.error(path, "the case has no questions",
                    "add at least one under 'questions:' with an id and a prompt"));
        }
        return List.copyOf(ids);
    }

    /** The {@code importKey} of an answer file, if it has one. */
    public Optional<String> importKey(Path answer) throws ContentException {
        return text(field(fields(layout.display(answer)), "importKey"));
    }

    /**
     * The course staff named in {@code site-config.yml}: {@code course.instructor} and the
     * {@code course.staff} list; empty when the file or the fields are missing.
     */
    public List<String> courseStaff() throws ContentException {
        ProblemCollector problems = new ProblemCollector();
        Optional<SiteFolder.Entry> file = SiteFolder.of(layout.siteFolder()).file(SiteConfigLoader.FILE_NAME, problems);
        Optional<YamlNode> settings = file.flatMap(f -> ContentScanner.readText(f, problems))
                .flatMap(text -> yaml.read(text, SiteConfigLoader.FILE_NAME, 1, problems));
        stopOnError(problems);
        Optional<YamlNode> course = settings.flatMap(root -> field(root, "course"));
        List<String> names = new ArrayList<>();
        text(course.flatMap(c -> field(c, "instructor"))).ifPresent(names::add);
        for (YamlNode member : items(course.flatMap(c -> field(c, "staff")))) {
            text(Optional.of(member)).ifPresent(names::add);
        }
        return List.copyOf(names);
    }

    private YamlNode fields(String path) throws ContentException {
        ProblemCollector problems = new ProblemCollector();
        Optional<FrontMatterDocument> document = ContentScanner.readSource(layout.siteFolder(), path, problems)
                .flatMap(source -> frontMatter.parse(source, problems));
        stopOnError(problems);
        return document.orElseThrow().fields();
    }

    private static void stopOnError(ProblemCollector problems) throws ContentException {
        Optional<Problem> first = problems.report().problems().stream()
                .filter(p -> p.severity() == Problem.Severity.ERROR).findFirst();
        if (first.isPresent()) {
            throw new ContentException(first.get());
        }
    }

    private static Optional<YamlNode> field(YamlNode node, String key) {
        return node instanceof YamlNode.Mapping mapping ? mapping.entry(key).map(YamlNode.Entry::value) : Optional.empty();
    }

    private static Optional<YamlNode> field(Optional<YamlNode> node, String key) {
        return node.flatMap(n -> field(n, key));
    }

    private static List<YamlNode> items(Optional<YamlNode> node) {
        return node.filter(YamlNode.Sequence.class::isInstance).map(n -> ((YamlNode.Sequence) n).items()).orElse(List.of());
    }

    /** A scalar's text when it is not blank; a number or a date reads as written. */
    private static Optional<String> text(Optional<YamlNode> node) {
        return node.filter(YamlNode.Scalar.class::isInstance).map(n -> (YamlNode.Scalar) n)
                .filter(s -> s.type() != YamlNode.ScalarType.NULL && !s.text().isBlank())
                .map(YamlNode.Scalar::text);
    }
}
