package org.casebake.publish;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casebake.model.OutputFile;
import org.casebake.model.WithheldName;
import org.casebake.problem.ProblemCollector;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Names that share words (a course where every author is "Student N-M", a class of Smiths): the
 * guard looks each run of words up by the key of its word set, and must find exactly the names a
 * plain search of every window of the text finds.
 */
class SharedWordNamesProperties {

    /** Short words, so no name's words run together reach {@link NamePatterns#RUN_TOGETHER} letters. */
    private static final List<String> WORDS = List.of("al", "bo", "cy", "di", "ed");

    @Provide
    Arbitrary<List<List<String>>> names() {
        return Arbitraries.of(WORDS).list().ofMinSize(2).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.of(WORDS).list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void everyNameWhoseWordsStandTogetherIsFoundAndNoOther(@ForAll("names") List<List<String>> names,
                                                          @ForAll("texts") List<String> text) {
        List<WithheldName> withheld = IntStream.range(0, names.size())
                .mapToObj(i -> new WithheldName(String.join(" ", names.get(i)), "answers/" + i + ".md", "N" + i)).toList();
        ProblemCollector problems = new ProblemCollector();
        new PrivacyGuard(withheld).check(List.of(new OutputFile("page.html",
                ("<p>" + String.join(" ", text) + "</p>").getBytes(StandardCharsets.UTF_8))), problems);
        TreeSet<String> flagged = new TreeSet<>(problems.report().problems().stream()
                .map(p -> p.message().replaceAll(".*shown as \"([^\"]+)\".*", "$1")).toList());
        assertEquals(expected(names, text), flagged, "names " + names + " in text " + text);
    }

    /** The labels of the names found by testing every window of the text; a name written twice is one student. */
    private static TreeSet<String> expected(List<List<String>> names, List<String> text) {
        Map<List<String>, String> first = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            first.putIfAbsent(names.get(i), "N" + i);
        }
        TreeSet<String> found = new TreeSet<>();
        first.forEach((name, label) -> {
            List<List<String>> variants = new ArrayList<>(List.of(name));
            if (name.size() >= 3) {
                variants.add(List.of(name.get(0), name.get(name.size() - 1)));
            }
            for (List<String> variant : variants) {
                for (int end = variant.size(); end <= text.size(); end++) {
                    if (sameWords(text.subList(end - variant.size(), end), variant)) {
                        found.add(label);
                    }
                }
            }
        });
        return found;
    }

    private static boolean sameWords(List<String> window, List<String> variant) {
        return window.stream().sorted().toList().equals(variant.stream().sorted().toList());
    }
}
