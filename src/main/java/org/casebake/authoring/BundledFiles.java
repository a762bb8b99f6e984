package org.casebake.authoring;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Files packed into Casebake under one resource folder ({@code casebake-course/}, {@code casebake-sample/}),
 * read from the jar or, when run from the build's class folder, from there.
 */
final class BundledFiles {

    private BundledFiles() {
    }

    /** Every file under {@code root}, by its path below it with '/' separators, sorted. */
    static SortedMap<String, byte[]> under(String root) throws IOException {
        URI location;
        try {
            location = BundledFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path code = Path.of(location);
        if (Files.isDirectory(code)) {
            return read(code.resolve(root));
        }
        try (FileSystem jar = FileSystems.newFileSystem(code, (ClassLoader) null)) {
            return read(jar.getPath(root));
        }
    }

    /** One file under {@code root} as UTF-8 text. */
    static String text(String root, String name) throws IOException {
        byte[] bytes = under(root).get(name);
        if (bytes == null) {
            throw new IOException("Casebake's own file " + root + "/" + name + " is missing from the jar");
        }
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static SortedMap<String, byte[]> read(Path dir) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            throw new IOException("Casebake's own folder " + dir.getFileName() + " is missing from the jar");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
