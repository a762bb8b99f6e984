package org.casebake.source;

import java.util.List;

/**
 * Everything the scanner found, in sorted order: the Markdown sources Casebake reads, the static
 * files it copies from {@code assets/}, and the other files in case folders (figures, handouts,
 * attachments), which are published only where published content links to them; and, when the
 * scan was asked for them, the digests of the bytes it read.
 */
public record SourceSet(List<SourceFile> sources, List<StaticFile> staticFiles, List<SiteFolder.Entry> besideFiles,
                        ReadDigests readDigests) {

    public SourceSet {
        sources = List.copyOf(sources);
        staticFiles = List.copyOf(staticFiles);
        besideFiles = List.copyOf(besideFiles);
    }

    /** The sources of one kind, in path order. */
    public List<SourceFile> ofKind(SourceKind kind) {
        return sources.stream().filter(s -> s.kind() == kind).toList();
    }
}
