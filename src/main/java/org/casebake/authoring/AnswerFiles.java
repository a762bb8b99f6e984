package org.casebake.authoring;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The answer files of a site as the curation view changes them: only
 * {@code content/cases/<case>/answers/<file>.md}, reached without a symbolic link or {@code ..}; a
 * change is written only over the very content it was made for (its version, the SHA-256 of the
 * bytes the page showed), atomically (a temporary file in the same folder, then a rename); the
 * changes made here can be undone, last first, as long as nobody changed the file since.
 *
 * <p>One change at a time: the methods are synchronized.
 */
public final class AnswerFiles {

    private static final Pattern ANSWER = Pattern.compile("content/cases/[^/\\\\.][^/\\\\]*/answers/[^/\\\\.][^/\\\\]*\\.md");
    private static final int UNDO_DEPTH = 100;

    private final Path site;
    private final Deque<Done> done = new ArrayDeque<>();

    /** A change that was written: the file, its bytes before, its version after, what it was. */
    private record Done(String path, byte[] before, String after, String description) {
    }

    /**
     * A file as read.
     *
     * @param path    its path in the site, {@code content/cases/<case>/answers/<file>.md}
     * @param text    its text
     * @param version the SHA-256 of its bytes, in hex
     */
    public record Current(String path, String text, String version) {
    }

    /**
     * What a change or undo did.
     *
     * @param path    the file
     * @param changed false when the change was already true of the file (nothing was written)
     * @param version the file's version now
     * @param message what was done, for the instructor
     */
    public record Outcome(String path, boolean changed, String version, String message) {
    }

    /** The answer files of the site in {@code siteFolder}. */
    public AnswerFiles(Path siteFolder) throws IOException {
        this.site = siteFolder.toRealPath();
    }

    /** The version of a file's bytes: their SHA-256 in hex. */
    public static String version(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Reads the answer file at {@code path} (relative to the site, forward slashes). */
    public synchronized Current read(String path) throws EditRefused {
        byte[] bytes = bytes(answerFile(path), path);
        return new Current(path, text(bytes, path), version(bytes));
    }

    /** Applies {@code change} to the file, if its version is still {@code version}, and remembers how to undo it. */
    public synchronized Outcome change(String path, String version, AnswerChange change) throws EditRefused {
        Path file = answerFile(path);
        byte[] before = bytes(file, path);
        if (!version(before).equals(version)) {
            throw changedOnDisk(path);
        }
        String text = text(before, path);
        String after = change.applyTo(FrontMatterEditor.of(text)).text();
        if (after.equals(text)) {
            return new Outcome(path, false, version, "nothing to change: " + change.describe() + " already");
        }
        byte[] bytes = after.getBytes(StandardCharsets.UTF_8);
        write(file, bytes, path);
        String now = version(bytes);
        done.push(new Done(path, before, now, change.describe()));
        while (done.size() > UNDO_DEPTH) {
            done.removeLast();
        }
        return new Outcome(path, true, now, change.describe());
    }

    /** Puts back the file of the last change as it was before it, if nobody changed it since. */
    public synchronized Outcome undo() throws EditRefused {
        Done last = done.peek();
        if (last == null) {
            throw new EditRefused(EditRefused.Reason.NOTHING_TO_UNDO, "nothing to undo");
        }
        Path file = answerFile(last.path());
        done.pop();
        if (!version(bytes(file, last.path())).equals(last.after())) {
            throw new EditRefused(EditRefused.Reason.CHANGED_ON_DISK, last.path() + " changed on disk after it was "
                    + last.description() + ", so that is not undone: undo it in your editor");
        }
        write(file, last.before(), last.path());
        return new Outcome(last.path(), true, version(last.before()), "undone: " + last.description());
    }

    /** The file at {@code path}, when it is an answer file reached without links; refused otherwise. */
    private Path answerFile(String path) throws EditRefused {
        if (path == null || !ANSWER.matcher(path).matches() || path.contains("/../") || path.contains("/./")) {
            throw notAnAnswer(path);
        }
        Path file = site;
        for (String part : path.split("/")) {
            file = file.resolve(part);
            if (Files.isSymbolicLink(file)) {
                throw notAnAnswer(path);
            }
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new EditRefused(EditRefused.Reason.NOT_FOUND, "there is no answer file " + path);
        }
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !file.toRealPath().equals(file.normalize())
                    || !file.normalize().startsWith(site)) {
                throw notAnAnswer(path);
            }
        } catch (IOException e) {
            throw new EditRefused(EditRefused.Reason.NOT_FOUND, "cannot read " + path + ": " + e.getMessage());
        }
        return file;
    }

    private static byte[] bytes(Path file, String path) throws EditRefused {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new EditRefused(EditRefused.Reason.NOT_FOUND, "cannot read " + path + ": " + e.getMessage());
        }
    }

    private static String text(byte[] bytes, String path) throws EditRefused {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EditRefused(EditRefused.Reason.INVALID, path + " is not UTF-8 text; save it as UTF-8 first");
        }
    }

    /** Writes {@code bytes} to a temporary file beside {@code file}, with its permissions, then renames it over {@code file}. */
    private static void write(Path file, byte[] bytes, String path) throws EditRefused {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(bytes));
                out.force(true);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temporary, posix.readAttributes().permissions());
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
        } catch (IOException e) {
            throw new EditRefused(EditRefused.Reason.INVALID, "cannot write " + path + ": " + e.getMessage());
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The change failed already; a stray hidden temporary file is the lesser problem.
                }
            }
        }
    }

    private static EditRefused changedOnDisk(String path) {
        return new EditRefused(EditRefused.Reason.CHANGED_ON_DISK, path
                + " changed on disk since this page was loaded; nothing was written: reload the page to see it as it is now");
    }

    private static EditRefused notAnAnswer(String path) {
        return new EditRefused(EditRefused.Reason.NOT_AN_ANSWER,
                "only answer files, content/cases/<case>/answers/<file>.md, can be changed here");
    }
}
