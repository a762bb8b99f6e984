package org.casebake.build;

import org.casebake.parse.RenderedText;
import org.casebake.parse.SourceLink;
import org.casebake.parse.TextSection;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.casebake.build.CacheBytes.count;
import static org.casebake.build.CacheBytes.string;

/**
 * The bytes of a cache file of rendered Markdown: a header naming the file's format, the Casebake
 * code and the build options it was written for, the entries sorted by digest (so the same entries
 * give the same bytes), and a CRC-32C of everything before it. A file that is truncated, altered,
 * or written for other code or options reads as empty, never as something else.
 */
final class MarkdownEntries {

    /** "CBM" and the format's number. */
    private static final int MAGIC = 0x43424d01;

    private MarkdownEntries() {
    }

    /** The file's bytes for {@code entries}, written by the code {@code identity} for the build options {@code scope}. */
    static byte[] encode(String identity, String scope, Map<CachedMarkdown.Digest, RenderedText> entries) throws IOException {
        List<Map.Entry<CachedMarkdown.Digest, RenderedText>> sorted = new ArrayList<>(entries.entrySet());
        sorted.sort(Map.Entry.comparingByKey(Comparator.comparingLong(CachedMarkdown.Digest::a)
                .thenComparingLong(CachedMarkdown.Digest::b).thenComparingLong(CachedMarkdown.Digest::c)
                .thenComparingLong(CachedMarkdown.Digest::d)));
        return CacheBytes.write(MAGIC, identity, scope, out -> {
            out.writeInt(sorted.size());
            for (Map.Entry<CachedMarkdown.Digest, RenderedText> entry : sorted) {
                write(out, entry.getKey(), entry.getValue());
            }
        });
    }

    private static void write(DataOutputStream out, CachedMarkdown.Digest digest, RenderedText text) throws IOException {
        out.writeLong(digest.a());
        out.writeLong(digest.b());
        out.writeLong(digest.c());
        out.writeLong(digest.d());
        string(out, text.html());
        out.writeInt(text.sections().size());
        for (TextSection section : text.sections()) {
            string(out, section.heading());
            string(out, section.anchor());
            string(out, section.text());
        }
        out.writeInt(text.links().size());
        for (SourceLink link : text.links()) {
            string(out, link.url());
            out.writeInt(link.line());
            out.writeInt(link.column());
        }
    }

    /** The entries of {@code file}, or empty when it is damaged or was written for other code or options. */
    static Optional<Map<CachedMarkdown.Digest, RenderedText>> decode(byte[] file, String identity, String scope) {
        return CacheBytes.read(file, MAGIC, identity, scope, in -> {
            int count = count(in, 36);
            Map<CachedMarkdown.Digest, RenderedText> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                CachedMarkdown.Digest digest = CachedMarkdown.Digest.read(in);
                String html = string(in);
                int sectionCount = count(in, 12);
                List<TextSection> sections = new ArrayList<>(sectionCount);
                for (int s = 0; s < sectionCount; s++) {
                    sections.add(new TextSection(string(in), string(in), string(in)));
                }
                int linkCount = count(in, 12);
                List<SourceLink> links = new ArrayList<>(linkCount);
                for (int l = 0; l < linkCount; l++) {
                    links.add(new SourceLink(string(in), in.getInt(), in.getInt()));
                }
                entries.put(digest, new RenderedText(html, sections, links));
            }
            return entries;
        });
    }
}
