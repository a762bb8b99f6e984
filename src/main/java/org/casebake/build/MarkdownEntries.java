package org.casebake.build;

import org.casebake.parse.RenderedText;
import org.casebake.parse.SourceLink;
import org.casebake.parse.TextSection;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The bytes of a cache file of rendered Markdown: a header naming the file's format, the Casebake
 * code and the build options it was written for, the entries sorted by digest (so the same entries
 * give the same bytes), and a CRC-32C of everything before it. A file that is truncated, altered,
 * or written for other code or options reads as empty, never as something else.
 */
final class MarkdownEntries {

    private static final int MAGIC = 0x43424d44; // "CBMD"
    private static final int FORMAT = 1;

    private MarkdownEntries() {
    }

    /** The file's bytes for {@code entries}, written by the code {@code identity} for the build options {@code scope}. */
    static byte[] encode(String identity, String scope, Map<CachedMarkdown.Digest, RenderedText> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        string(out, identity);
        string(out, scope);
        out.writeInt(entries.size());
        List<Map.Entry<CachedMarkdown.Digest, RenderedText>> sorted = new ArrayList<>(entries.entrySet());
        sorted.sort(Map.Entry.comparingByKey(Comparator.comparingLong(CachedMarkdown.Digest::a)
                .thenComparingLong(CachedMarkdown.Digest::b).thenComparingLong(CachedMarkdown.Digest::c)
                .thenComparingLong(CachedMarkdown.Digest::d)));
        for (Map.Entry<CachedMarkdown.Digest, RenderedText> entry : sorted) {
            CachedMarkdown.Digest digest = entry.getKey();
            out.writeLong(digest.a());
            out.writeLong(digest.b());
            out.writeLong(digest.c());
            out.writeLong(digest.d());
            RenderedText text = entry.getValue();
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
        out.flush();
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray(), 0, bytes.size());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    /** The entries of {@code file}, or empty when it is damaged or was written for other code or options. */
    static Optional<Map<CachedMarkdown.Digest, RenderedText>> decode(byte[] file, String identity, String scope) {
        if (file.length < Long.BYTES) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(file, 0, file.length - Long.BYTES);
        ByteBuffer in = ByteBuffer.wrap(file, 0, file.length - Long.BYTES);
        if (ByteBuffer.wrap(file, file.length - Long.BYTES, Long.BYTES).getLong() != crc.getValue()) {
            return Optional.empty();
        }
        try {
            if (in.getInt() != MAGIC || in.getInt() != FORMAT || !string(in).equals(identity) || !string(in).equals(scope)) {
                return Optional.empty();
            }
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
            return in.hasRemaining() ? Optional.empty() : Optional.of(entries);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(ByteBuffer in) {
        int length = count(in, 1);
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    /** A count of items of at least {@code minBytes} each, refused when the rest of the file cannot hold them. */
    private static int count(ByteBuffer in, int minBytes) {
        int count = in.getInt();
        if (count < 0 || (long) count * minBytes > in.remaining()) {
            throw new IllegalArgumentException("count past the end of the file");
        }
        return count;
    }
}
