package org.casebake.model;

/** Who a build is for. Teaching notes are published only for instructors. */
public enum Audience {
    STUDENT("student"),
    INSTRUCTOR("instructor");

    private final String word;

    Audience(String word) {
        this.word = word;
    }

    /** The word used on the command line. */
    public String word() {
        return word;
    }
}
