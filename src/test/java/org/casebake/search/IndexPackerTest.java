package org.casebake.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexPackerTest {

    private static final List<Object> GROUP = List.of(
            List.of("cases/c/questions/q1/index.html#answer-a1", "Answer by A. B.", "A. B.",
                    "Nice </script><script>alert(1)</script> & more \u2028 line, café, 日本語, 🎉", 2, 0, 1),
            List.of("cases/c/index.html", "C", 0, List.of(List.of("Background", "background", "Some text.")), 0, 0, -1, 1));

    @Test
    void aPackedFileInflatesBackToTheJsonOfItsData() {
        String packed = IndexPacker.pack(json(GROUP));
        assertEquals(json(GROUP), IndexScripts.inflate(packed));
        assertEquals(json(List.of()), IndexScripts.inflate(IndexPacker.pack(json(List.of()))));
    }

    @Test
    void thePackedTextIsBase64SoNoStudentTextCanEndTheScript() {
        String packed = IndexPacker.pack(json(GROUP));
        assertTrue(packed.matches("[A-Za-z0-9+/]+=*"), packed);
        String script = new String(ScriptText.loader("d/0", packed), StandardCharsets.UTF_8);
        assertEquals("CasebakeSearch.load(\"d/0\",\"" + packed + "\");\n", script);
    }

    @Test
    void theSameDataAlwaysGiveTheSameText() {
        List<Object> copy = new ArrayList<>(GROUP);
        assertEquals(IndexPacker.pack(json(GROUP)), IndexPacker.pack(json(copy)));
        assertEquals(IndexPacker.forgetting().pack(List.of(GROUP, copy)).texts(),
                IndexPacker.remembering().pack(List.of(copy, GROUP)).texts());
    }

    @Test
    void textDeflatesToLessThanItsJsonEvenAsBase64() {
        List<Object> group = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            group.add(List.of("cases/c/questions/q1/index.html#answer-" + n, "Answer " + n,
                    "The company released its tools for anyone to use, and outsiders improved them. ".repeat(20 + n)));
        }
        String packed = IndexPacker.pack(json(group));
        assertTrue(packed.length() * 4 < json(group).length(), packed.length() + " of " + json(group).length());
    }

    @Test
    void aRememberingPackerDeflatesOnlyTheFilesThatChanged() {
        List<Object> other = List.of(List.of("cases/d/index.html", "D", 0, "Other text.", 0, 1, -1));
        List<Object> changed = List.of(List.of("cases/d/index.html", "D", 0, "Changed text.", 0, 1, -1));
        IndexPacker packer = IndexPacker.remembering();
        IndexPacker.Packed first = packer.pack(List.of(GROUP, other));
        packer.keep(first);
        IndexPacker.Packed second = packer.pack(List.of(GROUP, changed));
        assertSame(first.texts().get(0), second.texts().get(0), "an unchanged file is not deflated again");
        assertEquals(json(changed), IndexScripts.inflate(second.texts().get(1)));
        packer.keep(second);
        assertEquals(2, second.byDigest().size(), "only the latest build's files are kept");

        IndexPacker.Packed failed = packer.pack(List.of(other));
        IndexPacker.Packed after = packer.pack(List.of(GROUP));
        assertSame(first.texts().get(0), after.texts().get(0), "a build never kept leaves the packer as it was");
        assertNotSame(first.texts().get(1), failed.texts().get(0), "a file the latest build dropped is forgotten");
    }

    private static String json(Object data) {
        StringBuilder out = new StringBuilder();
        ScriptText.json(data, out);
        return out.toString();
    }
}
