package org.casebake.source;

import org.casebake.problem.ProblemCollector;
import org.casebake.problem.ProblemReport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the site's sources under {@code content/} and the files to copy from {@code assets/}, in
 * sorted order so that two builds see the same input the same way.
 *
 * <p>A Markdown file in a place Casebake does not read is an error, not something silently left
 * out: an instructor who saved an answer in the wrong folder learns about it.
 */
public final class ContentScanner {

    /** How long ago a file must have changed before its stamp is trusted to tell a later change. */
    private static final long SETTLED_MILLIS = 3_000;

    private final Memo<SiteFolder.Entry, String> texts;
    private final ListingMemory listings;
    private final boolean digesting;

    /** A scanner that lists every folder and reads every file on every scan. */
    public ContentScanner() {
        this(Memo.none(), ListingMemory.none());
    }

    /**
     * A scanner that reuses the text read on an earlier scan while a file's size, modification
     * time and identity stay the same, and the last listing of the folders when told which files
     * changed since ({@code casebake serve}).
     */
    public ContentScanner(Memo<SiteFolder.Entry, String> texts, ListingMemory listings) {
        this(texts, listings, false);
    }

    private ContentScanner(Memo<SiteFolder.Entry, String> texts, ListingMemory listings, boolean digesting) {
        this.texts = texts;
        this.listings = listings;
        this.digesting = digesting;
    }

    /**
     * A scanner that reads every file and also keeps the SHA-256 of the bytes it read of each
     * Markdown source ({@link SourceSet#readDigests()}), so that whoever must know what a build read
     * does not read the files a second time.
     */
    public static ContentScanner digesting() {
        return new ContentScanner(Memo.none(), ListingMemory.none(), true);
    }

    /**
     * Scans {@code sourceRoot}; unreadable or misplaced files, and symbolic links that may not be
     * followed (in {@code content/}, {@code assets/}, {@code templates/} or in place of a file Casebake
     * reads beside them), are reported to {@code problems}.
     */
    public SourceSet scan(Path sourceRoot, ProblemCollector problems) {
        return scan(sourceRoot, SourceChanges.UNKNOWN, problems);
    }

    /**
     * Scans {@code sourceRoot} as {@link #scan(Path, ProblemCollector)} does, knowing what changed
     * since the last scan: the listing of the folders is made again only as far as that needs.
     */
    public SourceSet scan(Path sourceRoot, SourceChanges changes, ProblemCollector problems) {
        SiteFolder site = SiteFolder.of(sourceRoot);
        ListingMemory.Listing listing = listings.list(site, changes);
        problems.addAll(listing.problems());
        List<Listed> toRead = new ArrayList<>();
        List<SiteFolder.Entry> beside = new ArrayList<>();
        for (SiteFolder.Entry file : listing.content()) {
            String rel = file.path();
            Optional<SourceKind> kind = ContentLayout.kindOf(rel);
            if (kind.isPresent()) {
                toRead.add(new Listed(file, rel, kind.get()));
            } else if (ContentLayout.isBesideACase(rel)) {
                beside.add(file);
            } else {
                reportMisplaced(rel, problems);
            }
        }
        // Files are read in parallel (decoding is most of the work); problems keep file order.
        List<Read> read = toRead.parallelStream().map(this::read).toList();
        List<SourceFile> sources = new ArrayList<>();
        Map<String, byte[]> digests = new HashMap<>();
        for (Read r : read) {
            problems.addAll(r.problems());
            r.file().ifPresent(sources::add);
            r.digest().ifPresent(d -> digests.put(r.path(), d));
        }
        List<StaticFile> statics = listing.assets().stream().map(file -> new StaticFile(file.path(), file.file())).toList();
        return new SourceSet(sources, statics, beside, new ReadDigests(digests));
    }

    /**
     * Reads the one Markdown source {@code path} (relative to {@code sourceRoot}) as a scan reads it: by
     * the same layout, link rules and strict decoding. Empty when a problem was reported, or when the
     * file does not exist (reported too).
     */
    public static Optional<SourceFile> readSource(Path sourceRoot, String path, ProblemCollector problems) {
        Optional<SourceKind> kind = ContentLayout.kindOf(path);
        if (kind.isEmpty()) {
            reportMisplaced(path, problems);
            return Optional.empty();
        }
        int before = problems.errorCount();
        Optional<SiteFolder.Entry> file = SiteFolder.of(sourceRoot).file(path, problems);
        if (file.isEmpty()) {
            if (problems.errorCount() == before) {
                problems.error(path, "cannot read file: there is no such file", null);
            }
            return Optional.empty();
        }
        return readText(file.get(), problems).map(text -> new SourceFile(path, kind.get(), text));
    }

    /**
     * A file's text as strict UTF-8, without a byte-order mark and with LF line endings; empty when it
     * cannot be read or is not UTF-8 (reported, with the line and column of the first bad byte).
     */
    public static Optional<String> readText(SiteFolder.Entry file, ProblemCollector problems) {
        return read(file, file.path(), problems);
    }

    private static void reportMisplaced(String path, ProblemCollector problems) {
        problems.error(path, "Casebake does not read this file here",
                "cases go in content/cases/<slug>/index.md, answers in content/cases/<slug>/answers/,"
                        + " comparisons in content/comparisons/<slug>.md; images may sit beside a case's index.md");
    }

    private record Listed(SiteFolder.Entry stamp, String rel, SourceKind kind) {
    }

    private record Read(String path, Optional<SourceFile> file, Optional<byte[]> digest, ProblemReport problems) {
    }

    private Read read(Listed listed) {
        Optional<String> remembered = texts.recall(listed.stamp());
        if (remembered.isPresent()) {
            return new Read(listed.rel(), remembered.map(t -> new SourceFile(listed.rel(), listed.kind(), t)), Optional.empty(),
                    ProblemReport.empty());
        }
        ProblemCollector local = new ProblemCollector();
        Optional<byte[]> bytes = readBytes(listed.stamp(), listed.rel(), local);
        Optional<byte[]> digest = bytes.filter(b -> digesting).map(ReadDigests::sha256);
        Optional<String> text = bytes.flatMap(b -> decode(b, listed.rel(), local));
        // Only good reads are remembered: a file with a problem reports it again on every scan. And
        // only of files not changed lately: a file system with coarse times could give a second
        // save within the same tick the same stamp, so such files are read again until they settle.
        if (listed.stamp().modified().toMillis() < System.currentTimeMillis() - SETTLED_MILLIS) {
            text.ifPresent(t -> texts.remember(listed.stamp(), t));
        }
        return new Read(listed.rel(), text.map(t -> new SourceFile(listed.rel(), listed.kind(), t)), digest, local.report());
    }

    /** Reads a file as strict UTF-8, reporting the line and column of the first bad byte. */
    private static Optional<String> read(SiteFolder.Entry file, String rel, ProblemCollector problems) {
        return readBytes(file, rel, problems).flatMap(bytes -> decode(bytes, rel, problems));
    }

    private static Optional<byte[]> readBytes(SiteFolder.Entry file, String rel, ProblemCollector problems) {
        try {
            return Optional.of(SiteFolder.read(file));
        } catch (IOException e) {
            problems.error(rel, "cannot read file: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    private static Optional<String> decode(byte[] bytes, String rel, ProblemCollector problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            reportBadByte(bytes, in.position(), rel, problems);
            return Optional.empty();
        }
        out.flip();
        return Optional.of(normalise(out.toString()));
    }

    private static void reportBadByte(byte[] bytes, int offset, String rel, ProblemCollector problems) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        problems.error(rel, line, column.length() + 1,
                String.format("file is not valid UTF-8 (byte 0x%02X)", bytes[offset] & 0xFF),
                "save the file as UTF-8 in your editor");
    }

    /** Drops a byte-order mark and turns CRLF and CR line endings into LF. */
    static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
    }
}
