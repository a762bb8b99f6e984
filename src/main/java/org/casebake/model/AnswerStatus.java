package org.casebake.model;

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
}
