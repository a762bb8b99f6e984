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
        List<String> authors = List.of("Carla Stone", "Chris Stone");
        assertEquals(Map.of("Carla Stone", "Ca. S.", "Chris Stone", "Ch. S."),
                names(SiteConfig.NameStyle.INITIALS, authors).labels(authors));
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
    void oneStudentWithSeveralAnswersKeepsOneLabel() {
        List<String> authors = List.of("Colin Stevenson", "colin  stevenson", "Crystal Smallface");
        Map<String, String> labels = names(SiteConfig.NameStyle.INITIALS, authors).labels(authors);
        assertEquals(labels.get("Colin Stevenson"), labels.get("colin  stevenson"));
    }
}
