package org.casebake.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The symbolic links of a fixture, made in the test's copy of its {@code input/}: a repository
 * cannot be trusted to keep links (Git on some systems turns them into small text files), so a
 * fixture lists them in {@code links.txt} beside {@code input/}, one a line as
 * {@code <link, relative to the site folder> -> <target, as it is written into the link>};
 * lines starting with {@code #} are comments.
 */
public final class FixtureLinks {

    private FixtureLinks() {
    }

    /** Makes the links listed in {@code fixture/links.txt}, if there is one, in {@code site}. */
    public static void make(Path fixture, Path site) {
        Path list = fixture.resolve("links.txt");
        if (!Files.isRegularFile(list)) {
            return;
        }
        for (String line : FileTree.readText(list).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" -> ", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException(list + ": expected '<link> -> <target>', got: " + line);
            }
            Path link = site.resolve(parts[0].trim());
            try {
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(parts[1].trim()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
