package org.casebake.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where an answer stands in the instructor's curation. Only curated answers are ever published. */
public enum AnswerStatus {
    CURATED("curated"),
    PENDING("pending"),
    REJECTED("rejected");

    private final String word;

    AnswerStatus(String word) {
        this.word = word;
    }

    /** The word used in front matter. */
    public String word() {
        return word;
    }

    /** The status a front matter word names, if any ({@code "pending"}: {@link #PENDING}). */
    public static Optional<AnswerStatus> ofWord(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
    }

    /** The words of every status, in declaration order: what front matter may say. */
    public static List<String> words() {
        return Arrays.stream(values()).map(AnswerStatus::word).toList();
    }
}
