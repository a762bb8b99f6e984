package org.casebake.authoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebake.authoring.ColumnMapping.Role;
import org.casebake.problem.ProblemCollector;

/**
 * Imports the posts of a discussion board export into a case as pending answer files, one per post,
 * numbered after the answers already there. A post whose import key is already in the case is not
 * written again; a row that cannot become a post is reported and skipped; no file is ever overwritten.
 */
public final class PostImporter {

    private final ContentLayout layout;
    private final FrontMatterReader frontMatter;
    private final BodyConverter bodies = new BodyConverter();

    /** An importer for one site folder. */
    public PostImporter(ContentLayout layout) {
        this.layout = layout;
        this.frontMatter = new FrontMatterReader(layout);
    }

    /** Runs the import; usage errors and unreadable case files stop it before anything is written. */
    public ImportSummary run(ImportRequest request) throws UsageException, ContentException, IOException {
        Slug caseSlug = Scaffolder.existingCase(layout, request.caseSlug());
        List<String> caseQuestions = frontMatter.questionIds(layout.caseIndex(caseSlug));
        List<String> questions = Scaffolder.chooseQuestions(request.questions(), caseQuestions, caseSlug);
        ExportFormat format = request.format() == null ? null : ExportFormat.named(request.format());
        Map<Role, String> overrides = ColumnMapping.parseOverrides(request.map());
        String shown = request.exportFile().toString().replace('\\', '/');

        ExportTable table = new ExportReader().read(request.exportFile(), shown, format);
        PostExtractor.Extraction extraction = new PostExtractor()
                .extract(table, ColumnMapping.of(table.format(), overrides), shown);
        return write(extraction, new AnswerFolder(layout, caseSlug), questions, shown,
                request.exportFile().getFileName().toString());
    }

    private ImportSummary write(PostExtractor.Extraction extraction, AnswerFolder answers, List<String> questions,
            String shown, String exportName) throws IOException, ContentException {
        Set<String> known = existingKeys(answers);
        ProblemCollector problems = new ProblemCollector();
        extraction.problems().forEach(problems::add);
        List<String> written = new ArrayList<>();
        int present = 0;
        int skipped = extraction.skipped();
        for (BoardPost post : extraction.posts()) {
            ImportKey key = ImportKey.of(post);
            if (known.contains(key.value())) {
                present++;
                continue;
            }
            String body = bodies.toMarkdown(post.text(), post.format());
            if (body.isBlank()) {
                problems.error(shown, post.line(), 0, "the message is empty once unsafe HTML is removed", null);
                skipped++;
                continue;
            }
            known.add(key.value());
            written.add(layout.display(answers.write(answer(post, key, body, questions, exportName))));
        }
        return new ImportSummary(written, present, skipped, problems.report());
    }

    private Set<String> existingKeys(AnswerFolder answers) throws IOException, ContentException {
        Set<String> keys = new HashSet<>();
        for (Path file : answers.answerFiles()) {
            frontMatter.importKey(file).ifPresent(keys::add);
        }
        return keys;
    }

    private static AnswerDocument answer(BoardPost post, ImportKey key, String body, List<String> questions,
            String exportName) {
        String origin = post.postId().isEmpty() ? "the row on line " + post.line() : "post " + post.postId();
        List<String> guide = new ArrayList<>();
        guide.add("Imported from the discussion board: " + origin + " of " + exportName
                + (post.subject().isEmpty() ? "." : ", subject " + FrontMatterWriter.quote(post.subject()) + "."));
        guide.add("Curate it: status \"curated\" publishes it, \"rejected\" keeps it off the site for good.");
        guide.add("Check questions, and add themes, featured or positions if you like. Leave importKey as it is:");
        guide.add("it is how casebake import recognises this post next time.");
        return new AnswerDocument(post.author(), questions, "pending", post.submitted(), key.value(), guide, body);
    }
}
