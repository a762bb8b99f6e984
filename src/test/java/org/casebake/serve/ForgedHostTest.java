package org.casebake.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview answers only requests addressed to it by the name {@code casebake serve} printed
 * (127.0.0.1:port) or localhost on that port. A page the instructor visits could otherwise read the
 * preview, teaching notes included, by rebinding its own name to 127.0.0.1: such requests carry the
 * page's name in {@code Host} and get 403, the live-reload stream included. Requests are written
 * byte for byte on a socket, since HTTP clients do not let a caller forge {@code Host}.
 */
class ForgedHostTest {

    private static final String SECRET = "teaching note: the answer is B";

    private ReloadEvents events;
    private PreviewServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        SiteSnapshot site = new SiteSnapshot(1, "/course/", Map.of("index.html", SECRET.getBytes(StandardCharsets.UTF_8)));
        events = new ReloadEvents(new PreviewState(site, List.of()));
        server = PreviewServer.start(0, events, new PendingChanges(), Duration.ofSeconds(10), java.util.Optional.empty());
        port = server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void thePrintedAddressAndLocalhostOnItsPortAreAnswered() throws IOException {
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port)) {
            String response = request("GET /course/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 200"), host + ": " + statusLine(response));
            assertTrue(response.contains(SECRET), host);
        }
    }

    @Test
    void aRebindingPageUnderItsOwnNameIsRefused() throws IOException {
        for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1.attacker.example:" + port,
                "localhost.attacker.example:" + port, "localhost.:" + port)) {
            assertRefused("GET /course/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", host);
        }
    }

    @Test
    void theLoopbackAddressOnAnotherPortOrWithoutAPortIsRefused() throws IOException {
        for (String host : List.of("127.0.0.1:" + (port == 65535 ? 1 : port + 1), "127.0.0.1", "localhost", "127.0.0.2:" + port,
                "[::1]:" + port, "0.0.0.0:" + port, "2130706433:" + port)) {
            assertRefused("GET /course/ HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", host);
        }
    }

    @Test
    void aRequestWithoutOneHostIsRefused() throws IOException {
        assertRefused("GET /course/ HTTP/1.0\r\n\r\n", "HTTP/1.0 without Host");
        assertRefused("GET /course/ HTTP/1.1\r\nConnection: close\r\n\r\n", "HTTP/1.1 without Host");
        assertRefused("GET /course/ HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n", "an empty Host");
        assertRefused("GET /course/ HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nHost: attacker.example:" + port
                + "\r\nConnection: close\r\n\r\n", "two Host headers");
    }

    @Test
    void anAbsoluteRequestTargetMustNameThePreviewToo() throws IOException {
        assertRefused("GET http://attacker.example:" + port + "/course/ HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n", "absolute target with another name");
        String response = request("GET http://127.0.0.1:" + port + "/course/ HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(response.contains(SECRET), statusLine(response));
    }

    @Test
    void theLiveReloadStreamIsRefusedUnderAForgedName() throws IOException {
        assertRefused("GET " + ReloadScript.EVENTS_PATH + " HTTP/1.1\r\nHost: attacker.example:" + port
                + "\r\nConnection: close\r\n\r\n", "event stream");
        assertRefused("GET " + ReloadScript.STATE_PATH + " HTTP/1.1\r\nHost: attacker.example:" + port
                + "\r\nConnection: close\r\n\r\n", "state");
        assertEquals(0, events.size(), "no listener was opened for the forged request");
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH")) {
            String response = request(method + " /course/ HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertTrue(response.startsWith("HTTP/1.1 405"), method + ": " + statusLine(response));
            assertFalse(response.contains(SECRET), method);
        }
        String head = request("HEAD /course/ HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 200"), statusLine(head));
    }

    private void assertRefused(String rawRequest, String what) throws IOException {
        String response = request(rawRequest);
        assertTrue(response.startsWith("HTTP/1.1 403") || response.startsWith("HTTP/1.1 400"), what + ": " + statusLine(response));
        assertFalse(response.contains(SECRET), what + " got the page");
        assertFalse(response.contains("event:"), what + " got the event stream");
    }

    private String request(String raw) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(String response) {
        int end = response.indexOf('\r');
        return end < 0 ? response : response.substring(0, end);
    }
}
