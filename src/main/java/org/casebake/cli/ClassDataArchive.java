package org.casebake.cli;

import java.io.IOException;
import org.casebake.publish.FolderTree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class-data sharing archive of Casebake's classes, kept beside the jar, so a build's JVM maps
 * the classes it needs instead of loading and verifying some four thousand of them one by one.
 *
 * <p>The first tuned run after the jar or the Java runtime changed writes the archive as it exits
 * (the JVM's {@code -XX:ArchiveClassesAtExit}); later runs use it. The file name holds a digest of
 * the jar and the runtime, so a stale archive is never used, and writing goes through a temporary
 * file renamed into place, so concurrent builds cannot see half an archive. Where the jar's folder
 * is not writable, there is no archive and nothing else changes. The JVM's own messages about
 * archives are switched off: an archive it cannot use is silently ignored.
 */
final class ClassDataArchive {

    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private final Path archive;
    private final Path written;

    private ClassDataArchive(Path archive, Path written) {
        this.archive = archive;
        this.written = written;
    }

    /** The archive for {@code jar} run by the Java runtime in {@code javaHome}; empty if none can be kept. */
    static Optional<ClassDataArchive> forJar(Path jar, Path javaHome) {
        try {
            Path folder = jar.toAbsolutePath().getParent();
            if (folder == null || !Files.isRegularFile(jar) || !Files.isWritable(folder)) {
                return Optional.empty();
            }
            String key = digest(jar, javaHome);
            Path archive = folder.resolve("casebake-" + key + ".jsa");
            Path written = folder.resolve(".casebake-" + key + "-" + ProcessHandle.current().pid() + ".jsa.tmp");
            return Optional.of(new ClassDataArchive(archive, written));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The JVM options that use the archive, or write it if there is none yet. */
    List<String> options() {
        String option = Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + written;
        return Stream.concat(Stream.of(option), QUIET.stream()).toList();
    }

    /** After the run: a newly written archive replaces older ones of this jar; a failed run's is dropped. */
    void finish(int exitCode) {
        if (!Files.isRegularFile(written)) {
            return;
        }
        try {
            if (exitCode == 0 || exitCode == 1) {
                deleteOthers();
                FolderTree.move(written, archive, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException e) {
            // No archive this time; the next run tries again.
        }
    }

    private void deleteOthers() throws IOException {
        try (Stream<Path> files = Files.list(archive.getParent())) {
            for (Path old : files.filter(f -> f.getFileName().toString().matches("casebake-[0-9a-f]{16}\\.jsa")).toList()) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** What an archive depends on: the jar, the runtime and the runtime's own base archive. */
    private static String digest(Path jar, Path javaHome) throws IOException {
        StringBuilder stamp = new StringBuilder();
        stamp.append(jar.toAbsolutePath()).append('\n').append(Files.size(jar)).append('\n')
                .append(Files.getLastModifiedTime(jar).toMillis()).append('\n')
                .append(javaHome.toAbsolutePath()).append('\n').append(System.getProperty("java.vm.version")).append('\n');
        Path base = javaHome.resolve("lib").resolve("server").resolve("classes.jsa");
        if (Files.isRegularFile(base)) {
            stamp.append(Files.size(base)).append('\n').append(Files.getLastModifiedTime(base).toMillis());
        }
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(stamp.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
