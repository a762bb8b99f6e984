package org.casebake.serve;

import com.sun.net.httpserver.HttpExchange;
import org.casebake.parse.YamlNode;
import org.casebake.parse.YamlReader;
import org.casebake.problem.ProblemCollector;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A write request to the curation view, checked before anything is read from it: POST only, a
 * same-origin {@code Origin}, the preview's secret token in {@code X-Casebake-Token} (compared in
 * constant time), a form or JSON body of at most {@value #MAX_BYTES} bytes. Its fields are the body's
 * names with their values; a name may repeat in a form, or have a list of texts in JSON.
 */
final class WriteRequest {

    /** The largest body accepted. */
    static final int MAX_BYTES = 64 * 1024;
    /** The header carrying the token. */
    static final String TOKEN_HEADER = "X-Casebake-Token";

    private final Map<String, List<String>> fields;

    private WriteRequest(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    /** Why a request was refused before it was read: the HTTP status and a message. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** Checks and reads the request; {@code token} is this preview's secret. */
    static WriteRequest read(HttpExchange exchange, String token) throws Refused, IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new Refused(405, "changes are sent with POST");
        }
        List<String> origins = exchange.getRequestHeaders().get("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (origins == null || origins.size() != 1 || host == null
                || !origins.get(0).strip().toLowerCase(Locale.ROOT).equals("http://" + host.strip().toLowerCase(Locale.ROOT))) {
            throw new Refused(403, "changes are accepted only from the curation page of this preview (same origin)");
        }
        List<String> tokens = exchange.getRequestHeaders().get(TOKEN_HEADER);
        if (tokens == null || tokens.size() != 1 || !MessageDigest.isEqual(tokens.get(0).getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused(403, "the request lacks this preview's token: reload the curation page (the preview may have restarted)");
        }
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("")
                .toLowerCase(Locale.ROOT);
        String body = body(exchange);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return new WriteRequest(form(body));
        }
        if (type.startsWith("application/json")) {
            return new WriteRequest(json(body));
        }
        throw new Refused(415, "send the change as application/x-www-form-urlencoded or application/json");
    }

    /** The first value of {@code name}, or "". */
    String text(String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Every value of {@code name}; one value with commas counts as a list. */
    List<String> texts(String name) {
        List<String> values = new ArrayList<>();
        for (String value : fields.getOrDefault(name, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static String body(HttpExchange exchange) throws Refused, IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.strip().length() > 9 || length != null && parse(length) > MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static long parse(String length) throws Refused {
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            throw new Refused(400, "Content-Length is not a number");
        }
    }

    private static Refused tooLarge() {
        return new Refused(413, "a change is at most " + MAX_BYTES / 1024 + " KiB");
    }

    private static Map<String, List<String>> form(String body) throws Refused {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new Refused(400, "the form body is not well formed");
            }
        }
        return fields;
    }

    /** A JSON object of texts, numbers, booleans or lists of them; read with the YAML reader, as JSON is YAML. */
    private static Map<String, List<String>> json(String body) throws Refused {
        ProblemCollector problems = new ProblemCollector();
        Optional<YamlNode> root = new YamlReader().read(body, "request", 1, problems);
        if (problems.hasErrors() || root.isEmpty() || !(root.get() instanceof YamlNode.Mapping mapping)) {
            throw new Refused(400, "the JSON body must be an object of fields");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            List<YamlNode> items = entry.value() instanceof YamlNode.Sequence seq ? seq.items() : List.of(entry.value());
            List<String> values = new ArrayList<>();
            for (YamlNode item : items) {
                if (!(item instanceof YamlNode.Scalar scalar)) {
                    throw new Refused(400, "field '" + entry.key() + "' must be a text or a list of texts");
                }
                values.add(scalar.text());
            }
            fields.put(entry.key(), values);
        }
        return fields;
    }
}
