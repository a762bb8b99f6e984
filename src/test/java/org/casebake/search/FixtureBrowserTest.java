package org.casebake.search;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** What the browser tests of the fixture course share: its two builds and one Chromium for the class. */
abstract class FixtureBrowserTest {

    @TempDir
    static Path folder;
    static ServedFixture sites;
    static BrowserSession browser;

    @BeforeAll
    static void buildSitesAndStartBrowser() {
        sites = new ServedFixture(folder);
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() {
        BrowserSession.closeBoth(browser, sites == null ? null : sites.server());
    }
}
