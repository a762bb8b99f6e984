package org.casebake.source;

import org.casebake.reuse.Memo;
import org.casebake.validate.ProblemCollector;
import org.casebake.validate.ProblemReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the site's sources under {@code content/} and the files to copy from {@code assets/}, in
 * sorted order so that two builds see the same input the same way.
 *
 * <p>A Markdown file in a place Casebake does not read is an error, not something silently left
 * out: an instructor who saved an answer in the wrong folder learns about it.
 */
public final class ContentScanner {

    /** Files beside a case that are copied into the case's folder (figures, handouts). */
    private static final Set<String> CASE_FILE_TYPES = Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "pdf");

    /** How long ago a file must have changed before its stamp is trusted to tell a later change. */
    private static final long SETTLED_MILLIS = 3_000;

    private final Memo<FileStamp, String> texts;

    /** A scanner that reads every file on every scan. */
    public ContentScanner() {
        this(Memo.none());
    }

    /**
     * A scanner that reuses the text read on an earlier scan while a file's size, modification
     * time and identity stay the same ({@code casebake serve}).
     */
    public ContentScanner(Memo<FileStamp, String> texts) {
        this.texts = texts;
    }

    /**
     * A file as the file system describes it; a save changes at least its modification time.
     *
     * @param file     the file
     * @param size     its size in bytes
     * @param modified its modification time
     * @param identity the file system's key for it (inode), or null if there is none
     */
    public record FileStamp(Path file, long size, FileTime modified, Object identity) {
    }

    /** Scans {@code sourceRoot}; unreadable or misplaced files are reported to {@code problems}. */
    public SourceSet scan(Path sourceRoot, ProblemCollector problems) {
        List<Listed> toRead = new ArrayList<>();
        List<StaticFile> statics = new ArrayList<>();
        for (FileStamp file : sortedFiles(sourceRoot.resolve("content"))) {
            String rel = relative(sourceRoot, file.file());
            Optional<SourceKind> kind = kindOf(rel);
            if (kind.isPresent()) {
                toRead.add(new Listed(file, rel, kind.get()));
            } else if (isCaseFile(rel)) {
                statics.add(new StaticFile(rel.substring("content/".length()), file.file()));
            } else {
                problems.error(rel, "Casebake does not read this file here",
                        "cases go in content/cases/<slug>/index.md, answers in content/cases/<slug>/answers/,"
                                + " comparisons in content/comparisons/<slug>.md; images may sit beside a case's index.md");
            }
        }
        // Files are read in parallel (decoding is most of the work); problems keep file order.
        List<Read> read = toRead.parallelStream().map(this::read).toList();
        List<SourceFile> sources = new ArrayList<>();
        for (Read r : read) {
            problems.addAll(r.problems());
            r.file().ifPresent(sources::add);
        }
        for (FileStamp file : sortedFiles(sourceRoot.resolve("assets"))) {
            statics.add(new StaticFile(relative(sourceRoot, file.file()), file.file()));
        }
        return new SourceSet(sources, statics);
    }

    private record Listed(FileStamp stamp, String rel, SourceKind kind) {
    }

    private record Read(Optional<SourceFile> file, ProblemReport problems) {
    }

    private Read read(Listed listed) {
        Optional<String> remembered = texts.recall(listed.stamp());
        if (remembered.isPresent()) {
            return new Read(remembered.map(t -> new SourceFile(listed.rel(), listed.kind(), t)), ProblemReport.empty());
        }
        ProblemCollector local = new ProblemCollector();
        Optional<String> text = read(listed.stamp().file(), listed.rel(), local);
        // Only good reads are remembered: a file with a problem reports it again on every scan. And
        // only of files not changed lately: a file system with coarse times could give a second
        // save within the same tick the same stamp, so such files are read again until they settle.
        if (listed.stamp().modified().toMillis() < System.currentTimeMillis() - SETTLED_MILLIS) {
            text.ifPresent(t -> texts.remember(listed.stamp(), t));
        }
        return new Read(text.map(t -> new SourceFile(listed.rel(), listed.kind(), t)), local.report());
    }

    /** What a path under the source folder is, if Casebake reads it as Markdown. */
    static Optional<SourceKind> kindOf(String rel) {
        String[] parts = rel.split("/");
        if (!rel.endsWith(".md")) {
            return Optional.empty();
        }
        if (parts.length == 4 && parts[1].equals("cases") && parts[3].equals("index.md")) {
            return Optional.of(SourceKind.CASE);
        }
        if (parts.length == 4 && parts[1].equals("cases") && parts[3].equals("teaching-notes.md")) {
            return Optional.of(SourceKind.TEACHING_NOTE);
        }
        if (parts.length == 5 && parts[1].equals("cases") && parts[3].equals("answers")) {
            return Optional.of(SourceKind.ANSWER);
        }
        if (parts.length == 3 && parts[1].equals("comparisons")) {
            return Optional.of(SourceKind.COMPARISON);
        }
        return Optional.empty();
    }

    private static boolean isCaseFile(String rel) {
        String[] parts = rel.split("/");
        int dot = rel.lastIndexOf('.');
        return parts.length >= 4 && parts[1].equals("cases") && dot > 0
                && CASE_FILE_TYPES.contains(rel.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Reads a file as strict UTF-8, reporting the line and column of the first bad byte. */
    private static Optional<String> read(Path file, String rel, ProblemCollector problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(rel, "cannot read file: " + e.getMessage(), null);
            return Optional.empty();
        }
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

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Regular files below {@code dir}, sorted by path; hidden files and folders are skipped. */
    private static List<FileStamp> sortedFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<FileStamp> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attrs) {
                    return folder.equals(dir) || !isHidden(dir.relativize(folder)) ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    // A link to a file counts as the file, as it does for every other tool.
                    BasicFileAttributes target = attrs.isSymbolicLink() && Files.isRegularFile(file)
                            ? Files.readAttributes(file, BasicFileAttributes.class) : attrs;
                    if (target.isRegularFile() && !isHidden(dir.relativize(file))) {
                        files.add(new FileStamp(file, target.size(), target.lastModifiedTime(), target.fileKey()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(FileStamp::file));
        return files;
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
