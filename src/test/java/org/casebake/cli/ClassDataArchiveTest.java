package org.casebake.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The class-data archive beside the jar: written once, then used, and never half written or stale. */
class ClassDataArchiveTest {

    @TempDir
    Path folder;

    private final Path javaHome = Path.of(System.getProperty("java.home"));

    @Test
    void theFirstRunWritesTheArchiveAndLaterRunsUseIt() throws IOException {
        Path jar = Files.writeString(folder.resolve("casebake.jar"), "jar");
        ClassDataArchive first = ClassDataArchive.forJar(jar, javaHome).orElseThrow();
        String write = first.options().get(0);
        assertTrue(write.startsWith("-XX:ArchiveClassesAtExit=" + folder.resolve(".casebake-")), write);
        Files.writeString(Path.of(write.substring(write.indexOf('=') + 1)), "archive");
        first.finish(0);

        assertEquals(1, archives().size());
        String use = ClassDataArchive.forJar(jar, javaHome).orElseThrow().options().get(0);
        assertEquals("-XX:SharedArchiveFile=" + archives().get(0), use);
        assertEquals(List.of(archives().get(0), folder.resolve("casebake.jar")), files(), "no temporary file is left");
    }

    @Test
    void aChangedJarGetsANewArchiveAndTheOldOneGoes() throws IOException {
        Path jar = Files.writeString(folder.resolve("casebake.jar"), "jar");
        writeArchive(jar);
        Path old = archives().get(0);
        Files.writeString(jar, "a rebuilt jar");
        ClassDataArchive rebuilt = ClassDataArchive.forJar(jar, javaHome).orElseThrow();
        assertTrue(rebuilt.options().get(0).startsWith("-XX:ArchiveClassesAtExit="), "the old archive is not used");
        writeArchive(jar);
        assertEquals(1, archives().size());
        assertTrue(!archives().contains(old));
    }

    @Test
    void aRunThatFailedToStartLeavesNoArchive() throws IOException {
        Path jar = Files.writeString(folder.resolve("casebake.jar"), "jar");
        ClassDataArchive archive = ClassDataArchive.forJar(jar, javaHome).orElseThrow();
        String write = archive.options().get(0);
        Files.writeString(Path.of(write.substring(write.indexOf('=') + 1)), "archive");
        archive.finish(2);
        assertEquals(List.of(jar), files());
    }

    @Test
    void theJvmsMessagesAboutArchivesAreSilenced() throws IOException {
        Path jar = Files.writeString(folder.resolve("casebake.jar"), "jar");
        List<String> options = ClassDataArchive.forJar(jar, javaHome).orElseThrow().options();
        assertEquals(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"), options.subList(1, options.size()));
    }

    @Test
    void thereIsNoArchiveWithoutAJar() {
        assertTrue(ClassDataArchive.forJar(folder.resolve("missing.jar"), javaHome).isEmpty());
    }

    private void writeArchive(Path jar) throws IOException {
        ClassDataArchive archive = ClassDataArchive.forJar(jar, javaHome).orElseThrow();
        String write = archive.options().get(0);
        Files.writeString(Path.of(write.substring(write.indexOf('=') + 1)), "archive");
        archive.finish(0);
    }

    private List<Path> archives() throws IOException {
        return files().stream().filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
