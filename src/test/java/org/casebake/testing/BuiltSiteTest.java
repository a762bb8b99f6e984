package org.casebake.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scans of a built site read a sharded search index's packed files as the browser does: inflated. */
class BuiltSiteTest {

    @TempDir
    Path site;

    @Test
    void aNameInAPackedIndexFileIsFoundByBothScans() throws IOException {
        String json = "[[\"cases/c/questions/q1/index.html#answer-a1\",\"Answer by Colin Stevenson\",\"Colin Stevenson\","
                + "\"What Colin Stevenson wrote.\",2,0,0]]";
        String script = "CasebakeSearch.load(\"d/0\",\"" + deflated(json) + "\");\n";
        Files.createDirectories(site.resolve("search/d"));
        Files.writeString(site.resolve("search/d/0.js"), script);
        assertFalse(script.contains("Colin"), "the bytes alone do not show the name");

        BuiltSite built = BuiltSite.in(site);
        assertEquals(3, built.whereFound(BuiltSite.asWords("Colin Stevenson")).size());
        List<String> readable = built.whereFoundOutsidePackedData(BuiltSite.asWords("Colin Stevenson"));
        assertEquals(List.of("search/d/0.js: \"Answer by Colin Stevenson\"", "search/d/0.js: \"Colin Stevenson\"",
                "search/d/0.js: \"What Colin Stevenson wrote.\""), readable);
        assertTrue(built.whereFound("stevensonx").isEmpty());
    }

    private static String deflated(String json) {
        Deflater deflater = new Deflater(6);
        deflater.setInput(json.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] buffer = new byte[4096];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer, length));
    }
}
