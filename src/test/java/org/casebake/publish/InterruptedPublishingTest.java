package org.casebake.publish;

import org.casebake.model.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An interrupted build leaves the output folder holding the whole previous site, and whatever it
 * left beside the output folder is removed by the next build; a build killed between the swap's two
 * renames gets its previous site back.
 */
class InterruptedPublishingTest {

    @TempDir
    Path work;

    @Test
    void aClosedGateStopsPublishingBeforeTheSwapAndKeepsThePreviousSite() throws Exception {
        Path out = work.resolve("site");
        new SiteWriter().publish(List.of(file("index.html", "previous")), out);
        PublishGate gate = new PublishGate();
        PublishGate.Outcome outcome = gate.close();
        assertEquals(new PublishGate.Outcome(false, java.util.Optional.empty()), outcome);
        SiteWriter.PublishException e = assertThrows(SiteWriter.PublishException.class,
                () -> new SiteWriter(gate).publish(List.of(file("index.html", "new")), out));
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertEquals("previous", Files.readString(out.resolve("index.html")));
        assertEquals(List.of("site"), namesIn(work), "the staging folder is removed");
    }

    @Test
    void aGateClosedAfterTheSwapSaysTheNewSiteIsInPlace() throws Exception {
        Path out = work.resolve("site");
        PublishGate gate = new PublishGate();
        new SiteWriter(gate).publish(List.of(file("index.html", "new")), out);
        assertEquals(new PublishGate.Outcome(true, java.util.Optional.empty()), gate.close());
    }

    @Test
    void whatAnInterruptedBuildLeftBesideTheOutputIsRemovedByTheNextBuild() throws Exception {
        Path out = work.resolve("site");
        new SiteWriter().publish(List.of(file("index.html", "previous")), out);
        Files.createDirectories(work.resolve(".site.new-0123abcd/cases"));
        Files.writeString(work.resolve(".site.new-0123abcd/cases/half.html"), "half");
        Files.createDirectories(work.resolve(".site.old-89abcdef"));
        Files.writeString(work.resolve(".site.old-89abcdef/index.html"), "older");
        Files.createDirectories(work.resolve(".other.old-89abcdef"));
        Files.writeString(work.resolve("notes.txt"), "not Casebake's");
        new SiteWriter().publish(List.of(file("index.html", "new")), out);
        assertEquals(List.of(".other.old-89abcdef", "notes.txt", "site"), namesIn(work));
        assertEquals("new", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aBuildKilledBetweenTheTwoRenamesGetsItsPreviousSiteBack() throws Exception {
        Path out = work.resolve("site");
        new SiteWriter().publish(List.of(file("index.html", "previous")), out);
        Files.move(out, work.resolve(".site.old-0badf00d"));
        Files.createDirectories(work.resolve(".site.new-0badf00d"));
        PublishGate interrupted = new PublishGate();
        interrupted.close();
        assertThrows(SiteWriter.PublishException.class,
                () -> new SiteWriter(interrupted).publish(List.of(file("index.html", "new")), out));
        assertEquals("previous", Files.readString(out.resolve("index.html")), "the previous site is back in place");
        assertEquals(List.of("site"), namesIn(work));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
