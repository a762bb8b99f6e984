package org.casebake.parse;

import java.util.Locale;

/**
 * How many words must be inserted, removed or replaced to turn a quote into a passage of a text
 * (Levenshtein's distance over words, ignoring case): what "closest passage" means in a message.
 */
final class WordDistance {

    private WordDistance() {
    }

    /** The distance from {@code wanted} to the {@code width} words of {@code words} from {@code start}. */
    static int between(String[] wanted, String[] words, int start, int width) {
        int[] previous = new int[width + 1];
        int[] current = new int[width + 1];
        for (int j = 0; j <= width; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= wanted.length; i++) {
            current[0] = i;
            for (int j = 1; j <= width; j++) {
                int replace = previous[j - 1] + (same(wanted[i - 1], words[start + j - 1]) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[width];
    }

    /** Words are the same whatever their case and the punctuation after them ("miss." is "Miss"). */
    private static boolean same(String a, String b) {
        return a.equals(b) || bare(a).equals(bare(b));
    }

    private static String bare(String word) {
        int end = word.length();
        while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
