package org.casebake.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The preview's web server, on the loopback interface only (127.0.0.1): nobody else on the network
 * can see unpublished drafts or teaching notes. It serves the current {@link PreviewState}'s site
 * through {@link PreviewRouter}, adds the reload script to HTML pages, and offers the script, the
 * event stream and the state under {@value ReloadScript#PREFIX}. A site file asked for while a change
 * is pending is answered after its rebuild ({@link PendingChanges}); the script, the stream, the
 * state and the curation view answer at once.
 */
final class PreviewServer implements AutoCloseable {

    private static final long KEEP_ALIVE_SECONDS = 15;

    private final HttpServer server;
    private final ExecutorService requests;
    private final ScheduledExecutorService keepAlive;
    private final ReloadEvents events;
    private final PendingChanges pending;
    private final Duration freshPageWait;
    private final PreviewRouter router = new PreviewRouter();
    private final AllowedHosts hosts;
    private final ReloadScript script = new ReloadScript();
    private final Optional<CurationView> curation;

    private PreviewServer(HttpServer server, ReloadEvents events, PendingChanges pending, Duration freshPageWait,
                          Optional<CurationView> curation) {
        this.server = server;
        this.events = events;
        this.pending = pending;
        this.freshPageWait = freshPageWait;
        this.curation = curation;
        this.hosts = new AllowedHosts(server.getAddress().getPort());
        // One thread per open event stream or page waiting for a rebuild, so a cached pool: they hold their thread.
        this.requests = Executors.newCachedThreadPool(daemon("casebake-preview-http"));
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(daemon("casebake-preview-keep-alive"));
    }

    /**
     * Starts serving on 127.0.0.1:{@code port} (0 for any free port), with the curation view if there is one.
     *
     * @param pending       changes whose rebuild a page asked for meanwhile waits for
     * @param freshPageWait how long a page waits for that rebuild at most
     */
    static PreviewServer start(int port, ReloadEvents events, PendingChanges pending, Duration freshPageWait,
                               Optional<CurationView> curation) throws IOException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer http = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        PreviewServer preview = new PreviewServer(http, events, pending, freshPageWait, curation);
        http.createContext("/", preview::handle);
        http.setExecutor(preview.requests);
        http.start();
        preview.keepAlive.scheduleWithFixedDelay(events::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
        return preview;
    }

    /** The port the server listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // Before anything else, the event stream included: a page under another name reads nothing.
            if (!hosts.allow(exchange.getRequestHeaders().get("Host"), exchange.getRequestURI())) {
                send(exchange, PreviewResponse.text(403, "The preview answers only to the address casebake serve printed"
                        + " (http://127.0.0.1:" + port() + "/ or http://localhost:" + port() + "/)."));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            PreviewState now = events.state();
            if (curation.isPresent() && curation.get().owns(path, now.site().basePath())) {
                curation.get().handle(exchange, path, now.site().basePath());
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, PreviewResponse.text(405, "The preview only answers GET and HEAD."));
                return;
            }
            switch (path) {
                case ReloadScript.EVENTS_PATH -> stream(exchange);
                case ReloadScript.SCRIPT_PATH -> send(exchange, PreviewResponse.file(200, "live-reload.js", script.bytes()));
                case ReloadScript.STATE_PATH -> send(exchange, PreviewResponse.file(200, "state.json",
                        now.toJson().getBytes(StandardCharsets.UTF_8)));
                default -> {
                    PreviewState fresh = afterPendingRebuild();
                    send(exchange, page(router.route(path, fresh.site()), fresh));
                }
            }
        }
    }

    /** The state once the rebuild of changes seen so far is published, or the current one after the longest wait. */
    private PreviewState afterPendingRebuild() {
        try {
            pending.awaitBuilt(freshPageWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return events.state();
    }

    private PreviewResponse page(PreviewResponse response, PreviewState now) {
        if (!response.isHtml()) {
            return response;
        }
        byte[] html = ReloadScript.inject(response.body(), now.site().build());
        if (curation.isPresent()) {
            html = CurationView.linkFromBanner(html, now.site().basePath());
        }
        return new PreviewResponse(response.status(), response.mediaType(), response.location(), html);
    }

    /** Sends {@code response}, never cached, its type never sniffed. */
    static void send(HttpExchange exchange, PreviewResponse response) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", response.mediaType());
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        response.location().ifPresent(location -> headers.set("Location", location));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(response.status(), head ? -1 : response.body().length == 0 ? -1 : response.body().length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        ReloadEvents.Listener listener = events.open(exchange.getResponseBody());
        try {
            listener.awaitEnd();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            events.remove(listener);
        }
    }

    /** Stops at once: open event streams end, then the server closes its connections. */
    @Override
    public void close() {
        keepAlive.shutdownNow();
        events.close();
        server.stop(0);
        requests.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
