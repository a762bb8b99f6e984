package org.casebake.build;

import org.casebake.publish.SiteWriter;
import org.casebake.source.ReadDigests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import static org.casebake.build.CacheBytes.count;
import static org.casebake.build.CacheBytes.string;

/**
 * What the last clean build of a site wrote: a digest of every file the build read, the output
 * folder, and each output file's path, length and checksums. When a build's inputs have that digest
 * and the output folder still holds exactly those files (no file more, none less, none altered),
 * building again would write the same bytes, so the build reports the recorded site instead.
 * Only builds without any problem are recorded, so a build that found one always reports it again.
 *
 * @param inputs  SHA-256 over the path and bytes of every file in {@code site-config.yml},
 *                {@code content/}, {@code assets/}, {@code templates/} and {@code messages/}
 * @param output  the output folder, absolute
 * @param files   each output file's {@link #check} by path, the marker file included
 */
record SiteRecord(byte[] inputs, String output, int pages, int cases, int answers, String basePath, Map<String, byte[]> files) {

    /** "CBS" and the format's number. */
    private static final int MAGIC = 0x43425302;
    /** An output file's check: its length, CRC-32C and CRC-32. */
    private static final int CHECK_BYTES = 16;
    private static final List<String> READ = List.of("site-config.yml", "content", "assets", "templates", "messages");

    /**
     * The record of a site just published from the inputs with digest {@code inputs}.
     *
     * @param written each file the build wrote: its {@link #check} by path
     */
    static SiteRecord of(byte[] inputs, Path output, int pages, int cases, int answers, String basePath, Map<String, byte[]> written) {
        Map<String, byte[]> files = new TreeMap<>(written);
        files.put(SiteWriter.MARKER, check(SiteWriter.MARKER_TEXT.getBytes(StandardCharsets.UTF_8)));
        return new SiteRecord(inputs, absolute(output), pages, cases, answers, basePath, files);
    }

    /**
     * The inputs of a build as they are on disk.
     *
     * @param digest SHA-256 over the path and bytes of every file
     * @param stamps a digest of each file's path, size and modification time: a file edited while
     *               a build ran changes it, and that build is not recorded
     */
    record Inputs(byte[] digest, byte[] stamps) {
    }

    /**
     * The digest of every file a build of {@code source} reads, links followed; empty when one cannot
     * be read (the build then finds out why). A file the scan already read counts by the digest of
     * the bytes it read ({@code scanned}); the others are read here, in parallel. The digest is taken
     * in path order.
     */
    static Optional<Inputs> inputs(Path source, ReadDigests scanned) {
        try {
            List<Path> files = files(source);
            List<String> names = files.stream().map(f -> source.relativize(f).toString().replace('\\', '/')).toList();
            List<byte[]> digests = IntStream.range(0, files.size()).parallel()
                    .mapToObj(i -> scanned.of(names.get(i)).orElseGet(() -> ReadDigests.sha256(read(files.get(i))))).toList();
            TreeMap<String, byte[]> sorted = new TreeMap<>();
            for (int i = 0; i < files.size(); i++) {
                sorted.put(names.get(i), digests.get(i));
            }
            MessageDigest all = sha256();
            sorted.forEach((name, digest) -> {
                all.update(name.getBytes(StandardCharsets.UTF_8));
                all.update((byte) 0);
                all.update(digest);
            });
            return Optional.of(new Inputs(all.digest(), stamps(files)));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The {@link Inputs#stamps()} of {@code source}'s files now; empty when one cannot be read. */
    static Optional<byte[]> stamps(Path source) {
        try {
            return Optional.of(stamps(files(source)));
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static List<Path> files(Path source) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String part : READ) {
            Path top = source.resolve(part);
            if (Files.exists(top)) {
                try (Stream<Path> walk = Files.walk(top, FileVisitOption.FOLLOW_LINKS)) {
                    walk.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static byte[] stamps(List<Path> files) throws IOException {
        MessageDigest all = sha256();
        for (Path file : files) {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            all.update((file + "\0" + attrs.size() + "\0" + attrs.lastModifiedTime().toInstant() + "\0" + attrs.fileKey() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return all.digest();
    }

    /** True when {@code output} holds exactly the recorded files, byte for byte, and nothing else. */
    boolean stillIn(Path output) {
        Path folder = Path.of(this.output);
        if (!absolute(output).equals(this.output) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Set<String> folders = new HashSet<>();
        files.keySet().forEach(path -> {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                folders.add(path.substring(0, slash));
            }
        });
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.skip(1).toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isDirectory() ? !folders.contains(name) : !attrs.isRegularFile() || !files.containsKey(name)) {
                    return false;
                }
                if (attrs.isRegularFile()) {
                    found.add(path);
                }
            }
            return found.size() == files.size() && found.parallelStream().allMatch(path ->
                    Arrays.equals(files.get(folder.relativize(path).toString().replace('\\', '/')), check(read(path))));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The file's bytes, for the code {@code identity} and the build options {@code scope}. */
    byte[] encode(String identity, String scope) throws IOException {
        return CacheBytes.write(MAGIC, identity, scope, out -> {
            out.write(inputs);
            string(out, output);
            out.writeInt(pages);
            out.writeInt(cases);
            out.writeInt(answers);
            string(out, basePath);
            out.writeInt(files.size());
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                string(out, file.getKey());
                out.write(file.getValue());
            }
        });
    }

    /** The record in {@code file}, or empty when it is damaged or was written for other code or options. */
    static Optional<SiteRecord> decode(byte[] file, String identity, String scope) {
        return CacheBytes.read(file, MAGIC, identity, scope, in -> {
            byte[] inputs = new byte[32];
            in.get(inputs);
            String output = string(in);
            int pages = in.getInt();
            int cases = in.getInt();
            int answers = in.getInt();
            String basePath = string(in);
            int count = count(in, 4 + CHECK_BYTES);
            Map<String, byte[]> files = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                String path = string(in);
                byte[] check = new byte[CHECK_BYTES];
                in.get(check);
                files.put(path, check);
            }
            return new SiteRecord(inputs, output, pages, cases, answers, basePath, files);
        });
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What tells an output file from an altered one: its length and two checksums of different
     * polynomials. Not SHA-256: in the short-lived JVM a build runs in, SHA-256 of some 140 MB of
     * output took 1.7 s of CPU (a tenth of a first build), the checksums 10 ms. The record only
     * recognises the folder the build itself wrote; whoever could forge a file to match could write
     * the output folder anyway. The inputs, which a pull request changes, keep SHA-256.
     */
    static byte[] check(byte[] bytes) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(bytes);
        CRC32 crc32 = new CRC32();
        crc32.update(bytes);
        return ByteBuffer.allocate(CHECK_BYTES).putLong(bytes.length).putInt((int) crc32c.getValue())
                .putInt((int) crc32.getValue()).array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
