package org.casebake.authoring;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of a new course folder, by path relative to it ('/' separators), written all or none:
 * if any of them exists already, nothing is written.
 *
 * @param files the contents by relative path, sorted
 */
public record CourseFiles(SortedMap<String, byte[]> files) {

    public CourseFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The relative paths of the files that already exist in {@code folder} (also as links or folders). */
    public List<String> existingIn(Path folder) {
        return files.keySet().stream()
                .filter(name -> Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS))
                .toList();
    }

    /**
     * Writes every file into {@code folder}, creating it and the folders below it. Each file is created
     * new; should one appear meanwhile, the files written so far are removed again and the existing
     * one is named.
     */
    public void writeInto(Path folder) throws IOException {
        List<Path> written = new ArrayList<>();
        try {
            for (var file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(target);
            }
        } catch (IOException e) {
            for (Path path : written) {
                Files.deleteIfExists(path);
            }
            throw e instanceof FileAlreadyExistsException ? e : new IOException(e.getMessage(), e);
        }
    }
}
