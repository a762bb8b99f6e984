package org.casebake.bench;

import org.casebake.publish.FolderTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps generated courses in a work folder ({@code <work>/<N>x<M>/}) and writes one again only when
 * its parameters or the generator's format changed, recorded in a stamp file beside the folder.
 */
final class SyntheticCourseCache {

    private final Path workFolder;

    SyntheticCourseCache(Path workFolder) {
        this.workFolder = workFolder;
    }

    /** A course folder ready to build, with what is in it. */
    record PreparedCourse(Path root, boolean reused, String description, long markdownBytes) {
    }

    /** The folder a course of this size lives in. */
    Path folderOf(SyntheticCourse course) {
        return workFolder.resolve(course.sizeName());
    }

    /** Returns the cached course when its stamp matches, else deletes the folder and generates it anew. */
    PreparedCourse prepare(SyntheticCourse course) throws IOException {
        Path root = folderOf(course);
        Path stamp = workFolder.resolve(course.sizeName() + ".stamp");
        String key = "cases=" + course.cases() + " answers=" + course.answersPerCase() + " seed=" + course.seed()
                + " format=" + SyntheticCourse.FORMAT_VERSION;
        if (Files.isRegularFile(stamp) && Files.isDirectory(root)) {
            List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
            if (lines.size() == 3 && lines.get(0).equals(key)) {
                return new PreparedCourse(root, true, lines.get(1), Long.parseLong(lines.get(2)));
            }
        }
        Files.deleteIfExists(stamp);
        FolderTree.delete(root);
        GeneratedCourse generated = course.writeTo(root);
        Files.write(stamp, List.of(key, generated.describe(), Long.toString(generated.markdownBytes())),
                StandardCharsets.UTF_8);
        return new PreparedCourse(root, false, generated.describe(), generated.markdownBytes());
    }
}
