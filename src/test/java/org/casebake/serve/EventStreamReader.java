package org.casebake.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Reads a preview's server-sent events the way a browser tab would, for tests to wait on. */
final class EventStreamReader implements AutoCloseable {

    /** One event: its name and its data line. */
    record Event(String name, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final List<Event> seen = new ArrayList<>();
    private final Stream<String> lines;
    private final Thread reader;

    private EventStreamReader(Stream<String> lines) {
        this.lines = lines;
        this.reader = new Thread(this::read, "test-event-stream");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Connects to {@code url} and starts reading. */
    static EventStreamReader open(HttpClient client, URI url) throws IOException, InterruptedException {
        HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        return new EventStreamReader(response.body());
    }

    private void read() {
        String name = "message";
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("event: ")) {
                    name = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    events.add(new Event(name, line.substring("data: ".length())));
                    name = "message";
                }
            }
        } catch (RuntimeException e) {
            // The stream was closed.
        }
    }

    /** Waits for the next event named {@code name} whose data passes {@code data}; earlier events are skipped. */
    Event await(String name, Predicate<String> data, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            long left = Duration.between(Instant.now(), end).toMillis();
            Event next = left <= 0 ? null : events.poll(left, TimeUnit.MILLISECONDS);
            if (next == null) {
                return fail("no '" + name + "' event within " + timeout + "; saw " + seen);
            }
            seen.add(next);
            if (next.name().equals(name) && data.test(next.data())) {
                return next;
            }
        }
    }

    @Override
    public void close() {
        lines.close();
    }
}
