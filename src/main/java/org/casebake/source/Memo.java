package org.casebake.source;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function, kept from one build to the next by a long-running caller
 * ({@code casebake serve}), so a rebuild recomputes only what its inputs changed. The key must hold
 * every input of the function; then an entry can never be stale. {@link #endBuild()} drops the
 * entries the build just finished did not use, so memory follows the current site.
 *
 * <p>A memo made by {@link #none()} keeps nothing: one-off builds pay no memory for it. Safe for
 * use from parallel streams within a build; {@link #endBuild()} is called between builds.
 *
 * <p>A memo made by {@link #keptByIdentity()} recognises a key by its identity instead: for deeply
 * immutable keys that an earlier stage hands over as the same object while their inputs stay the
 * same, it saves walking each key's fields to hash and compare it. An equal key made anew is
 * computed again, which costs time, never correctness.
 *
 * @param <K> the function's input, with value equality (or deeply immutable, for {@link #keptByIdentity()})
 * @param <V> its result
 */
public final class Memo<K, V> {

    private final Map<Object, Entry<V>> entries;
    private final Function<K, Object> keyOf;
    private volatile long generation;

    private Memo(Map<Object, Entry<V>> entries, Function<K, Object> keyOf) {
        this.entries = entries;
        this.keyOf = keyOf;
    }

    /** A memo that keeps results between builds. */
    public static <K, V> Memo<K, V> kept() {
        return new Memo<>(new ConcurrentHashMap<>(), key -> key);
    }

    /** A memo that keeps results between builds, each found by its key's identity. */
    public static <K, V> Memo<K, V> keptByIdentity() {
        return new Memo<>(new ConcurrentHashMap<>(), SameObject::new);
    }

    /** A memo that keeps nothing: every lookup computes. */
    public static <K, V> Memo<K, V> none() {
        return new Memo<>(null, key -> key);
    }

    /** A key compared by identity. */
    private record SameObject(Object key) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SameObject same && same.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }

    private static final class Entry<V> {
        private final V value;
        private volatile long lastUsed;

        private Entry(V value, long lastUsed) {
            this.value = value;
            this.lastUsed = lastUsed;
        }
    }

    /** The remembered result for {@code key}, or {@code compute}'s, which is then remembered. */
    public V get(K key, Function<? super K, ? extends V> compute) {
        if (entries == null) {
            return compute.apply(key);
        }
        Object kept = keyOf.apply(key);
        Entry<V> entry = entries.get(kept);
        if (entry == null) {
            // Two threads may compute the same new key at once; a pure function gives both the same result.
            entry = new Entry<>(compute.apply(key), generation);
            entries.putIfAbsent(kept, entry);
        }
        entry.lastUsed = generation;
        return entry.value;
    }

    /** The remembered result for {@code key}, if any (marked as used by this build). */
    public Optional<V> recall(K key) {
        Entry<V> entry = entries == null ? null : entries.get(keyOf.apply(key));
        if (entry == null) {
            return Optional.empty();
        }
        entry.lastUsed = generation;
        return Optional.of(entry.value);
    }

    /** Remembers {@code value} as the result for {@code key}, used by this build, and returns it. */
    public V remember(K key, V value) {
        if (entries != null) {
            entries.put(keyOf.apply(key), new Entry<>(value, generation));
        }
        return value;
    }

    /** Ends a build: forgets every entry it did not use. */
    public void endBuild() {
        if (entries == null) {
            return;
        }
        long current = generation;
        entries.values().removeIf(entry -> entry.lastUsed != current);
        generation = current + 1;
    }

    /** The number of remembered results. */
    public int size() {
        return entries == null ? 0 : entries.size();
    }
}
