package org.casebake.source;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What changed in the source folder since the previous build, as far as whoever asks for the build
 * knows: every path (relative to the source folder, forward slashes) written, created or deleted
 * since then, or unknown. The preview's watcher knows; a one-off build does not, and a scan told
 * nothing lists every folder.
 *
 * @param paths the changed paths, or empty when they are not known
 */
public record SourceChanges(Optional<Set<String>> paths) {

    /** Nothing is known of what changed: everything may have. */
    public static final SourceChanges UNKNOWN = new SourceChanges(Optional.empty());

    public SourceChanges {
        Objects.requireNonNull(paths, "paths");
        paths = paths.map(Set::copyOf);
    }

    /** Exactly {@code paths} changed, and nothing else. */
    public static SourceChanges exactly(Set<String> paths) {
        return new SourceChanges(Optional.of(paths));
    }
}
