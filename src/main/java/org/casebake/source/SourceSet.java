package org.casebake.source;

import java.util.List;

/**
 * Everything the scanner found, in sorted order: the Markdown sources Casebake reads and the static
 * files it copies.
 */
public record SourceSet(List<SourceFile> sources, List<StaticFile> staticFiles) {

    public SourceSet {
        sources = List.copyOf(sources);
        staticFiles = List.copyOf(staticFiles);
    }

    /** The sources of one kind, in path order. */
    public List<SourceFile> ofKind(SourceKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).toList();
    }
}
