package org.casebake.publish;

import org.casebake.model.OutputFile;
import org.casebake.model.WithheldName;
import org.casebake.problem.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The guard reads output files as UTF-8 bytes; these pin down how words are cut from them, and how
 * a remembered check skips only what it may skip.
 */
class PrivacyGuardScanTest {

    private static final List<WithheldName> ZOE = List.of(new WithheldName("Zoë Ñúñez", "answers/a.md", "Z. Ñ."));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<p>Zoë Ñúñez wrote</p>", "ZOË ÑÚÑEZ", "zoë&nbsp;ñúñez", "😀Zoë😀Ñúñez😀", "«Zoë»\n\t«Ñúñez»",
            "<a href=\"/zoë-ñúñez\">x</a>"})
    void aNameWithLettersBeyondAsciiIsFoundHoweverItIsWritten(String text) {
        assertEquals(List.of("Z. Ñ."), flagged(new PrivacyGuard(ZOE), file("page.html", text)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Zoëy Ñúñez", "Zoë Ñúñezá", "aZoë Ñúñez", "Zo ë Ñúñez", "Zoë", "Ñúñez", "Zoë <p>or</p> Ñúñez"})
    void aDifferentWordIsNotTheName(String text) {
        assertEquals(List.of(), flagged(new PrivacyGuard(ZOE), file("page.html", text)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<td>Zoë</td><td>Ñúñez</td>", "<p>Zoë</p>\n<p>Ñúñez</p>", "<li>Ñúñez</li><li>Zoë</li>",
            "<h2>Zoë</h2>Ñúñez", "<section><p>Zoë Ñúñez</p></section>"})
    void aNameAcrossParagraphsCellsOrItemsIsFound(String text) {
        assertEquals(List.of("Z. Ñ."), flagged(new PrivacyGuard(ZOE), file("page.html", text)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<p>Zoë</p></section><footer><p>Ñúñez</p>", "Zoë</main>Ñúñez", "<nav>Zoë</nav><main>Ñúñez",
            "Zoë<ARTICLE>Ñúñez", "<header>Ñúñez</header>Zoë"})
    void wordsOnEitherSideOfALandmarkAreNotOneName(String text) {
        assertEquals(List.of(), flagged(new PrivacyGuard(ZOE), file("page.html", text)));
    }

    /**
     * Names written with numbers (a generated course's "Student 3-4") have initials of digits: the
     * last label of a page ("S. 1. 4. (3)") and the footer's first word used to read as "4 3 Student".
     */
    @Test
    void aLabelEndingAPageIsNotReadTogetherWithTheFooter() {
        PrivacyGuard guard = new PrivacyGuard(List.of(new WithheldName("Student 3-4", "answers/a.md", "S. 3. 4. (1)")));
        String page = "<section><p>by S. 1. 4. (3)</span></a></p>\n</li>\n</ul>\n</section>\n</main>\n"
                + "<footer class=\"site-footer\"><p>Student answers are shared with permission</p></footer>";
        assertEquals(List.of(), flagged(guard, file("themes/t/index.html", page)));
        assertEquals(List.of("S. 3. 4. (1)"), flagged(guard, file("themes/t/index.html", "<p>by 4 3 Student</p>")));
    }

    @Test
    void aNameInTheFilePathIsFoundInFilesOfAnyType() {
        assertEquals(List.of("Z. Ñ."), flagged(new PrivacyGuard(ZOE), file("zoë-ñúñez.png", "\u0000")));
    }

    @Test
    void aRememberedCheckRescansFilesThatChanged() {
        CleanFiles clean = new CleanFiles();
        PrivacyGuard guard = new PrivacyGuard(ZOE);
        assertEquals(List.of(), flagged(guard, clean, file("a.html", "nobody"), file("b.html", "nobody")));
        assertEquals(List.of("Z. Ñ."), flagged(guard, clean, file("a.html", "nobody"), file("b.html", "Zoë Ñúñez")));
        assertEquals(List.of("Z. Ñ."), flagged(guard, clean, file("a.html", "nobody"), file("b.html", "Zoë Ñúñez")),
                "a flagged file must never be remembered as clean");
    }

    @Test
    void aRememberedCheckStartsOverWhenTheNamesChange() {
        CleanFiles clean = new CleanFiles();
        OutputFile page = file("a.html", "Ada Lovelace");
        assertEquals(List.of(), flagged(new PrivacyGuard(ZOE), clean, page));
        PrivacyGuard withAda = new PrivacyGuard(List.of(ZOE.get(0), new WithheldName("Ada Lovelace", "answers/b.md", "A. L.")));
        assertEquals(List.of("A. L."), flagged(withAda, clean, file("a.html", "Ada Lovelace")));
    }

    private static List<String> flagged(PrivacyGuard guard, OutputFile... files) {
        ProblemCollector problems = new ProblemCollector();
        guard.check(List.of(files), problems);
        return problems.report().problems().stream().map(p -> p.message().replaceAll(".*shown as \"([^\"]+)\".*", "$1"))
                .distinct().toList();
    }

    private static List<String> flagged(PrivacyGuard guard, CleanFiles clean, OutputFile... files) {
        ProblemCollector problems = new ProblemCollector();
        guard.check(List.of(files), List.of(), "", problems, clean);
        return problems.report().problems().stream().map(p -> p.message().replaceAll(".*shown as \"([^\"]+)\".*", "$1"))
                .distinct().toList();
    }

    private static OutputFile file(String path, String text) {
        return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
