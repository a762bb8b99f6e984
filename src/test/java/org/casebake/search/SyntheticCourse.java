package org.casebake.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up course of the size the search index must handle: cases of eight sections, five questions
 * each and answers of about 250 words drawn from a Zipf-distributed vocabulary of some 5,000 words, so
 * index sizes behave like real prose. The same arguments always give the same items.
 */
final class SyntheticCourse {

    private static final String[] COMMON = ("company market platform open source software talent cost "
            + "security innovation community developers engineers prize data strategy risk control quality "
            + "speed customers competitors research code cloud partners incentives reputation licence "
            + "patents suppliers outsourcing recruiting standards ecosystem feedback trust experiment budget "
            + "because although while however therefore which would could should might must also more less "
            + "very often rarely first second finally example view argue believe think shows suggests "
            + "management board investors founders team teams years value growth model business")
            .split(" ");
    private static final String[] THEMES = {"cloud", "community", "competition", "control", "cost",
        "future-of-it", "in-house", "incentives", "intellectual-property", "open-innovation", "outsourcing",
        "platforms", "quality", "recruiting", "reputation", "risk", "security", "speed", "standards", "talent"};
    private static final String[] SYLLABLES = ("ka lo mi ne ru sa ti vo ber dan fel gor hal jin kes lum "
            + "mor nat pel quin ros tav ul ven wes yor zan ex ant ion ic al ive ous ment ship").split(" ");

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();
    private final double[] cumulative;

    SyntheticCourse(long seed) {
        random = new Random(seed);
        vocabulary.addAll(List.of(COMMON));
        while (vocabulary.size() < 5000) {
            StringBuilder word = new StringBuilder();
            for (int s = 1 + random.nextInt(3); s >= 0; s--) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(word.toString());
        }
        cumulative = new double[vocabulary.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.05);
            cumulative[i] = sum;
        }
    }

    /** The items of a course with the given number of cases and answers per case (five questions each). */
    List<SearchItem> items(int cases, int answersPerCase) {
        List<SearchItem> items = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            String slug = "case-" + c + "-" + word() + "-" + word();
            String title = capital(word()) + " " + word() + " " + word() + " its " + word();
            String page = "cases/" + slug + "/index.html";
            List<SearchSection> sections = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                sections.add(new SearchSection(capital(word()) + " " + word(), "section-" + s, prose(150)));
            }
            SearchItem.CaseRef ofCase = new SearchItem.CaseRef(slug, title);
            items.add(SearchItem.caseStudy(slug, page, ofCase, List.of(), sections));
            List<String> labels = new ArrayList<>();
            for (int q = 1; q <= 5; q++) {
                String label = "Why did the " + word() + " " + word() + " the " + word() + " " + word() + "?";
                labels.add(label);
                items.add(SearchItem.question(slug + "/q" + q, "cases/" + slug + "/questions/q" + q + "/index.html", label,
                        ofCase, "q" + q, label));
            }
            for (int a = 0; a < answersPerCase; a++) {
                int q = 1 + a % 5;
                boolean two = random.nextInt(10) == 0;
                List<String> ids = two ? List.of("q" + q, "q" + (q % 5 + 1)) : List.of("q" + q);
                List<String> qLabels = two ? List.of(labels.get(q - 1), labels.get(q % 5)) : List.of(labels.get(q - 1));
                String author = (char) ('A' + random.nextInt(26)) + ". " + (char) ('A' + random.nextInt(26)) + ".";
                String anchor = "answer-" + Integer.toHexString(0x10000000 + random.nextInt(0x0fffffff));
                items.add(SearchItem.answer(slug + "/a" + a, "cases/" + slug + "/questions/q" + q + "/index.html#" + anchor,
                        "Answer by " + author, ofCase, ids, qLabels, themes(), random.nextInt(20) == 0, author,
                        List.of(new SearchSection("", "", prose(200 + random.nextInt(100))))));
            }
        }
        return items;
    }

    private List<String> themes() {
        List<String> themes = new ArrayList<>();
        for (int t = 1 + random.nextInt(3); t > 0; t--) {
            String theme = THEMES[random.nextInt(THEMES.length)];
            if (!themes.contains(theme)) {
                themes.add(theme);
            }
        }
        return themes;
    }

    private String prose(int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = random.nextInt(4) == 0 ? "the" : word();
            text.append(w == 0 ? capital(word) : word).append(w % 14 == 13 ? ". " : " ");
        }
        return text.toString().trim() + ".";
    }

    private String word() {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return vocabulary.get(lo);
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
