package org.casebake.publish;

import org.casebake.model.WithheldName;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The output files a {@link PrivacyGuard} found clean last time, with the names it checked for. A
 * long-running build ({@code casebake serve}) hands the same instance to each check, so a rebuild
 * scans only files whose path or bytes changed. Any change to the names starts over: a file is
 * only skipped if it was checked for exactly the names withheld now.
 */
public final class CleanFiles {

    private List<WithheldName> names = List.of();
    private Set<Content> clean = Set.of();

    /** A file as the memory holds it: path and bytes, with the hash of both computed once. */
    record Content(OutputFile file, int hash) {
        static Content of(OutputFile file) {
            return new Content(file, 31 * file.path().hashCode() + Arrays.hashCode(file.bytes()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Content c && c.hash == hash && c.file.path().equals(file.path())
                    && Arrays.equals(c.file.bytes(), file.bytes());
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Begins a check of {@code files} for {@code current} names; forgets everything if the names changed. */
    List<Content> startCheck(List<WithheldName> current, List<OutputFile> files) {
        if (!current.equals(names)) {
            names = List.copyOf(current);
            clean = Set.of();
        }
        return files.parallelStream().map(Content::of).toList();
    }

    /** Whether this path with these bytes was found clean by the last check. */
    boolean contains(Content content) {
        return clean.contains(content);
    }

    /** Replaces the memory by the files found clean now; files of earlier builds are dropped. */
    void remember(Collection<Content> cleanNow) {
        clean = cleanNow.stream().collect(Collectors.toUnmodifiableSet());
    }
}
