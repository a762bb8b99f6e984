package org.casebake.privacy;

import org.casebake.testing.BuiltSite;
import org.casebake.testing.GoldenFiles;
import org.casebake.testing.SiteFixture;
import org.casebake.testing.VisibleText;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.casebake.testing.BuiltSite.asWords;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample course built with each {@code privacy.studentNames} setting. Its answer files are first
 * renamed after their authors ({@code colin-stevenson.md}), as exports from a learning platform often
 * are, so a name could leak through a file name, anchor or URL as well as through text. Every file of
 * every build is scanned for every student's name as written.
 */
class StudentNamesTest {

    private static final String ANSWERS = "content/cases/netflix-oss-prize/answers";
    private static final Pattern AUTHOR = Pattern.compile("(?m)^author: \"(.+)\"$");

    @TempDir
    static Path work;

    private static final List<SampleAnswer> SAMPLE = new ArrayList<>();
    private static BuiltSite initials;
    private static BuiltSite firstName;
    private static BuiltSite pseudonym;
    private static BuiltSite pseudonymAgain;
    private static BuiltSite pseudonymOtherSalt;
    private static BuiltSite full;

    /** An answer of the sample: its author as written and a fingerprint of its text to find it in a page. */
    private record SampleAnswer(String author, String fingerprint) {
    }

    @BeforeAll
    static void buildTheSampleWithEverySetting() throws IOException {
        initials = build("initials", "initials", "mgmt301-fall-2026");
        firstName = build("first-name", "first-name", "mgmt301-fall-2026");
        pseudonym = build("pseudonym", "pseudonym", "mgmt301-fall-2026");
        pseudonymAgain = build("pseudonym-again", "pseudonym", "mgmt301-fall-2026");
        pseudonymOtherSalt = build("pseudonym-other-salt", "pseudonym", "mgmt301-spring-2027");
        full = build("full", "full", "mgmt301-fall-2026");
    }

    @Test
    void theSampleHasStudentsWithOneTwoAndThreeWordNames() {
        // Guards the scans below: they prove little on names of one shape only.
        List<String> authors = authors();
        assertEquals(14, authors.size());
        assertTrue(authors.containsAll(List.of("Colin Stevenson", "chow sau pui", "ibrahim.akinola", "Marc")));
    }

    @Test
    void withInitialsNoStudentsNameNorAnyWordOfItAppearsInAnyFile() {
        assertEquals(List.of(), whereNamesAppear(initials, namesAndTheirWords()));
    }

    @Test
    void withPseudonymsNoStudentsNameNorAnyWordOfItAppearsInAnyFile() {
        assertEquals(List.of(), whereNamesAppear(pseudonym, namesAndTheirWords()));
    }

    @Test
    void withFirstNamesNoFullNameAndNoSurnameAppearsInAnyFile() {
        List<String> withheld = new ArrayList<>();
        for (String author : authors()) {
            String[] words = author.split("[\\s.]+");
            withheld.add(author);
            if (words.length > 1) {
                withheld.addAll(List.of(words).subList(1, words.length));
            }
        }
        assertEquals(List.of(), whereNamesAppear(firstName, withheld));
    }

    @Test
    void withFullNamesEveryNameIsShownAsWritten() {
        // Also proves that the scans above find a name when it is there.
        Map<String, String> shown = displayedNames(full);
        authors().forEach(a -> assertEquals(a, shown.get(a)));
        authors().forEach(a -> assertFalse(full.whereFoundOutsidePackedData(asWords(a)).isEmpty(), a));
        // The search index is scanned only in its readable strings; show that they do hold the names.
        authors().forEach(a -> assertFalse(full.inside("search/").whereFoundOutsidePackedData(asWords(a)).isEmpty(),
                a + " in the search index"));
    }

    @Test
    void initialsShowOneMoreLetterWhereTwoStudentsWouldBothBeCS() {
        Map<String, String> shown = displayedNames(initials);
        assertEquals("C. St.", shown.get("Colin Stevenson"));
        assertEquals("C. Sm.", shown.get("Crystal Smallface"));
        assertEquals("C. S. P.", shown.get("chow sau pui"));
        assertEquals("I. A.", shown.get("ibrahim.akinola"));
        assertEquals("M.", shown.get("Marc"));
    }

    @Test
    void firstNamesShowColinForColinStevenson() {
        Map<String, String> shown = displayedNames(firstName);
        assertEquals("Colin", shown.get("Colin Stevenson"));
        assertEquals("ibrahim", shown.get("ibrahim.akinola"));
        assertEquals("M.", shown.get("Marc"), "a one-word name would be shown whole: its initial is shown instead");
    }

    @Test
    void noTwoStudentsOfTheCaseShowTheSameNameInAnySetting() {
        for (BuiltSite site : List.of(initials, firstName, pseudonym, full)) {
            Map<String, String> shown = displayedNames(site);
            assertEquals(shown.size(), new HashSet<>(shown.values()).size(), shown.toString());
        }
    }

    @Test
    void everyStudentGetsTheirOwnTwoWordPseudonym() {
        Map<String, String> shown = displayedNames(pseudonym);
        assertEquals(authors().size(), shown.size());
        assertEquals(authors().size(), new HashSet<>(shown.values()).size(), "no two students share a pseudonym: " + shown);
        shown.values().forEach(alias -> assertTrue(alias.matches("[A-Z][a-z]+ [A-Z][a-z]+"), alias));
    }

    @Test
    void pseudonymsStayTheSameFromBuildToBuild() {
        assertEquals(displayedNames(pseudonym), displayedNames(pseudonymAgain));
    }

    @Test
    void anotherSaltGivesEveryStudentAnotherPseudonym() {
        Map<String, String> before = displayedNames(pseudonym);
        Map<String, String> after = displayedNames(pseudonymOtherSalt);
        authors().forEach(a -> assertNotEquals(before.get(a), after.get(a), a));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        assertEquals("", GoldenFiles.differences(GoldenFiles.read(work.resolve("pseudonym/site")),
                GoldenFiles.read(work.resolve("pseudonym-again/site")), "the first build"));
    }

    private static BuiltSite build(String name, String style, String salt) throws IOException {
        SiteFixture sample = SiteFixture.sample(work.resolve(name));
        sample.replace("site-config.yml", "studentNames: initials", "studentNames: " + style);
        sample.replace("site-config.yml", "salt: \"mgmt301-fall-2026\"", "salt: \"" + salt + "\"");
        List<SampleAnswer> answers = renameAnswersAfterTheirAuthors(sample);
        if (SAMPLE.isEmpty()) {
            SAMPLE.addAll(answers);
        }
        sample.build();
        return sample.site();
    }

    /** Renames each answer file after its author ("Colin Stevenson" to colin-stevenson.md). */
    private static List<SampleAnswer> renameAnswersAfterTheirAuthors(SiteFixture sample) throws IOException {
        List<SampleAnswer> answers = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(sample.file(ANSWERS))) {
            files = list.sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file);
            Matcher author = AUTHOR.matcher(text);
            assertTrue(author.find(), "no author in " + file);
            String body = text.substring(text.indexOf("\n---\n", 4) + 5).strip();
            String firstText = body.lines().filter(l -> !l.startsWith("<!--")).findFirst().orElseThrow();
            answers.add(new SampleAnswer(author.group(1), letters(firstText).substring(0, 30)));
            String slug = author.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            sample.move(ANSWERS + "/" + file.getFileName(), ANSWERS + "/" + slug + ".md");
        }
        return answers;
    }

    /** Every author as written, then each word of a name of two or more words ("Colin", "Stevenson"). */
    private static List<String> namesAndTheirWords() {
        List<String> names = new ArrayList<>(authors());
        for (String author : authors()) {
            String[] words = author.split("[\\s.]+");
            if (words.length > 1) {
                names.addAll(List.of(words));
            }
        }
        return names;
    }

    private static List<String> authors() {
        return SAMPLE.stream().map(SampleAnswer::author).toList();
    }

    /** Each author as written, mapped to the name shown on their answer where it is shown in full. */
    private static Map<String, String> displayedNames(BuiltSite site) {
        Map<String, String> shown = new TreeMap<>();
        // An answer marked in parts is shown part by part, one part to a page: read all its parts together.
        Map<String, String> texts = new TreeMap<>();
        for (Element article : site.answers("netflix-oss-prize")) {
            texts.merge(article.id(), letters(article.selectFirst(".answer-body").text()), String::concat);
        }
        for (Element article : site.answers("netflix-oss-prize")) {
            String text = texts.get(article.id());
            SampleAnswer answer = SAMPLE.stream().filter(a -> text.contains(a.fingerprint())).findFirst()
                    .orElseThrow(() -> new AssertionError("no sample answer matches " + article.id()));
            shown.put(answer.author(), VisibleText.of(article.selectFirst(".answer-author")));
        }
        return shown;
    }

    /**
     * Every file is scanned whole, except the search index's scripts: they are packed base-32 data in
     * which short letter runs such as "jAkE" occur by chance, so there only the readable strings
     * (excerpts, titles, displayed names) are scanned, ignoring case.
     */
    private static List<String> whereNamesAppear(BuiltSite site, List<String> names) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            site.whereFoundOutsidePackedData(asWords(name)).forEach(f -> found.add("'" + name + "' in " + f));
        }
        return found;
    }

    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}]", "");
    }
}
