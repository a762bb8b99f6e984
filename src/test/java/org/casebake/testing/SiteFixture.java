package org.casebake.testing;

import org.casebake.build.BuildRequest;
import org.casebake.build.BuildResult;
import org.casebake.build.SiteBuild;
import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.source.SourceChanges;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A site's source copied into a test's own folder, so the test may change it, and built there by
 * the real pipeline into a sibling output folder. Sources come from a fixture under
 * {@code src/test/resources/sites/<behaviour>/input} or from the repository's sample course.
 * Fixtures need no templates or assets: the built-in theme comes from the class path.
 */
public final class SiteFixture {

    /** The version builds in tests report, so that golden output does not change with each release. */
    public static final String VERSION = "test";

    private final Path source;
    private final Path output;
    /** The paths written, moved or deleted since {@link #takeChanges()} was last called. */
    private final Set<String> changed = new TreeSet<>();

    private SiteFixture(Path source, Path output) {
        this.source = source;
        this.output = output;
    }

    /** A copy of {@code src/test/resources/sites/<name>/input} in {@code work}. */
    public static SiteFixture of(String name, Path work) {
        return copyOf(TestFolders.testResource("sites/" + name + "/input"), work);
    }

    /** A copy of the folder {@code input} in {@code work}. */
    public static SiteFixture copyOf(Path input, Path work) {
        SiteFixture fixture = new SiteFixture(work.resolve("source"), work.resolve("site"));
        FileTree.copy(input, fixture.source);
        return fixture;
    }

    /** A copy of the repository's sample course (site-config.yml and content/) in {@code work}. */
    public static SiteFixture sample(Path work) {
        SiteFixture fixture = new SiteFixture(work.resolve("source"), work.resolve("site"));
        FileTree.copy(TestFolders.project().resolve("content"), fixture.source.resolve("content"));
        fixture.write("site-config.yml", FileTree.readText(TestFolders.project().resolve("site-config.yml")));
        return fixture;
    }

    /** The source folder (with site-config.yml and content/). */
    public Path source() {
        return source;
    }

    /** The output folder builds write to. */
    public Path output() {
        return output;
    }

    /** A file of the source, relative to the source folder. */
    public Path file(String relative) {
        return source.resolve(relative);
    }

    /** The text of a source file. */
    public String read(String relative) {
        return FileTree.readText(file(relative));
    }

    /** Writes a source file. */
    public void write(String relative, String text) {
        FileTree.write(file(relative), text);
        changed.add(relative);
    }

    /** Writes a source file byte for byte. */
    public void write(String relative, byte[] bytes) {
        FileTree.write(file(relative), bytes);
        changed.add(relative);
    }

    /** Deletes a source file. */
    public void delete(String relative) {
        try {
            Files.delete(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed.add(relative);
    }

    /**
     * What this fixture changed since the last call, as the preview's watcher would name it (the
     * first call: whatever was written since the copy).
     */
    public SourceChanges takeChanges() {
        SourceChanges changes = SourceChanges.exactly(changed);
        changed.clear();
        return changes;
    }

    /** Replaces the only occurrence of {@code from} in a source file with {@code to}. */
    public void replace(String relative, String from, String to) {
        String text = read(relative);
        if (text.indexOf(from) < 0 || text.indexOf(from) != text.lastIndexOf(from)) {
            fail("expected exactly one '" + from + "' in " + relative);
        }
        write(relative, text.replace(from, to));
    }

    /** Moves a source file to another place in the source folder. */
    public void move(String from, String to) {
        try {
            Files.createDirectories(file(to).getParent());
            Files.move(file(from), file(to));
            changed.add(from);
            changed.add(to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the public student site (no drafts) into {@link #output()} and fails the test on any problem. */
    public BuildResult build() {
        return build(BuildOptions.studentSite());
    }

    /** Builds into {@link #output()} and fails the test on any problem. */
    public BuildResult build(Audience audience, boolean drafts) {
        return build(new BuildOptions(audience, drafts));
    }

    /** Builds into {@link #output()} and fails the test on any problem. */
    public BuildResult build(BuildOptions options) {
        BuildResult result = attempt(options, true);
        assertTrue(result.succeeded(), () -> "the build failed:\n" + String.join("\n", result.problems().formatLines()));
        return result;
    }

    /** Runs a build as it comes, writing to {@link #output()} only when {@code write} is true. */
    public BuildResult attempt(BuildOptions options, boolean write) {
        return new SiteBuild(VERSION).run(new BuildRequest(source, output, options, write));
    }

    /** The files of the output folder. */
    public BuiltSite site() {
        return BuiltSite.in(output);
    }
}
