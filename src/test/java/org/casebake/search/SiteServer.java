package org.casebake.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site from a folder on 127.0.0.1 (a free port) under a sub-path, as a course site on a
 * university web server would be, with the JDK's own HTTP server. The sub-path is the sample's unless
 * told otherwise; a site's 404 page works only under the path of its own {@code baseUrl}.
 */
public final class SiteServer implements AutoCloseable {

    static final String SUB_PATH = "/~prof/mgmt301/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "xml", "application/xml");

    static {
        // Without TCP_NODELAY the JDK server's small writes meet delayed ACKs: every file takes 40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final Path site;
    private final String subPath;

    public SiteServer(Path site) {
        this(site, SUB_PATH);
    }

    /** Serves {@code site} under {@code subPath}, which starts and ends with a slash. */
    public SiteServer(Path site, String subPath) {
        this.site = site.toAbsolutePath().normalize();
        this.subPath = subPath;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(subPath, this::serve);
        server.start();
    }

    /** The address of the site root, ending in a slash. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + subPath;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String rest = exchange.getRequestURI().getPath().substring(subPath.length());
        Path file = site.resolve(rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest).normalize();
        try (exchange; OutputStream body = exchange.getResponseBody()) {
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            body.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
