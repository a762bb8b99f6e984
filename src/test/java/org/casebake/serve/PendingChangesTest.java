package org.casebake.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class PendingChangesTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final PendingChanges pending = new PendingChanges();

    @Test
    void withNothingPendingNobodyWaits() throws Exception {
        long start = System.nanoTime();
        assertTrue(pending.awaitBuilt(LONG));
        pending.seen();
        pending.built();
        assertTrue(pending.awaitBuilt(LONG));
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    }

    @Test
    void aPageWaitsForThePendingRebuildAndNoLonger() throws Exception {
        pending.seen();
        CompletableFuture<Boolean> waiting = await(LONG);
        assertThrows(TimeoutException.class, () -> waiting.get(300, TimeUnit.MILLISECONDS), "answered before the rebuild");
        pending.built();
        assertTrue(waiting.get(10, TimeUnit.SECONDS));
    }

    @Test
    void everyBatchSeenBeforeTheRequestIsWaitedFor() throws Exception {
        pending.seen();
        pending.built();
        pending.seen();
        pending.seen();
        CompletableFuture<Boolean> waiting = await(LONG);
        pending.built();
        assertThrows(TimeoutException.class, () -> waiting.get(300, TimeUnit.MILLISECONDS), "one of two batches built");
        pending.built();
        assertTrue(waiting.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aBatchBegunWhileWaitingIsNotWaitedFor() throws Exception {
        pending.seen();
        CompletableFuture<Boolean> waiting = await(LONG);
        assertThrows(TimeoutException.class, () -> waiting.get(200, TimeUnit.MILLISECONDS));
        pending.seen();
        pending.built();
        assertTrue(waiting.get(10, TimeUnit.SECONDS), "saves that keep coming hold a page for one rebuild only");
        assertFalse(pending.awaitBuilt(Duration.ofMillis(50)), "a page asked for now waits for the second batch");
    }

    @Test
    void aRebuildThatTakesTooLongIsNotWaitedForPastTheLimit() throws Exception {
        pending.seen();
        long start = System.nanoTime();
        assertFalse(pending.awaitBuilt(Duration.ofMillis(200)));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos());
    }

    @Test
    void aRebuildReportedWithoutABatchDoesNotCountForTheNextBatch() throws Exception {
        pending.built();
        pending.seen();
        assertFalse(pending.awaitBuilt(Duration.ofMillis(100)));
    }

    @Test
    void stoppingThePreviewReleasesEveryWaitingPage() throws Exception {
        pending.seen();
        CompletableFuture<Boolean> waiting = await(LONG);
        assertThrows(TimeoutException.class, () -> waiting.get(200, TimeUnit.MILLISECONDS));
        pending.close();
        assertFalse(waiting.get(10, TimeUnit.SECONDS));
    }

    private CompletableFuture<Boolean> await(Duration longest) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(pending.awaitBuilt(longest));
            } catch (InterruptedException e) {
                result.completeExceptionally(e);
            }
        });
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
