package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.casebake.cli.ImportBlogCommand;
import org.casebake.source.ContentLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports written to attack the machine that imports them fail cleanly, read nothing else and write nothing. */
class HostileBlogExportTest {

    private static final String MARKER = "casebake-marker-5f1c9e";
    private static final String DOCTYPE_REFUSED = "error: the export declares a document type (<!DOCTYPE>), which an"
            + " export never needs; it is refused unread (export the blog again from WordPress)\n";

    @TempDir
    Path tempDir;

    private TestSite.Run importBlog(TestSite site, Path export) {
        return site.run(new ImportBlogCommand(), export.toString());
    }

    private static String post(String content) {
        return """
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"\
                 xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><title>Blog</title><item><title>Post</title>
                <content:encoded>%s</content:encoded>
                <wp:post_id>1</wp:post_id><wp:post_name>post</wp:post_name><wp:status>publish</wp:status>
                <wp:post_type>post</wp:post_type></item></channel></rss>
                """.formatted(content);
    }

    @Test
    void anExternalEntityPointingAtALocalFileIsRefusedUnread() throws IOException {
        Path marker = Files.writeString(tempDir.resolve("marker.txt"), MARKER, StandardCharsets.UTF_8);
        Path export = Files.writeString(tempDir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + marker.toUri() + "\">]>\n" + post("&xxe;"));
        TestSite site = TestSite.empty(tempDir.resolve("site"));
        TestSite.Run run = importBlog(site, export);
        assertEquals(1, run.exitCode());
        assertEquals(export + ":2:1: " + DOCTYPE_REFUSED, run.err());
        assertEquals("", run.out());
        assertFalse(run.err().contains(MARKER));
        assertEquals(List.of(), site.fileNames(""));
    }

    @Test
    void anExternalDtdOrEntityOnTheNetworkIsNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String base = "http://127.0.0.1:" + server.getLocalPort();
            Path dtd = Files.writeString(tempDir.resolve("dtd.xml"), "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE rss SYSTEM \"" + base + "/export.dtd\">\n" + post("text"));
            Path entity = Files.writeString(tempDir.resolve("entity.xml"), "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE rss [<!ENTITY % remote SYSTEM \"" + base + "/e.dtd\"> %remote;]>\n" + post("text"));
            TestSite site = TestSite.empty(tempDir.resolve("site"));
            AtomicInteger connections = new AtomicInteger();
            for (Path export : List.of(dtd, entity)) {
                TestSite.Run run = importBlog(site, export);
                assertEquals(1, run.exitCode());
                assertEquals(export + ":2:1: " + DOCTYPE_REFUSED, run.err());
                try {
                    server.accept().close();
                    connections.incrementAndGet();
                } catch (SocketTimeoutException expected) {
                    // nobody connected
                }
            }
            assertEquals(0, connections.get(), "the import connected to the address in the DTD");
            assertEquals(List.of(), site.fileNames(""));
        }
    }

    @Test
    void aBillionLaughsIsRefusedAtOnce() {
        Path export = TestSite.resource("authoring/blog/billion-laughs.xml");
        TestSite site = TestSite.empty(tempDir);
        TestSite.Run run = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> importBlog(site, export));
        assertEquals(1, run.exitCode());
        assertEquals(export + ":2:1: " + DOCTYPE_REFUSED, run.err());
        assertEquals(List.of(), site.fileNames(""));
    }

    @Test
    void anUndeclaredEntityIsRefusedWithoutADtd() throws IOException {
        Path export = Files.writeString(tempDir.resolve("entity.xml"), post("a &nbsp; b"));
        TestSite site = TestSite.empty(tempDir.resolve("site"));
        TestSite.Run run = importBlog(site, export);
        assertEquals(1, run.exitCode());
        assertEquals(List.of(), site.fileNames(""));
        assertEquals(export + ":3:26: error: the export is not well-formed XML: The entity \"nbsp\" was referenced,"
                + " but not declared. (expected </content:encoded> for the <content:encoded> opened on line 3 before"
                + " this point)\n", run.err());
    }

    @Test
    void malformedXmlNamesWhatWasExpectedWhereItWentWrong() {
        Path export = TestSite.resource("authoring/blog/unclosed-comment.xml");
        TestSite site = TestSite.empty(tempDir);
        TestSite.Run run = importBlog(site, export);
        assertEquals(1, run.exitCode());
        assertEquals(export + ":14:4: error: the export is not well-formed XML: The element type \"wp:comment\" must be"
                + " terminated by the matching end-tag \"</wp:comment>\". (expected </wp:comment> for the <wp:comment>"
                + " opened on line 11 before this point)\n", run.err());
        assertEquals(List.of(), site.fileNames(""));
    }

    @Test
    void anotherKindOfXmlSaysAWordPressExportWasExpected() {
        Path export = TestSite.resource("authoring/blog/not-wordpress.xml");
        TestSite site = TestSite.empty(tempDir);
        TestSite.Run run = importBlog(site, export);
        assertEquals(1, run.exitCode());
        assertEquals(export + ":2:43: error: expected <rss> as the outermost element, found <feed> (in WordPress,"
                + " Tools → Export → Posts gives this file)\n", run.err());
    }

    @Test
    void anExportOverTheSizeCapIsRefusedUnread() throws Exception {
        Path export = TestSite.resource("authoring/blog/two-posts.xml");
        TestSite site = TestSite.empty(tempDir);
        BlogImportSummary summary = new BlogImporter(new ContentLayout(site.folder), 1000)
                .run(new BlogImportRequest(export, List.of(), null, List.of(), false));
        assertEquals(List.of(export + ":1:1: error: the export is " + Files.size(export) + " bytes, more than the 1000"
                + " Casebake reads (export only the posts you need (Tools → Export → Posts, filtered by category or"
                + " date))"), summary.problems().formatLines());
        assertEquals(List.of(), site.fileNames(""));
    }
}
