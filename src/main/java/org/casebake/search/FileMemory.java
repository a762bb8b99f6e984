package org.casebake.search;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import org.casebake.model.OutputFile;

/**
 * What a remembering builder keeps of its latest build's data files (those of a sharded index, every
 * file but the manifest): each file's data and the file made of them, by key ({@code t/3}), so that a
 * rebuild writes and packs only the files whose data changed. An edit to one answer of a 200 x 50
 * course changes about ten of some two thousand. Data are compared by value ({@link #sameData}), and
 * a file's bytes depend on its key and data alone, so a kept file is exactly the one a new builder
 * would make. Only the latest build's files are kept; a forgetting memory keeps nothing.
 */
final class FileMemory {

    private record Kept(Object data, OutputFile file) {
    }

    private final boolean remembering;
    private Map<String, Kept> kept = Map.of();

    private FileMemory(boolean remembering) {
        this.remembering = remembering;
    }

    static FileMemory forgetting() {
        return new FileMemory(false);
    }

    static FileMemory remembering() {
        return new FileMemory(true);
    }

    /** The kept files, by key, whose data are equal to those {@code files} hold under the same key now. */
    Map<String, OutputFile> unchanged(SortedMap<String, Object> files) {
        if (kept.isEmpty()) {
            return Map.of();
        }
        Map<String, OutputFile> same = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(file -> {
            Kept before = kept.get(file.getKey());
            if (before != null && sameData(before.data(), file.getValue())) {
                same.put(file.getKey(), before.file());
            }
        });
        return same;
    }

    /**
     * Keeps the data files of a finished build ({@code files}, made into {@code made} by key) and drops
     * all else; called only once the build has succeeded, so a failed build leaves the memory as it was.
     */
    void keep(SortedMap<String, Object> files, Map<String, OutputFile> made) {
        if (!remembering) {
            return;
        }
        Map<String, Kept> next = new ConcurrentHashMap<>();
        files.forEach((key, data) -> next.put(key, new Kept(data, made.get(key))));
        kept = next;
    }

    /**
     * Whether two files' data write the same script: lists element by element, maps entry by entry in
     * their order (which the script keeps), packed numbers by their text, all else by {@code equals}.
     */
    static boolean sameData(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof IntPacker x && b instanceof IntPacker y) {
            return x.sameText(y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return x.size() == y.size() && sameInOrder(x.iterator(), y.iterator());
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size() && sameInOrder(x.entrySet().iterator(), y.entrySet().iterator());
        }
        if (a instanceof Map.Entry<?, ?> x && b instanceof Map.Entry<?, ?> y) {
            return Objects.equals(x.getKey(), y.getKey()) && sameData(x.getValue(), y.getValue());
        }
        return a != null && a.getClass() == b.getClass() && a.equals(b);
    }

    private static boolean sameInOrder(Iterator<?> a, Iterator<?> b) {
        while (a.hasNext()) {
            if (!b.hasNext() || !sameData(a.next(), b.next())) {
                return false;
            }
        }
        return !b.hasNext();
    }
}
