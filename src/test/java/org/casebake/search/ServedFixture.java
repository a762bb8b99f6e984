package org.casebake.search;

import java.nio.file.Path;

/**
 * The fixture course built twice for the browser tests and ready to open: with the whole index in one
 * file, served over HTTP under a sub-path; and split into many shards, opened from disk (file://).
 */
final class ServedFixture {

    private final SiteServer server;
    private final String fileRoot;

    ServedFixture(Path folder) {
        FixtureSite.write(folder.resolve("single"), new SearchIndexBuilder());
        FixtureSite.write(folder.resolve("sharded"), new SearchIndexBuilder(1, 120));
        server = new SiteServer(folder.resolve("single"));
        fileRoot = folder.resolve("sharded").toUri().toString();
    }

    /** The root of the site of the given kind, "http" or "file", ending in a slash. */
    String root(String kind) {
        return kind.equals("http") ? server.root() : fileRoot;
    }

    SiteServer server() {
        return server;
    }
}
