package org.casebake.source;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemoTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute(List<String> key) {
        computed.incrementAndGet();
        return String.join("+", key);
    }

    @Test
    void aKeptMemoFindsAnEqualKey() {
        Memo<List<String>, String> memo = Memo.kept();
        String first = memo.get(new ArrayList<>(List.of("a", "b")), this::compute);
        assertSame(first, memo.get(new ArrayList<>(List.of("a", "b")), this::compute));
        assertEquals(1, computed.get());
    }

    @Test
    void aMemoByIdentityFindsTheSameKeyOnlyAndComputesAnEqualOneAgain() {
        Memo<List<String>, String> memo = Memo.keptByIdentity();
        List<String> key = new ArrayList<>(List.of("a", "b"));
        String first = memo.get(key, this::compute);
        assertSame(first, memo.get(key, this::compute));
        assertEquals(1, computed.get());
        assertEquals("a+b", memo.get(new ArrayList<>(key), this::compute));
        assertEquals(2, computed.get(), "an equal key made anew is computed again");
        assertTrue(memo.recall(key).isPresent());
        assertTrue(memo.recall(List.copyOf(key)).isEmpty(), "an equal key made anew is not recalled");
    }

    @Test
    void aBuildForgetsWhatItDidNotUseWhicheverTheKeying() {
        for (Memo<List<String>, String> memo : List.<Memo<List<String>, String>>of(Memo.kept(), Memo.keptByIdentity())) {
            List<String> used = List.of("used");
            List<String> unused = List.of("unused");
            memo.get(used, this::compute);
            memo.get(unused, this::compute);
            memo.endBuild();
            memo.get(used, this::compute);
            memo.endBuild();
            assertEquals(1, memo.size());
            assertTrue(memo.recall(used).isPresent());
            assertTrue(memo.recall(unused).isEmpty());
        }
    }

    @Test
    void aMemoThatKeepsNothingComputesEveryTime() {
        Memo<List<String>, String> memo = Memo.none();
        List<String> key = List.of("a");
        memo.get(key, this::compute);
        memo.get(key, this::compute);
        assertEquals(2, computed.get());
        assertEquals(0, memo.size());
    }
}
