package org.casebake.privacy;

import org.casebake.config.SiteConfig;
import org.casebake.assemble.StudentNames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * What readers see of a name, setting by setting: "Last, First" is understood, a form that would
 * show a whole name shows less, and students of one case never share a label.
 */
class StudentLabelsTest {

    private static StudentNames names(SiteConfig.NameStyle style, List<String> all) {
        return new StudentNames(new SiteConfig.Privacy(style, "salt"), all);
    }

    /** The labels of students of one case in the initials setting. */
    private static Map<String, String> initials(String... authors) {
        return names(SiteConfig.NameStyle.INITIALS, List.of(authors)).labels(List.of(authors));
    }

    @Test
    void familyNameCommaGivenNameIsReadAsGivenNameFamilyName() {
        List<String> all = List.of("Doe, Jane");
        assertEquals("J. D.", names(SiteConfig.NameStyle.INITIALS, all).display("Doe, Jane"));
        assertEquals("Jane", names(SiteConfig.NameStyle.FIRST_NAME, all).display("Doe, Jane"));
    }

    @Test
    void firstNameShowsTheInitialOfAOneWordNameOrANameInAScriptWithoutSpaces() {
        StudentNames names = names(SiteConfig.NameStyle.FIRST_NAME, List.of("Marc", "王小明", "김민준", "Colin Stevenson"));
        assertEquals("M.", names.display("Marc"));
        assertEquals("王.", names.display("王小明"));
        assertEquals("김.", names.display("김민준"));
        assertEquals("Colin", names.display("Colin Stevenson"));
    }

    @Test
    void initialsThatWouldSpellTheWholeNameGiveWayToThePseudonym() {
        String shown = names(SiteConfig.NameStyle.INITIALS, List.of("王")).display("王");
        assertNotEquals("王.", shown);
        assertEquals(true, shown.matches("[A-Z][a-z]+ [A-Z][a-z]+"), shown);
    }

    @Test
    void initialsThatCollideShowOneMoreLetterOfTheFamilyNameThenOfTheGivenName() {
        List<String> authors = List.of("Colin Stevenson", "Crystal Smallface", "Carla Stone", "Chris Stone", "Ada Lovelace");
        Map<String, String> labels = names(SiteConfig.NameStyle.INITIALS, authors).labels(authors);
        assertEquals(Map.of("Colin Stevenson", "C. Ste.", "Crystal Smallface", "C. Sm.", "Carla Stone", "Ca. Sto.",
                "Chris Stone", "Ch. Sto.", "Ada Lovelace", "A. L."), labels);
    }

    @Test
    void whereTheFamilyNamesAreTheSameTheGivenNamesTellStudentsApart() {
        assertEquals(Map.of("Carla Stone", "Ca. S.", "Chris Stone", "Ch. S."), initials("Carla Stone", "Chris Stone"));
    }

    @Test
    void namesThatOnlyTheirLastLetterTellsApartAreNumberedNeverShownWhole() {
        List<String> authors = List.of("Marc", "Mara", "Ann Lee", "Ann Lea");
        Map<String, String> labels = names(SiteConfig.NameStyle.INITIALS, authors).labels(authors);
        assertEquals(List.of("A. L. (1)", "A. L. (2)", "M. (1)", "M. (2)"), labels.values().stream().sorted().toList());
    }

    @Test
    void firstNamesThatCollideShowTheStartOfTheFamilyName() {
        List<String> authors = List.of("Colin Stevenson", "Colin Smith", "Marc", "Maria");
        Map<String, String> labels = names(SiteConfig.NameStyle.FIRST_NAME, authors).labels(authors);
        assertEquals("Colin St.", labels.get("Colin Stevenson"));
        assertEquals("Colin Sm.", labels.get("Colin Smith"));
        assertEquals("Mar.", labels.get("Marc"), "never the whole name");
        assertEquals("Mari.", labels.get("Maria"));
        assertEquals(labels.size(), new HashSet<>(labels.values()).size(), labels.toString());
    }

    @Test
    void labelsDependOnTheNamesNotOnTheirOrder() {
        List<String> authors = new ArrayList<>(List.of("Colin Stevenson", "Crystal Smallface", "Carla Stone", "Chris Stone",
                "Cy Sm", "Colin Stevenson"));
        Map<String, String> first = names(SiteConfig.NameStyle.INITIALS, authors).labels(authors);
        for (int seed = 0; seed < 20; seed++) {
            Collections.shuffle(authors, new java.util.Random(seed));
            assertEquals(first, names(SiteConfig.NameStyle.INITIALS, authors).labels(authors));
        }
        assertEquals(5, new HashSet<>(first.values()).size(), first.toString());
    }

    @Test
    void aOneLetterPartIsShownWithADotLikeAnyInitial() {
        List<String> authors = List.of("J. R. Tolkien", "J Smith", "J Smyth");
        StudentNames names = names(SiteConfig.NameStyle.INITIALS, authors);
        assertEquals("J. R. T.", names.display("J. R. Tolkien"));
        assertEquals(Map.of("J. R. Tolkien", "J. R. T.", "J Smith", "J. Smi.", "J Smyth", "J. Smy."), names.labels(authors));
    }

    @Test
    void aNameThatStartsWithACommaIsTheGivenNameAlone() {
        assertEquals("J. D.", names(SiteConfig.NameStyle.INITIALS, List.of(", Jane Doe")).display(", Jane Doe"));
    }

    @Test
    void whenTwoPartsDifferAsSoonTheFamilyNameShowsMore() {
        assertEquals(Map.of("Carla Smith", "C. Sm.", "Chris Stone", "C. St."), initials("Carla Smith", "Chris Stone"));
    }

    /**
     * A pseudonym is drawn from the salt and the name, so a student keeps it from build to build and
     * release to release: these are pinned (SHA-256 of salt, name and attempt 0; its first two bytes
     * pick the adjective and the animal). Changing how they are drawn renames every student of every
     * course.
     */
    @Test
    void aPseudonymIsTheFirstDrawOfTheSaltAndTheName() {
        List<String> authors = List.of("Colin Stevenson", "Ada Lovelace", "王");
        StudentNames names = names(SiteConfig.NameStyle.PSEUDONYM, authors);
        assertEquals(List.of("Azure Ferret", "Olive Moose", "Jade Wren"), authors.stream().map(names::display).toList());
    }

    @Test
    void twoNamesThatDrawTheSamePseudonymGetTwo() {
        List<String> candidates = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            candidates.add("Student " + i);
        }
        Map<String, String> alone = new java.util.TreeMap<>();
        for (String name : candidates) {
            alone.put(name, names(SiteConfig.NameStyle.PSEUDONYM, List.of(name)).display(name));
        }
        List<String> pair = collidingPair(alone);
        StudentNames both = names(SiteConfig.NameStyle.PSEUDONYM, pair);
        assertEquals(alone.get(pair.get(0)), both.display(pair.get(0)), "the name first in order keeps its draw: " + pair);
        assertNotEquals(alone.get(pair.get(1)), both.display(pair.get(1)), "the other draws again: " + pair);
        assertEquals(true, both.display(pair.get(1)).matches("[A-Z][a-z]+ [A-Z][a-z]+"), both.display(pair.get(1)));
    }

    /** Two of {@code alone}'s names with the same pseudonym, in the order the names sort. */
    private static List<String> collidingPair(Map<String, String> alone) {
        Map<String, String> byPseudonym = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : alone.entrySet()) {
            String earlier = byPseudonym.putIfAbsent(e.getValue(), e.getKey());
            if (earlier != null) {
                return java.util.stream.Stream.of(earlier, e.getKey()).sorted(java.util.Comparator.comparing(
                        n -> n.toLowerCase(java.util.Locale.ROOT))).toList();
            }
        }
        throw new AssertionError("no two of " + alone.size() + " names drew the same pseudonym");
    }

    @Test
    void whenEveryAdjectiveAndAnimalPairIsTakenPseudonymsAreNumbered() {
        List<String> authors = new ArrayList<>();
        for (int i = 0; i < 32 * 32 + 2; i++) {
            authors.add("Student " + i);
        }
        StudentNames names = names(SiteConfig.NameStyle.PSEUDONYM, authors);
        List<String> shown = authors.stream().map(names::display).toList();
        assertEquals(authors.size(), new HashSet<>(shown).size(), "no two students share one");
        List<String> numbered = shown.stream().filter(s -> !s.matches("[A-Z][a-z]+ [A-Z][a-z]+")).toList();
        assertEquals(true, numbered.size() >= authors.size() - 32 * 32, numbered.toString());
        assertEquals(List.of(), numbered.stream().filter(s -> !s.matches("[A-Z][a-z]+ [A-Z][a-z]+ 1\\d{3,}")).toList());
        assertEquals(true, numbered.stream().anyMatch(s -> s.endsWith(" 1024")),
                "numbered from the first draw past the number of pairs: " + numbered);
    }

    @Test
    void oneStudentWithSeveralAnswersKeepsOneLabel() {
        List<String> authors = List.of("Colin Stevenson", "colin  stevenson", "Crystal Smallface");
        Map<String, String> labels = names(SiteConfig.NameStyle.INITIALS, authors).labels(authors);
        assertEquals(labels.get("Colin Stevenson"), labels.get("colin  stevenson"));
    }
}
