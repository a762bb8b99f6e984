package org.casebake.authoring;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Only answer files are changed, only over the content the change was made for, and changes undo last first. */
class AnswerFilesTest {

    private static final String ANSWER = "content/cases/open-prize/answers/answer-01.md";
    private static final String TEXT = "---\nauthor: A\nquestions: [q1]\nstatus: pending\n---\nBody\n";

    @TempDir
    Path site;

    private AnswerFiles files;

    @BeforeEach
    void writeSite() throws IOException {
        Files.createDirectories(site.resolve("content/cases/open-prize/answers"));
        Files.writeString(site.resolve(ANSWER), TEXT);
        Files.writeString(site.resolve("site-config.yml"), "title: x\n");
        files = new AnswerFiles(site);
    }

    @Test
    void aChangeIsWrittenAndUndoneLastFirst() throws Exception {
        String v0 = files.read(ANSWER).version();
        AnswerFiles.Outcome curated = files.change(ANSWER, v0, new AnswerChange.Status("curated"));
        files.change(ANSWER, curated.version(), new AnswerChange.Featured(true));
        assertEquals(TEXT.replace("pending", "curated").replace("---\nBody", "featured: true\n---\nBody"),
                Files.readString(site.resolve(ANSWER)));
        assertEquals("undone: featured", files.undo().message());
        assertEquals(TEXT.replace("pending", "curated"), Files.readString(site.resolve(ANSWER)));
        files.undo();
        assertEquals(TEXT, Files.readString(site.resolve(ANSWER)));
        assertEquals(EditRefused.Reason.NOTHING_TO_UNDO, assertThrows(EditRefused.class, files::undo).reason());
        try (var left = Files.list(site.resolve("content/cases/open-prize/answers"))) {
            assertEquals(List.of("answer-01.md"), left.map(p -> p.getFileName().toString()).toList(), "no temporary file is left");
        }
    }

    @Test
    void aFileChangedSinceItWasReadIsNotOverwrittenNorUndone() throws Exception {
        String v0 = files.read(ANSWER).version();
        Files.writeString(site.resolve(ANSWER), TEXT + "Edited elsewhere.\n");
        assertEquals(EditRefused.Reason.CHANGED_ON_DISK, assertThrows(EditRefused.class,
                () -> files.change(ANSWER, v0, new AnswerChange.Status("rejected"))).reason());
        assertEquals(TEXT + "Edited elsewhere.\n", Files.readString(site.resolve(ANSWER)));

        String v1 = files.read(ANSWER).version();
        files.change(ANSWER, v1, new AnswerChange.Status("rejected"));
        Files.writeString(site.resolve(ANSWER), "edited again");
        assertEquals(EditRefused.Reason.CHANGED_ON_DISK, assertThrows(EditRefused.class, files::undo).reason());
        assertEquals("edited again", Files.readString(site.resolve(ANSWER)));
    }

    @Test
    void pathsOutsideTheAnswerFoldersAreRefused() throws Exception {
        String config = Files.readString(site.resolve("site-config.yml"));
        for (String path : List.of("site-config.yml", "content/cases/open-prize/index.md",
                "content/cases/open-prize/answers/../../../site-config.yml", "content/cases/../answers/x.md",
                "content/cases/open-prize/answers/./answer-01.md", "/etc/passwd", "content/cases/open-prize/answers/sub/x.md",
                "content/cases/open-prize/answers/answer-01.txt", "content\\cases\\open-prize\\answers\\answer-01.md")) {
            assertEquals(EditRefused.Reason.NOT_AN_ANSWER, assertThrows(EditRefused.class,
                    () -> files.change(path, "x", new AnswerChange.Status("curated"))).reason(), path);
        }
        assertEquals(config, Files.readString(site.resolve("site-config.yml")));
    }

    @Test
    void anAnswerReachedThroughASymbolicLinkIsRefused() throws Exception {
        Path outside = Files.createTempFile("outside", ".md");
        try {
            Files.writeString(outside, TEXT);
            Files.createSymbolicLink(site.resolve("content/cases/open-prize/answers/linked.md"), outside);
            Files.createSymbolicLink(site.resolve("content/cases/linked-case"), site.resolve("content/cases/open-prize"));
            String version = AnswerFiles.version(Files.readAllBytes(outside));
            for (String path : List.of("content/cases/open-prize/answers/linked.md", "content/cases/linked-case/answers/answer-01.md")) {
                assertEquals(EditRefused.Reason.NOT_AN_ANSWER, assertThrows(EditRefused.class,
                        () -> files.change(path, version, new AnswerChange.Status("curated"))).reason(), path);
            }
            assertEquals(TEXT, Files.readString(outside));
            assertEquals(TEXT, Files.readString(site.resolve(ANSWER)));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aChangeThatIsAlreadyTrueWritesNothing() throws Exception {
        String v0 = files.read(ANSWER).version();
        AnswerFiles.Outcome outcome = files.change(ANSWER, v0, new AnswerChange.Status("pending"));
        assertFalse(outcome.changed());
        assertEquals(EditRefused.Reason.NOTHING_TO_UNDO, assertThrows(EditRefused.class, files::undo).reason());
    }
}
