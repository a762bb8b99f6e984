package org.casebake.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The link checker must reject each kind of link that breaks under a sub-path or from disk. */
class LinkCheckerTest {

    private static final String BASE = "https://example.edu/~prof/mgmt301/";

    @TempDir
    Path site;

    @Test
    void acceptsRelativeLinksToFilesAndIdsThatExist() {
        page("index.html", "<a id=top href='cases/a/index.html#q1'>a</a><a href='#top'>top</a>"
                + "<a href='https://other.example/x'>out</a><link rel=canonical href='" + BASE + "cases/a/'>");
        page("cases/a/index.html", "<section id=q1></section><img src='fig.png'><a href='../../index.html'>home</a>");
        FileTree.write(site.resolve("cases/a/fig.png"), new byte[] {1});
        assertEquals(List.of(), problems());
    }

    @Test
    void rejectsEveryKindOfBrokenLink() {
        page("index.html", "<a href='/cases/a/index.html'>root</a><a href='cases/a/'>folder</a>"
                + "<a href='cases/b/index.html'>missing</a><a href='cases/a/index.html#nope'>fragment</a>"
                + "<a href='../up.html'>up</a><a href='javascript:x()'>js</a><a href='" + BASE + "gone/'>canonical</a>");
        page("cases/a/index.html", "");
        page("404.html", "<a href='index.html'>relative on 404</a>");
        assertEquals(List.of(
                "404.html: <a href=\"index.html\">: the 404 page's links must start with the base path /~prof/mgmt301/",
                "index.html: <a href=\"/cases/a/index.html\">: starts with '/': breaks under a sub-path and from disk",
                "index.html: <a href=\"cases/a/\">: names a folder, not index.html: breaks when the site is opened from disk",
                "index.html: <a href=\"cases/b/index.html\">: no such file: cases/b/index.html",
                "index.html: <a href=\"cases/a/index.html#nope\">: no element with id 'nope' on cases/a/index.html",
                "index.html: <a href=\"../up.html\">: leaves the site's folder",
                "index.html: <a href=\"javascript:x()\">: scheme other than http(s)",
                "index.html: <a href=\"" + BASE + "gone/\">: no such file: gone/index.html"), problems());
    }

    private List<String> problems() {
        return new LinkChecker(BuiltSite.in(site), BASE).problems();
    }

    private void page(String path, String body) {
        FileTree.write(site.resolve(path), "<!DOCTYPE html><html><head></head><body>" + body + "</body></html>");
    }
}
