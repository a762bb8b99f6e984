package org.casebake.render;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parts of page data that many pages share (an answer, a case summary, the navigation), carried
 * from one render to the next. A part equal to last time's is replaced by last time's object, so
 * comparing a page's data with the data it was last rendered from meets the same objects and
 * stops there instead of comparing every string again; a part derived from inputs equal to last
 * time's is not made again at all. Safe for the planner's parallel threads.
 */
final class SharedData {

    private final Map<String, Object> before;
    private final Map<String, Object> now;

    private SharedData(Map<String, Object> before) {
        this.before = before;
        // Sized for as many parts as last time: grown from empty, it copied itself a dozen times a render.
        this.now = new ConcurrentHashMap<>(Math.max(16, before.size()));
    }

    /** Nothing carried over: the first render. */
    static SharedData none() {
        return new SharedData(Map.of());
    }

    /**
     * The parts used by this render, to carry over to the next: handed over as they are, not copied
     * (tens of thousands on a large course), so this is called once this render's planning is done.
     */
    SharedData next() {
        return new SharedData(now);
    }

    /** {@code value}, or last render's object under {@code key} when that is equal to it. */
    @SuppressWarnings("unchecked")
    <T> T same(String key, T value) {
        Object old = before.get(key);
        T kept = value.equals(old) ? (T) old : value;
        now.put(key, kept);
        return kept;
    }

    /**
     * What {@code make} makes from {@code inputs}, or last render's result under {@code key} when
     * it was made from equal inputs. {@code make} must depend on nothing but the inputs.
     */
    @SuppressWarnings("unchecked")
    <T> T derived(String key, Object inputs, Supplier<T> make) {
        Object old = before.get(key);
        T result = old instanceof Derived d && Objects.equals(d.inputs(), inputs) ? (T) d.result() : make.get();
        now.put(key, new Derived(inputs, result));
        return result;
    }

    private record Derived(Object inputs, Object result) {
    }
}
