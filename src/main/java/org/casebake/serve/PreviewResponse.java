package org.casebake.serve;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one request for a page or file of the previewed site.
 *
 * @param status    the HTTP status
 * @param mediaType the {@code Content-Type}
 * @param location  where a redirect points (empty for other responses)
 * @param body      the bytes to send
 */
record PreviewResponse(int status, String mediaType, Optional<String> location, byte[] body) {

    PreviewResponse {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
    }

    /** A file of the site. */
    static PreviewResponse file(int status, String path, byte[] body) {
        return new PreviewResponse(status, MediaTypes.of(path), Optional.empty(), body);
    }

    /** A redirect to {@code location}, an absolute path on this server. */
    static PreviewResponse redirect(String location) {
        return new PreviewResponse(302, "text/plain; charset=utf-8", Optional.of(location),
                ("See " + location + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A short plain-text message. */
    static PreviewResponse text(int status, String message) {
        return new PreviewResponse(status, "text/plain; charset=utf-8", Optional.empty(),
                (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** True when the body is an HTML page. */
    boolean isHtml() {
        return MediaTypes.isHtml(mediaType);
    }
}
