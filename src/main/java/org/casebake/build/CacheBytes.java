package org.casebake.build;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The framing every {@link BuildCache} file shares: length-prefixed UTF-8 strings, counts checked
 * against what is left of the file, and a CRC-32C of the whole file at its end, so a truncated or
 * altered file is refused as a whole rather than read in part.
 */
final class CacheBytes {

    private CacheBytes() {
    }

    /** Writes a file's body. */
    @FunctionalInterface
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** Reads a file's body; may throw on bytes it cannot read, which then make the file read as empty. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ByteBuffer in);
    }

    /** A file of the kind {@code magic}, for the code {@code identity} and the build options {@code scope}. */
    static byte[] write(int magic, String identity, String scope, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        string(out, identity);
        string(out, scope);
        body.write(out);
        out.flush();
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray(), 0, bytes.size());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * What {@code reader} reads from {@code file}; empty when the file's CRC-32C does not match,
     * its header names another kind, code or scope, or the body does not end where the file does.
     */
    static <T> Optional<T> read(byte[] file, int magic, String identity, String scope, Reader<T> reader) {
        if (file.length < Long.BYTES) {
            return Optional.empty();
        }
        CRC32C crc = new CRC32C();
        crc.update(file, 0, file.length - Long.BYTES);
        if (ByteBuffer.wrap(file, file.length - Long.BYTES, Long.BYTES).getLong() != crc.getValue()) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(file, 0, file.length - Long.BYTES);
        try {
            if (in.getInt() != magic || !string(in).equals(identity) || !string(in).equals(scope)) {
                return Optional.empty();
            }
            T value = reader.read(in);
            return in.hasRemaining() ? Optional.empty() : Optional.of(value);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void string(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    static String string(ByteBuffer in) {
        int length = count(in, 1);
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    /** A count of items of at least {@code minBytes} each, refused when the rest of the file cannot hold them. */
    static int count(ByteBuffer in, int minBytes) {
        int count = in.getInt();
        if (count < 0 || (long) count * minBytes > in.remaining()) {
            throw new IllegalArgumentException("count past the end of the file");
        }
        return count;
    }
}
