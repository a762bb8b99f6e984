package org.casebake.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page asked for after a save shows the save: while a change is pending, the server answers site
 * files once the rebuild is published (bounded), and everything the open tabs and the curation
 * view need at once.
 */
@Timeout(60)
class PageAfterSaveTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final PendingChanges pending = new PendingChanges();
    private ReloadEvents events;
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        events = new ReloadEvents(new PreviewState(site(1, "before the save"), List.of()));
        server = PreviewServer.start(0, events, pending, WAIT, Optional.empty());
    }

    @AfterEach
    void stop() {
        pending.close();
        server.close();
    }

    @Test
    void aPageAskedForWhileARebuildIsPendingShowsTheRebuiltSite() throws Exception {
        assertTrue(get("/course/").body().contains("before the save"));
        pending.seen();
        CompletableFuture<HttpResponse<String>> page = client.sendAsync(request("/course/"), HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> css = client.sendAsync(request("/course/site.css"), HttpResponse.BodyHandlers.ofString());
        assertThrows(TimeoutException.class, () -> page.get(300, TimeUnit.MILLISECONDS), "answered from the site before the save");
        events.publish(new PreviewState(site(2, "after the save"), List.of()));
        pending.built();
        HttpResponse<String> answered = page.get(20, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode());
        assertTrue(answered.body().contains("after the save"), answered.body());
        assertTrue(css.get(20, TimeUnit.SECONDS).body().contains("after the save"), "every site file waits, not only pages");
    }

    @Test
    void aFailedRebuildReleasesThePageWithTheLastGoodSite() throws Exception {
        pending.seen();
        CompletableFuture<HttpResponse<String>> page = client.sendAsync(request("/course/"), HttpResponse.BodyHandlers.ofString());
        assertThrows(TimeoutException.class, () -> page.get(300, TimeUnit.MILLISECONDS));
        events.publish(new PreviewState(events.state().site(), List.of("content/x.md:1:1: error: broken")));
        pending.built();
        assertTrue(page.get(20, TimeUnit.SECONDS).body().contains("before the save"));
    }

    @Test
    void theReloadScriptTheStateAndTheEventStreamAnswerWhileARebuildIsPending() throws Exception {
        pending.seen();
        assertEquals(200, client.sendAsync(request(ReloadScript.SCRIPT_PATH), HttpResponse.BodyHandlers.ofString())
                .get(10, TimeUnit.SECONDS).statusCode());
        assertTrue(client.sendAsync(request(ReloadScript.STATE_PATH), HttpResponse.BodyHandlers.ofString())
                .get(10, TimeUnit.SECONDS).body().startsWith("{\"build\":1"));
        try (EventStreamReader stream = EventStreamReader.open(client,
                URI.create("http://127.0.0.1:" + server.port() + ReloadScript.EVENTS_PATH))) {
            stream.await("build", "1"::equals, Duration.ofSeconds(10));
        }
    }

    @Test
    void aRebuildThatNeverEndsHoldsAPageOnlyUntilTheLimit() throws Exception {
        server.close();
        server = PreviewServer.start(0, events, pending, Duration.ofMillis(300), Optional.empty());
        pending.seen();
        long start = System.nanoTime();
        HttpResponse<String> page = get("/course/");
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
        assertTrue(page.body().contains("before the save"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(40)).build();
    }

    private static SiteSnapshot site(long build, String text) {
        return new SiteSnapshot(build, "/course/", Map.of(
                "index.html", ("<!DOCTYPE html><html><head><title>x</title></head><body>" + text + "</body></html>")
                        .getBytes(StandardCharsets.UTF_8),
                "site.css", ("/* " + text + " */").getBytes(StandardCharsets.UTF_8)));
    }
}
