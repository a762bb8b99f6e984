package org.casebake.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file Casebake publishes beside a page (figures, handouts), and how each is
 * recognised by its content rather than its name: a file called {@code evil.png} that holds HTML
 * is not a PNG image, and a browser that sniffs it might run it as a page.
 */
public enum AttachmentType {
    PNG("png"),
    JPEG("jpg", "jpeg"),
    GIF("gif"),
    WEBP("webp"),
    SVG("svg"),
    PDF("pdf");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String[] extensions;

    AttachmentType(String... extensions) {
        this.extensions = extensions;
    }

    /** The type a file name's extension (any case) stands for, if Casebake publishes it. */
    public static Optional<AttachmentType> ofName(String fileName) {
        String extension = extension(fileName);
        return Arrays.stream(values()).filter(t -> Arrays.asList(t.extensions).contains(extension)).findFirst();
    }

    /** The extension of a file name, lower case, or "" when it has none. */
    public static String extension(String fileName) {
        int slash = fileName.lastIndexOf('/');
        int dot = fileName.lastIndexOf('.');
        return dot > slash + 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** Every extension Casebake publishes, for messages: "png, jpg, jpeg, gif, webp, svg and pdf". */
    public static String allExtensions() {
        String all = Arrays.stream(values()).flatMap(t -> Arrays.stream(t.extensions)).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " and " + all.substring(last + 2);
    }

    /** A name for messages: "a PNG image", "a PDF document". */
    public String description() {
        return this == PDF ? "a PDF document" : (this == SVG ? "an SVG image" : "a " + name() + " image");
    }

    /**
     * True when {@code bytes} start as a file of this type does. SVG files are checked as a whole
     * by {@link SvgImage}; here only that they do not start as another kind of document would.
     */
    public boolean matches(byte[] bytes) {
        return switch (this) {
            case PNG -> startsWith(bytes, 0, PNG_SIGNATURE);
            case JPEG -> bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
            case GIF -> startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"));
            case WEBP -> startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"));
            case PDF -> startsWith(bytes, 0, ascii("%PDF-"));
            case SVG -> true;
        };
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        return bytes.length >= at + prefix.length && Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
