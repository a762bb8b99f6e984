package org.casebake.authoring;

/** Why a change to a content file was not made; the file is then as it was. */
public final class EditRefused extends Exception {

    /** The kinds of refusal, so a caller can answer each its own way. */
    public enum Reason {
        /** The path is not an answer file of a case (or leads out of one). */
        NOT_AN_ANSWER,
        /** No such answer file. */
        NOT_FOUND,
        /** The file changed on disk since its content was read. */
        CHANGED_ON_DISK,
        /** The change makes no sense for this file or value. */
        INVALID,
        /** Nothing was done that could be undone. */
        NOTHING_TO_UNDO
    }

    private final Reason reason;

    /** A refusal for {@code reason}, with a message an instructor can act on. */
    public EditRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }
}
