package org.casebake.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkFolderTest {

    private static final String PREFIX = "casebake-test-work";
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @TempDir
    Path parent;

    @Test
    void aFolderIsMadeHeldAndDeletedOnClose() throws IOException {
        WorkFolder folder = WorkFolder.create(parent, PREFIX, NOW);
        Files.writeString(folder.path().resolve("case.ftl"), "x");

        assertTrue(folder.path().getFileName().toString().startsWith(PREFIX));
        assertTrue(Files.isRegularFile(folder.path().resolve(WorkFolder.IN_USE)));
        folder.close();

        assertFalse(Files.exists(folder.path()));
    }

    @Test
    void theLeftoverOfAProcessThatIsGoneIsDeleted() throws IOException {
        Path leftover = leftover("casebake-test-work123", true, NOW.minus(Duration.ofHours(2)));

        try (WorkFolder made = WorkFolder.create(parent, PREFIX, NOW)) {
            assertFalse(Files.exists(leftover), "a folder whose owner is gone stayed");
            assertTrue(Files.isDirectory(made.path()));
        }
    }

    @Test
    void aFolderStillBeingSetUpIsLeftAlone() throws IOException {
        Path fresh = leftover("casebake-test-work456", true, NOW.minus(Duration.ofSeconds(5)));

        WorkFolder.create(parent, PREFIX, NOW).close();

        assertTrue(Files.exists(fresh));
    }

    @Test
    void foldersWithoutALockFileOrOfAnotherKindAreLeftAlone() throws IOException {
        Path older = leftover("casebake-test-work789", false, NOW.minus(Duration.ofDays(3)));
        Path other = leftover("someone-else", true, NOW.minus(Duration.ofDays(3)));

        WorkFolder.create(parent, PREFIX, NOW).close();

        assertTrue(Files.exists(older));
        assertTrue(Files.exists(other));
    }

    @Test
    void aFolderThisProcessHoldsIsLeftAlone() throws IOException {
        try (WorkFolder held = WorkFolder.create(parent, PREFIX, NOW.minus(Duration.ofHours(1)))) {
            Files.setLastModifiedTime(held.path(), FileTime.from(NOW.minus(Duration.ofHours(1))));

            WorkFolder.create(parent, PREFIX, NOW).close();

            assertTrue(Files.exists(held.path()));
        }
    }

    @Test
    void aFolderAnotherRunningProcessHoldsIsLeftAloneAndDeletedOnceItEnds() throws Exception {
        Path held = leftover("casebake-test-work-other", true, NOW.minus(Duration.ofHours(2)));
        Path program = parent.resolve("HoldLock.java");
        Files.writeString(program, """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class HoldLock {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                        channel.lock();
                        System.out.println("locked");
                        System.in.read();
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, program.toString(), held.resolve(WorkFolder.IN_USE).toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());

            WorkFolder.create(parent, PREFIX, NOW).close();
            assertTrue(Files.exists(held), "the folder of a running process was deleted");
        } finally {
            holder.destroyForcibly().waitFor();
        }

        WorkFolder.create(parent, PREFIX, NOW).close();
        assertFalse(Files.exists(held), "the folder of a killed process stayed");
    }

    @Test
    void aLinkThatLooksLikeALeftoverIsNotFollowed() throws IOException {
        Path elsewhere = Files.createDirectory(parent.resolve("elsewhere"));
        Path target = leftoverIn(elsewhere, "casebake-test-work-target", NOW.minus(Duration.ofHours(2)));
        Path link = Files.createSymbolicLink(parent.resolve("casebake-test-work-link"), target);

        WorkFolder.create(parent, PREFIX, NOW).close();

        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isRegularFile(target.resolve("case.ftl")), "the sweep followed a link");
    }

    @Test
    void aFolderOthersMayWriteInIsLeftAlone() throws IOException {
        Path open = leftover("casebake-test-work-open", true, NOW.minus(Duration.ofHours(2)));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setLastModifiedTime(open, FileTime.from(NOW.minus(Duration.ofHours(2))));

        WorkFolder.create(parent, PREFIX, NOW).close();

        assertTrue(Files.exists(open), "a folder someone else could have filled was deleted");
    }

    @Test
    void onlyTheFoldersOfOneKindAreListed() throws IOException {
        leftover("casebake-test-work-a", true, NOW.minus(Duration.ofHours(2)));
        leftover("casebake-test-workshop", true, NOW.minus(Duration.ofMinutes(30)));

        WorkFolder.create(parent, PREFIX, NOW).close();

        try (var left = Files.list(parent)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(PREFIX)).toList());
        }
    }

    private Path leftover(String name, boolean withLockFile, Instant made) throws IOException {
        return withLockFile ? leftoverIn(parent, name, made) : unlocked(name, made);
    }

    private Path unlocked(String name, Instant made) throws IOException {
        Path folder = Files.createDirectory(parent.resolve(name));
        Files.writeString(folder.resolve("case.ftl"), "<#-- a template -->");
        Files.setLastModifiedTime(folder, FileTime.from(made));
        return folder;
    }

    private static Path leftoverIn(Path where, String name, Instant made) throws IOException {
        Path folder = Files.createDirectory(where.resolve(name));
        Files.writeString(folder.resolve("case.ftl"), "<#-- a template -->");
        try (FileChannel ignored = FileChannel.open(folder.resolve(WorkFolder.IN_USE), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            // made and let go, as a process that ended leaves it
        }
        Files.setLastModifiedTime(folder, FileTime.from(made));
        return folder;
    }
}
