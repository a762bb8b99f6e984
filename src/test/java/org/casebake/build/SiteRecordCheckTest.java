package org.casebake.build;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SiteRecordCheckTest {

    @Test
    void theSameBytesGiveTheSameCheck() {
        byte[] page = "<p>Outside programmers find bugs.</p>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(SiteRecord.check(page), SiteRecord.check(page.clone()));
    }

    @Test
    void everyOneByteChangeOrCutChangesTheCheck() {
        byte[] page = "<p>Outside programmers find bugs the company's own staff would miss.</p>".getBytes(StandardCharsets.UTF_8);
        Set<String> checks = new HashSet<>();
        checks.add(new String(SiteRecord.check(page), StandardCharsets.ISO_8859_1));
        int variants = 1;
        for (int i = 0; i < page.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] changed = page.clone();
                changed[i] ^= (byte) (1 << bit);
                checks.add(new String(SiteRecord.check(changed), StandardCharsets.ISO_8859_1));
                variants++;
            }
            byte[] cut = java.util.Arrays.copyOf(page, i);
            checks.add(new String(SiteRecord.check(cut), StandardCharsets.ISO_8859_1));
            variants++;
        }
        byte[] swapped = page.clone();
        swapped[3] = page[4];
        swapped[4] = page[3];
        checks.add(new String(SiteRecord.check(swapped), StandardCharsets.ISO_8859_1));
        variants++;
        assertEquals(variants, checks.size(), "each change gives a check of its own");
    }
}
