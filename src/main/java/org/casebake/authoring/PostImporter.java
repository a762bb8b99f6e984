package org.casebake.authoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebake.authoring.ColumnMapping.Role;
import org.casebake.config.StaffNames;
import org.casebake.model.AnswerStatus;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;
import org.casebake.source.ContentLayout;

/**
 * Imports the posts of a discussion board export into a case as pending answer files, one per post,
 * numbered after the answers already there. A post whose import key is already in the case is not
 * written again; posts by the course staff are reported and left out; a reply names the answer it replies
 * to; a row that cannot become a post is reported and skipped; no file is ever overwritten.
 */
public final class PostImporter {

    private final ContentLayout layout;
    private final ExistingContent existing;
    private final BodyConverter bodies = new BodyConverter();

    /** An importer for one site folder. */
    public PostImporter(ContentLayout layout) {
        this.layout = layout;
        this.existing = new ExistingContent(layout);
    }

    /** Runs the import; usage errors and unreadable case files stop it before anything is written. */
    public ImportSummary run(ImportRequest request) throws UsageException, ContentException, IOException {
        Slug caseSlug = Scaffolder.existingCase(layout, request.caseSlug());
        List<String> caseQuestions = existing.questionIds(caseSlug.value());
        List<String> questions = Scaffolder.chooseQuestions(request.questions(), caseQuestions, caseSlug);
        ExportFormat format = request.format() == null ? null : ExportFormat.named(request.format());
        DiscussionQuestions.Mode mapping = request.questionFrom() == null ? null
                : DiscussionQuestions.Mode.named(request.questionFrom());
        Map<Role, String> overrides = ColumnMapping.parseOverrides(request.map());
        List<String> staff = new ArrayList<>(existing.courseStaff());
        staff.addAll(request.excludedAuthors());
        String shown = request.exportFile().toString().replace('\\', '/');

        ExportTable table = new ExportReader().read(request.exportFile(), shown, format);
        PostExtractor.Extraction extraction = new PostExtractor()
                .extract(table, ColumnMapping.of(table.format(), overrides), shown);
        List<Problem> problems = new ArrayList<>(extraction.problems());
        DiscussionQuestions byDiscussion = mapping == null ? null
                : new DiscussionQuestions(mapping, extraction.posts(), caseQuestions, shown, problems);
        Batch batch = new Batch(new AnswerFolder(layout, caseSlug), questions, byDiscussion, new StaffNames(staff),
                shown, request.exportFile().getFileName().toString());
        return batch.write(extraction.posts(), problems, extraction.skipped());
    }

    /** One import's posts on their way to answer files. */
    private final class Batch {
        private final AnswerFolder answers;
        private final List<String> questions;
        private final DiscussionQuestions byDiscussion;
        private final StaffNames staff;
        private final String shown;
        private final String exportName;

        Batch(AnswerFolder answers, List<String> questions, DiscussionQuestions byDiscussion, StaffNames staff,
                String shown, String exportName) {
            this.answers = answers;
            this.questions = questions;
            this.byDiscussion = byDiscussion;
            this.staff = staff;
            this.shown = shown;
            this.exportName = exportName;
        }

        ImportSummary write(List<BoardPost> posts, List<Problem> found, int skippedRows)
                throws IOException, ContentException {
            Map<String, String> stemsByKey = existingStems();
            ProblemCollector problems = new ProblemCollector();
            found.forEach(problems::add);
            Map<String, String> stemsById = new HashMap<>();
            Map<String, String> staffPosts = new HashMap<>();
            List<String> written = new ArrayList<>();
            int present = 0;
            int skipped = skippedRows;
            for (BoardPost post : parentsFirst(posts)) {
                String label = post.postId().isEmpty() ? "the post" : "post " + post.postId();
                if (staff.includes(post.author())) {
                    problems.add(warning(post, label + " is by " + post.author() + " of the course staff; not imported",
                            null));
                    staffPosts.put(post.postId(), post.author());
                    skipped++;
                    continue;
                }
                String key = ImportKey.of(post).value();
                if (stemsByKey.containsKey(key)) {
                    stemsById.put(post.postId(), stemsByKey.get(key));
                    present++;
                    continue;
                }
                String body = bodies.toMarkdown(post.text(), post.format());
                if (body.isBlank()) {
                    problems.error(shown, post.line(), 0, "the message is empty once unsafe HTML is removed", null);
                    skipped++;
                    continue;
                }
                if (post.hasAttachment()) {
                    problems.add(warning(post, label + " has " + (post.attachment().matches("\\d+") ? "an attachment"
                            : "the attachment " + post.attachment()) + ", which is not imported",
                            "add what matters of it to the answer by hand"));
                }
                String replyTo = post.isReply() ? stemsById.get(post.parentId()) : null;
                Path file = answers.write(answer(post, key, body, replyTo, staffPosts.get(post.parentId())));
                stemsById.put(post.postId(), stem(file));
                stemsByKey.put(key, stem(file));
                written.add(layout.display(file));
            }
            return new ImportSummary(written, present, skipped, problems.report());
        }

        private AnswerDocument answer(BoardPost post, String key, String body, String replyTo, String staffParent) {
            String origin = post.postId().isEmpty() ? "the row on line " + post.line() : "post " + post.postId();
            List<String> guide = new ArrayList<>();
            guide.add("Imported from the discussion board: " + origin + " of " + exportName
                    + (post.subject().isEmpty() ? "." : ", subject " + FrontMatterWriter.quote(post.subject()) + "."));
            if (staffParent != null) {
                guide.add("It replies to post " + post.parentId() + " by the course staff, which was not imported.");
            }
            guide.add("Curate it: status \"curated\" publishes it, \"rejected\" keeps it off the site for good.");
            guide.add("Check questions, and add themes, featured or positions if you like. Leave importKey as it is:");
            guide.add("it is how casebake import recognises this post next time.");
            List<String> filed = byDiscussion == null ? questions : byDiscussion.questionsOf(post, questions);
            return new AnswerDocument(post.author(), filed, AnswerStatus.PENDING, post.submitted(), replyTo, key, guide, body);
        }

        private Map<String, String> existingStems() throws IOException, ContentException {
            Map<String, String> stems = new HashMap<>();
            for (Path file : answers.answerFiles()) {
                existing.importKey(file).ifPresent(key -> stems.put(key, stem(file)));
            }
            return stems;
        }

        private Problem warning(BoardPost post, String message, String hint) {
            return Problem.warning(shown, post.line(), 0, message, hint);
        }
    }

    /** The posts in export order, except that a reply never comes before the post it replies to. */
    static List<BoardPost> parentsFirst(List<BoardPost> posts) {
        Map<String, BoardPost> byId = new LinkedHashMap<>();
        posts.stream().filter(post -> !post.postId().isEmpty()).forEach(post -> byId.putIfAbsent(post.postId(), post));
        List<BoardPost> ordered = new ArrayList<>();
        java.util.Set<BoardPost> placed = new java.util.HashSet<>();
        for (BoardPost post : posts) {
            List<BoardPost> chain = new ArrayList<>();
            BoardPost at = post;
            while (at != null && !placed.contains(at) && !chain.contains(at)) {
                chain.add(0, at);
                at = at.isReply() ? byId.get(at.parentId()) : null;
            }
            for (BoardPost link : chain) {
                if (placed.add(link)) {
                    ordered.add(link);
                }
            }
        }
        return ordered;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
