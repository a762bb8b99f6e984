package org.casebake.build;

import org.casebake.problem.ProblemCollector;
import org.casebake.source.SiteFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and assets a build uses: Casebake's built-in theme (packed into the jar from the
 * repository's {@code templates/} and {@code assets/}) with the site's own files laid over it, so a
 * course team can change one template without copying all of them.
 */
final class Theme implements AutoCloseable {

    private static final String RESOURCE_ROOT = "casebake-theme";
    private static final String TEMPLATES = "templates";

    private final WorkFolder templateFolder;
    private final Map<String, SiteFolder.Entry> siteTemplates;
    private final Map<String, byte[]> builtInAssets;

    private Theme(WorkFolder templateFolder, Map<String, SiteFolder.Entry> siteTemplates, Map<String, byte[]> builtInAssets) {
        this.templateFolder = templateFolder;
        this.siteTemplates = siteTemplates;
        this.builtInAssets = builtInAssets;
    }

    /**
     * Lays the site's {@code templates/} over the built-in ones in a fresh temporary folder (deleting
     * the folders that processes which did not end cleanly left behind).
     */
    static Theme prepare(Path sourceRoot) {
        WorkFolder work = WorkFolder.create("casebake-templates");
        try {
            Path folder = work.path();
            Map<String, byte[]> builtInTemplates = builtIn("templates");
            for (Map.Entry<String, byte[]> t : builtInTemplates.entrySet()) {
                Path file = folder.resolve(t.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, t.getValue());
            }
            Map<String, SiteFolder.Entry> siteTemplates = siteTemplates(sourceRoot);
            for (Map.Entry<String, SiteFolder.Entry> t : siteTemplates.entrySet()) {
                Path file = folder.resolve(t.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, withoutByteOrderMark(SiteFolder.read(t.getValue())));
            }
            return new Theme(work, siteTemplates, builtIn("assets"));
        } catch (IOException e) {
            work.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            work.close();
            throw e;
        }
    }

    /**
     * A template saved by an editor that writes a UTF-8 byte-order mark would not parse: Freemarker
     * takes the mark for text before {@code <#ftl>}. Content files accept the mark; templates too.
     */
    private static byte[] withoutByteOrderMark(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }

    /** The folder the template engine reads. */
    Path templateFolder() {
        return templateFolder.path();
    }

    /**
     * How messages name a template file: {@code templates/case.ftl} when the site has its own, so an
     * instructor opens the right file, else the built-in theme's.
     */
    String describe(String template) {
        return (siteTemplates.containsKey(template) ? "templates/" : "(built-in theme) templates/") + template;
    }

    /** The built-in assets by site path ("assets/css/site.css"), for files the site does not override. */
    Map<String, byte[]> builtInAssets() {
        return builtInAssets;
    }

    @Override
    public void close() {
        templateFolder.close();
    }

    /**
     * The site's templates by path below {@code templates/}. Symbolic links that may not be followed
     * are left out here; the scan stage has reported them, so a build never gets this far with one.
     */
    private static Map<String, SiteFolder.Entry> siteTemplates(Path sourceRoot) {
        Map<String, SiteFolder.Entry> files = new TreeMap<>();
        for (SiteFolder.Entry entry : SiteFolder.of(sourceRoot).files(TEMPLATES, new ProblemCollector())) {
            files.put(entry.path().substring(TEMPLATES.length() + 1), entry);
        }
        return files;
    }

    /** The built-in files under {@code casebake-theme/<kind>/}, from the jar or the class folder. */
    private static Map<String, byte[]> builtIn(String kind) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        URI location;
        try {
            location = Theme.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path codeRoot = Path.of(location);
        if (Files.isDirectory(codeRoot)) {
            read(codeRoot.resolve(RESOURCE_ROOT).resolve(kind), kind, files);
            return files;
        }
        try (FileSystem jar = FileSystems.newFileSystem(codeRoot, (ClassLoader) null)) {
            read(jar.getPath(RESOURCE_ROOT, kind), kind, files);
        }
        return files;
    }

    private static void read(Path dir, String kind, Map<String, byte[]> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                into.put(kind.equals("assets") ? "assets/" + rel : rel, Files.readAllBytes(p));
            }
        }
    }
}
