package org.casebake.source;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A path's parts are what {@code String.split("/")} gives, for any path: empty parts, slashes at either end, none. */
class ContentLayoutProperties {

    @Property(tries = 3000)
    void partsAreWhatSplitGives(@ForAll @Chars({'/', '/', '.', ' '}) @CharRange(from = 'a', to = 'c') @StringLength(max = 12) String path) {
        assertArrayEquals(path.split("/"), ContentLayout.parts(path), () -> "for '" + path + "'");
    }
}
