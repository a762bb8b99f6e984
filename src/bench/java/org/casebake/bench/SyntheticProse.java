package org.casebake.bench;

import static org.casebake.bench.SyntheticVocabulary.ADJECTIVES;
import static org.casebake.bench.SyntheticVocabulary.CONNECTORS;
import static org.casebake.bench.SyntheticVocabulary.HEADINGS;
import static org.casebake.bench.SyntheticVocabulary.NOUNS;
import static org.casebake.bench.SyntheticVocabulary.OPENERS;
import static org.casebake.bench.SyntheticVocabulary.SUBJECTS;
import static org.casebake.bench.SyntheticVocabulary.VERBS;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes plausible business-school Markdown (paragraphs with some emphasis and links, bullet lists,
 * headings) from one random stream, so the same stream always yields the same text.
 */
final class SyntheticProse {

    private final SplittableRandom random;

    SyntheticProse(SplittableRandom random) {
        this.random = random;
    }

    /** One element of a list, chosen uniformly. */
    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** True with the given probability. */
    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in [min, max]. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** A Markdown body of at least {@code targetBytes}, ended at a block boundary. */
    String body(int targetBytes, boolean withHeadings) {
        StringBuilder out = new StringBuilder(targetBytes + 512);
        int blocks = 0;
        while (out.length() < targetBytes) {
            if (withHeadings && blocks % 4 == 0) {
                out.append("## ").append(pick(HEADINGS)).append("\n\n");
            } else if (blocks > 0 && chance(0.2)) {
                out.append(bulletList()).append('\n');
            } else {
                out.append(paragraph()).append("\n\n");
            }
            blocks++;
        }
        return out.toString();
    }

    /** A paragraph of three to six sentences. */
    String paragraph() {
        StringBuilder out = new StringBuilder();
        int sentences = between(3, 6);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(sentence());
        }
        return out.toString();
    }

    /** A bullet list of two to five short points. */
    String bulletList() {
        StringBuilder out = new StringBuilder();
        int items = between(2, 5);
        for (int i = 0; i < items; i++) {
            out.append("- ").append(capitalise(phrase())).append(chance(0.5) ? "." : "").append('\n');
        }
        return out.toString();
    }

    /** One sentence with occasional emphasis or a link, as a body would have it. */
    String sentence() {
        return sentence(true);
    }

    /** One sentence without Markdown, for front-matter strings such as summaries. */
    String plainSentence() {
        return sentence(false);
    }

    private String sentence(boolean markup) {
        StringBuilder out = new StringBuilder();
        if (chance(0.25)) {
            out.append(pick(OPENERS)).append(' ');
            out.append(lowerFirst(clause(markup)));
        } else {
            out.append(clause(markup));
        }
        if (chance(0.4)) {
            out.append(", ").append(pick(CONNECTORS)).append(' ').append(lowerFirst(clause(markup)));
        }
        return out.append(chance(0.05) ? "?" : ".").toString();
    }

    /** A short phrase for titles, summaries and prompts. */
    String phrase() {
        return pick(ADJECTIVES) + " " + pick(NOUNS) + " and " + pick(ADJECTIVES) + " " + pick(NOUNS);
    }

    private String clause(boolean markup) {
        return pick(SUBJECTS) + " " + pick(VERBS) + " " + object(markup);
    }

    private String object(boolean markup) {
        String object = "its " + pick(ADJECTIVES) + " " + pick(NOUNS);
        double roll = markup ? random.nextDouble() : 1.0;
        if (roll < 0.06) {
            return "*" + object + "*";
        }
        if (roll < 0.09) {
            return "**" + object + "**";
        }
        if (roll < 0.1) {
            return "[" + object + "](https://example.org/reading/" + random.nextInt(1000) + ")";
        }
        return object;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String clause) {
        // Keep "The company" readable after an opener, but never lowercase a name-like acronym.
        return clause.length() > 1 && Character.isLowerCase(clause.charAt(1))
                ? Character.toLowerCase(clause.charAt(0)) + clause.substring(1)
                : clause;
    }
}
