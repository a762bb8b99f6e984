package org.casebake.publish;

import org.casebake.model.OutputFile;
import org.casebake.model.WithheldName;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output files a {@link PrivacyGuard} found clean last time, with the names it checked for. A
 * long-running build ({@code casebake serve}) hands the same instance to each check, so a rebuild
 * scans only files whose path or bytes changed. Any change to the names starts over: a file is
 * only skipped if it was checked for exactly the names withheld now.
 *
 * <p>A file is recognised by its bytes' identity first (stages that reuse unchanged output hand
 * over the same array, so this costs nothing), else by comparing its bytes with the clean file
 * last seen at its path.
 */
public final class CleanFiles {

    private final boolean keeping;
    private List<WithheldName> names = List.of();
    private Map<byte[], String> cleanArrays = new IdentityHashMap<>();
    private Map<String, byte[]> cleanByPath = new HashMap<>();

    /** A memory for the checks of one build after another. */
    public CleanFiles() {
        this(true);
    }

    private CleanFiles(boolean keeping) {
        this.keeping = keeping;
    }

    /**
     * No memory: every file is checked, and none is remembered, so a one-off build does not keep its
     * whole site alive until its check ends.
     */
    public static CleanFiles none() {
        return new CleanFiles(false);
    }

    /** Whether the files found clean are worth remembering. */
    boolean keeping() {
        return keeping;
    }

    /** Begins a check for {@code current} names; forgets everything if the names changed. */
    void startCheck(List<WithheldName> current) {
        if (!current.equals(names)) {
            names = List.copyOf(current);
            cleanArrays = new IdentityHashMap<>();
            cleanByPath = new HashMap<>();
        }
    }

    /** Whether this path with these bytes was found clean by the last check. */
    boolean contains(OutputFile file) {
        if (file.path().equals(cleanArrays.get(file.bytes()))) {
            return true;
        }
        byte[] before = cleanByPath.get(file.path());
        return before != null && Arrays.equals(before, file.bytes());
    }

    /** Replaces the memory by the files found clean now; files of earlier builds are dropped. */
    void remember(Collection<OutputFile> cleanNow) {
        if (!keeping) {
            return;
        }
        Map<byte[], String> arrays = new IdentityHashMap<>();
        Map<String, byte[]> byPath = new HashMap<>();
        for (OutputFile file : cleanNow) {
            arrays.put(file.bytes(), file.path());
            byPath.put(file.path(), file.bytes());
        }
        cleanArrays = arrays;
        cleanByPath = byPath;
    }
}
