package org.casebake.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebake.problem.Problem;
import org.casebake.source.ContentLayout;

/**
 * The answers folder of one case. New answers are numbered {@code answer-01.md}, {@code answer-02.md},
 * ... after the highest number present, never named after the student, and never written over an
 * existing file.
 */
public final class AnswerFolder {

    private static final Pattern NUMBERED = Pattern.compile("answer-(\\d+)\\.md");

    private final Path folder;
    private final ContentLayout layout;
    private int lastNumber = -1;

    /** The answers folder of a case (it need not exist yet). */
    public AnswerFolder(ContentLayout layout, Slug caseSlug) {
        this.layout = layout;
        this.folder = layout.answersFolder(caseSlug.value());
    }

    /** Every Markdown file in the folder, sorted by name. */
    public List<Path> answerFiles() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** Writes the answer as the next numbered file and returns its path. */
    public Path write(AnswerDocument answer) throws IOException, ContentException {
        Files.createDirectories(folder);
        if (lastNumber < 0) {
            lastNumber = highestNumber();
        }
        lastNumber++;
        Path file = folder.resolve(String.format("answer-%02d.md", lastNumber));
        try {
            Files.writeString(file, answer.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ContentException(Problem.error(layout.display(file), "the file already exists",
                    "Casebake never overwrites a file; move it away and run the command again"));
        }
        return file;
    }

    private int highestNumber() throws IOException {
        int highest = 0;
        for (Path file : answerFiles()) {
            Matcher numbered = NUMBERED.matcher(file.getFileName().toString());
            if (numbered.matches() && numbered.group(1).length() < 9) {
                highest = Math.max(highest, Integer.parseInt(numbered.group(1)));
            }
        }
        return highest;
    }
}
