package org.casebake.build;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The guard skips an answer's own {@code author:} line, found in its front matter only. */
class GuardedSourcesTest {

    @Test
    void theAuthorLineIsFoundInTheFrontMatter() {
        assertEquals(2, GuardedSources.authorLine("---\nauthor: \"Ada Lovelace\"\nstatus: curated\n---\nText.\n"));
        assertEquals(3, GuardedSources.authorLine("---\nstatus: curated\nauthor: Ada\n---\n"));
    }

    @Test
    void anAuthorLineBelowTheFrontMatterIsText() {
        assertEquals(0, GuardedSources.authorLine("---\nstatus: curated\n---\nauthor: Ada Lovelace\n"));
        assertEquals(0, GuardedSources.authorLine("---\nstatus: curated\n---"));
        assertEquals(0, GuardedSources.authorLine(""));
    }

    @Test
    void aRowThatOnlyStartsWithDashesDoesNotEndTheFrontMatter() {
        assertEquals(3, GuardedSources.authorLine("---\n----\nauthor: Ada\n---\n"));
    }
}
