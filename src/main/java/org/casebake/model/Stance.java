package org.casebake.model;

/** Whether an answer argues that a side is strong or weak on a dimension. */
public enum Stance {
    STRENGTH("strength"),
    WEAKNESS("weakness");

    private final String word;

    Stance(String word) {
        this.word = word;
    }

    /** The word used in front matter. */
    public String word() {
        return word;
    }
}
