package org.casebake.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casebake.model.AnswerStatus;
import org.casebake.problem.Problem;
import org.casebake.source.ContentLayout;

/**
 * Writes the starter files of {@code casebake new}: a case, an answer, a comparison. Checks the names
 * and ids it is given against the content, and refuses to overwrite anything.
 */
public final class Scaffolder {

    private final ContentLayout layout;
    private final Clock clock;
    private final StarterFiles starters = new StarterFiles();

    /** A scaffolder for one site folder; {@code clock} gives today's date for new files. */
    public Scaffolder(ContentLayout layout, Clock clock) {
        this.layout = layout;
        this.clock = clock;
    }

    /** Writes {@code content/cases/<slug>/index.md}; a null title is derived from the slug. */
    public Path newCase(String slugText, String title) throws UsageException, ContentException, IOException {
        Slug slug = Slug.parse("case", slugText);
        String text = starters.caseStudy(title == null ? slug.asTitle() : title, LocalDate.now(clock));
        return writeNew(layout.caseIndex(slug.value()), text);
    }

    /**
     * Writes the next numbered answer of a case. Null {@code questions} means all the case's questions;
     * a null {@code submitted} means today.
     */
    public Path newAnswer(String caseText, String author, List<String> questions, String status, String submitted)
            throws UsageException, ContentException, IOException {
        Slug caseSlug = existingCase(layout, caseText);
        if (author == null || author.isBlank()) {
            throw new UsageException("the answer needs an author", "give the student's name with --author");
        }
        Optional<AnswerStatus> chosenStatus = AnswerStatus.ofWord(status);
        if (chosenStatus.isEmpty()) {
            throw new UsageException("unknown status '" + status + "'", "use " + String.join(", ", AnswerStatus.words()));
        }
        List<String> caseQuestions = new ExistingContent(layout).questionIds(caseSlug.value());
        List<String> chosen = chooseQuestions(questions, caseQuestions, caseSlug);
        LocalDate date = submitted == null ? LocalDate.now(clock) : submissionDate(submitted);
        AnswerDocument answer = starters.answer(author.strip(), chosen, caseQuestions, chosenStatus.get(), date);
        return new AnswerFolder(layout, caseSlug).write(answer);
    }

    /** Writes {@code content/comparisons/<slug>.md}; null {@code cases} means every case of the site. */
    public Path newComparison(String slugText, String title, List<String> cases)
            throws UsageException, ContentException, IOException {
        Slug slug = Slug.parse("comparison", slugText);
        List<String> known = layout.caseSlugs();
        List<String> chosen = cases == null ? known : cases;
        if (chosen.isEmpty()) {
            throw new UsageException("there are no cases to compare yet",
                    "create one first with: casebake new case <slug>");
        }
        for (String name : chosen) {
            if (!known.contains(name)) {
                throw new UsageException("unknown case '" + name + "'", casesHint(known));
            }
        }
        String text = starters.comparison(title == null ? slug.asTitle() : title, chosen);
        return writeNew(layout.comparison(slug.value()), text);
    }

    private static LocalDate submissionDate(String text) throws UsageException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + text + "' is not a date", "write --submitted as YYYY-MM-DD, e.g. 2025-03-03");
        }
    }

    /** The slug of a case that exists, or a usage error listing the cases that do. */
    static Slug existingCase(ContentLayout layout, String caseText) throws UsageException, IOException {
        Slug slug = Slug.parse("case", caseText);
        if (!Files.isRegularFile(layout.caseIndex(slug.value()))) {
            throw new UsageException("there is no case '" + slug + "' (no "
                    + layout.display(layout.caseIndex(slug.value())) + ")", casesHint(layout.caseSlugs()));
        }
        return slug;
    }

    /** The requested question ids checked against the case's, or all of the case's when none were requested. */
    static List<String> chooseQuestions(List<String> requested, List<String> caseQuestions, Slug caseSlug)
            throws UsageException {
        if (requested == null || requested.isEmpty()) {
            return caseQuestions;
        }
        List<String> unknown = new ArrayList<>();
        for (String id : requested) {
            if (!caseQuestions.contains(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UsageException((unknown.size() == 1 ? "unknown question id '" : "unknown question ids '")
                    + String.join("', '", unknown) + "' for case '" + caseSlug + "'",
                    "the case's questions are " + String.join(", ", caseQuestions));
        }
        return requested.stream().distinct().toList();
    }

    private static String casesHint(List<String> known) {
        return known.isEmpty() ? "there are no cases yet; create one with: casebake new case <slug>"
                : "the cases are " + String.join(", ", known);
    }

    private Path writeNew(Path file, String text) throws IOException, ContentException {
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ContentException(Problem.error(layout.display(file), "the file already exists",
                    "Casebake never overwrites a file; choose another name or move the file away"));
        }
        return file;
    }
}
