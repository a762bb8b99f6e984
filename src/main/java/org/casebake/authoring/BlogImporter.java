package org.casebake.authoring;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casebake.config.StaffNames;
import org.casebake.model.AnswerStatus;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;
import org.casebake.source.ContentLayout;

/**
 * Imports posts of a WordPress export as draft cases, each approved comment of a post becoming a pending
 * answer of its case. A post whose case folder already exists updates nothing unless new comments are
 * asked for; a comment whose import key is already in the case is never written twice; no file is ever
 * overwritten.
 */
public final class BlogImporter {

    private static final String PLACEHOLDER_QUESTION = "Write the discussion question here.";

    private final ContentLayout layout;
    private final long maxBytes;
    private final ExistingContent existing;
    private final QuestionFinder questionFinder = new QuestionFinder();
    private final WordPressText wordPress = new WordPressText();
    private final BodyConverter bodies = new BodyConverter();
    private final PostDateReader dates = new PostDateReader();

    /** An importer for one site folder, refusing exports over {@code maxBytes}. */
    public BlogImporter(ContentLayout layout, long maxBytes) {
        this.layout = layout;
        this.maxBytes = maxBytes;
        this.existing = new ExistingContent(layout);
    }

    /** Runs the import; usage errors and unreadable case files stop it before anything more is written. */
    public BlogImportSummary run(BlogImportRequest request) throws UsageException, ContentException, IOException {
        String shown = request.exportFile().toString().replace('\\', '/');
        WxrReader.Result read = new WxrReader(maxBytes).read(request.exportFile(), shown);
        ProblemCollector problems = new ProblemCollector();
        if (read.problem() != null) {
            problems.add(read.problem());
            return new BlogImportSummary(List.of(), problems.report());
        }
        BlogExport export = read.export();
        List<BlogPost> chosen = new PostChooser().choose(export, request.posts());
        if (request.caseSlug() != null && chosen.size() > 1) {
            throw new UsageException("--case names one case, but " + chosen.size() + " posts were chosen",
                    "choose one post with --post SLUG or leave --case out");
        }
        List<String> others = new ArrayList<>(request.excludedAuthors());
        others.addAll(existing.courseStaff());
        List<String> lines = new ArrayList<>();
        for (BlogPost post : chosen) {
            Slug slug = request.caseSlug() != null ? Slug.parse("case", request.caseSlug()) : slugOf(post);
            PostContext context = new PostContext(export, post, slug, shown,
                    request.exportFile().getFileName().toString(), staffIds(export, post),
                    staffNames(export, post, others));
            importPost(context, request.addNewComments(), lines, problems);
        }
        return new BlogImportSummary(lines, problems.report());
    }

    /** Everything about one post that its case and answers are written from. */
    private record PostContext(BlogExport export, BlogPost post, Slug slug, String shown, String exportName,
            Set<String> staffIds, StaffNames staffNames) {

        String origin() {
            return "post " + post.id() + " of " + exportName;
        }
    }

    private void importPost(PostContext context, boolean addNewComments, List<String> lines, ProblemCollector problems)
            throws IOException, ContentException {
        Path index = layout.caseIndex(context.slug().value());
        List<String> questionIds;
        if (Files.exists(index)) {
            if (!addNewComments) {
                lines.add(postLabel(context) + ": " + layout.display(index) + " exists, so it was imported before;"
                        + " nothing updated (--add-new-comments adds comments written since)");
                return;
            }
            questionIds = existing.questionIds(context.slug().value());
        } else {
            ImportedCase imported = importedCase(context, problems);
            writeNew(index, imported.text());
            lines.add("created " + layout.display(index) + " (draft, " + imported.questions().size()
                    + (imported.questions().size() == 1 ? " question)" : " questions)"));
            questionIds = imported.questionIds();
        }
        CommentImport comments = new CommentImport(layout, context.slug(), existing);
        comments.run(context, questionIds, problems, lines);
    }

    private ImportedCase importedCase(PostContext context, ProblemCollector problems) {
        BlogPost post = context.post();
        String markdown = bodies.toMarkdown(wordPress.toHtml(post.content()), BoardPost.TextFormat.HTML);
        QuestionFinder.Found found = questionFinder.find(markdown);
        List<String> questions = found.questions();
        if (questions.isEmpty()) {
            questions = List.of(PLACEHOLDER_QUESTION);
            problems.add(Problem.warning(context.shown(), post.line(), 0,
                    postLabel(context) + " has no numbered list under a \"Questions\" heading or paragraph;"
                            + " its case got one placeholder question",
                    "write the questions into " + layout.display(layout.caseIndex(context.slug().value()))));
        }
        String url = post.link().matches("(?i)https?://\\S+") ? post.link() : "";
        List<String> guide = List.of(
                "Imported from the blog " + FrontMatterWriter.quote(context.export().title()) + ": "
                        + context.origin() + ".",
                "status \"draft\" keeps the case off the student site; change it to \"published\" to publish it.",
                "Check the questions: each answer imported with the case is filed under all of them.");
        return new ImportedCase(post.title().isEmpty() ? context.slug().asTitle() : post.title(),
                day(post.date()), context.export().title(), url, questions, guide, found.text());
    }

    private LocalDate day(String wordPressDate) {
        if (WordPressText.isEmptyDate(wordPressDate)) {
            return null;
        }
        try {
            return dates.read(wordPressDate);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String postLabel(PostContext context) {
        return "post " + context.post().id() + " (" + FrontMatterWriter.quote(context.post().title()) + ")";
    }

    private static Set<String> staffIds(BlogExport export, BlogPost post) {
        Set<String> ids = new HashSet<>();
        BlogExport.BlogAuthor author = export.authorsByLogin().get(post.creator());
        if (author != null && !author.id().isEmpty()) {
            ids.add(author.id());
        }
        return ids;
    }

    private static StaffNames staffNames(BlogExport export, BlogPost post, List<String> others) {
        List<String> names = new ArrayList<>(others);
        BlogExport.BlogAuthor author = export.authorsByLogin().get(post.creator());
        if (author != null) {
            names.add(author.displayName());
        }
        names.add(post.creator());
        return new StaffNames(names);
    }

    private static Slug slugOf(BlogPost post) {
        String decoded;
        try {
            decoded = URLDecoder.decode(post.slug(), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = post.slug();
        }
        String base = decoded.isBlank() ? post.title() : decoded;
        String slug = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return new Slug(slug.isEmpty() ? "post-" + post.id().replaceAll("[^0-9a-z]", "") : slug);
    }

    private void writeNew(Path file, String text) throws IOException, ContentException {
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ContentException(Problem.error(layout.display(file), "the file already exists",
                    "Casebake never overwrites a file; move it away and run the command again"));
        }
    }

    /** Writes the answers of one post. */
    private final class CommentImport {
        private final AnswerFolder answers;
        private final ExistingContent reader;

        CommentImport(ContentLayout layout, Slug slug, ExistingContent reader) {
            this.answers = new AnswerFolder(layout, slug);
            this.reader = reader;
        }

        void run(PostContext context, List<String> questionIds, ProblemCollector problems, List<String> lines)
                throws IOException, ContentException {
            Map<String, String> stemsByKey = new HashMap<>();
            for (Path file : answers.answerFiles()) {
                reader.importKey(file).ifPresent(key -> stemsByKey.put(key, stem(file)));
            }
            CommentTally tally = new CommentTally();
            Map<String, String> stemsById = new HashMap<>();
            Map<String, CommentKind> skippedById = new HashMap<>();
            for (BlogComment comment : CommentTally.chronological(context.post().comments())) {
                CommentKind kind = CommentKind.of(comment, context.staffIds(), context.staffNames());
                if (kind != CommentKind.ANSWER) {
                    tally.skip(kind);
                    skippedById.put(comment.id(), kind);
                    if (kind == CommentKind.STAFF) {
                        problems.add(Problem.warning(context.shown(), comment.line(), 0,
                                "comment " + comment.id() + " on " + postLabel(context) + " is by "
                                        + comment.author() + " of the course staff; not imported", null));
                    }
                    continue;
                }
                LocalDate submitted = day(WordPressText.isEmptyDate(comment.dateGmt()) ? comment.date()
                        : comment.dateGmt());
                String key = ImportKey.of(comment.author(), submitted, comment.content()).value();
                if (stemsByKey.containsKey(key)) {
                    stemsById.put(comment.id(), stemsByKey.get(key));
                    tally.present();
                    continue;
                }
                String body = bodies.toMarkdown(wordPress.toHtml(comment.content()), BoardPost.TextFormat.HTML);
                if (body.isBlank() || comment.author().isBlank()) {
                    problems.error(context.shown(), comment.line(), 0, "comment " + comment.id() + " has "
                            + (body.isBlank() ? "no text once unsafe HTML is removed" : "no author"), null);
                    continue;
                }
                String replyTo = stemsById.get(comment.parent());
                List<String> guide = guide(context, comment, skippedById.get(comment.parent()));
                Path file = answers.write(new AnswerDocument(comment.author(), questionIds, AnswerStatus.PENDING, submitted,
                        replyTo, key, guide, body));
                stemsById.put(comment.id(), stem(file));
                stemsByKey.put(key, stem(file));
                tally.written();
                lines.add("created " + layout.display(file));
            }
            lines.add(postLabel(context) + ": " + tally.line());
        }

        private List<String> guide(PostContext context, BlogComment comment, CommentKind skippedParent) {
            List<String> guide = new ArrayList<>();
            guide.add("Imported from the blog: comment " + comment.id() + " on " + context.origin() + ".");
            if (skippedParent != null) {
                guide.add("It replies to comment " + comment.parent() + ", which was not imported ("
                        + skippedParent.label() + ").");
            }
            guide.add("Curate it: status \"curated\" publishes it, \"rejected\" keeps it off the site for good.");
            guide.add("Check questions, and add themes, featured or positions if you like. Leave importKey as it is:");
            guide.add("it is how casebake import-blog recognises this comment next time.");
            return guide;
        }

        private static String stem(Path file) {
            String name = file.getFileName().toString();
            return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        }
    }
}
