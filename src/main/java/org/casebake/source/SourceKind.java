package org.casebake.source;

/** What a source file is, judged by where it lies in the content folder. */
public enum SourceKind {
    /** {@code content/cases/<slug>/index.md} */
    CASE,
    /** {@code content/cases/<slug>/answers/*.md} */
    ANSWER,
    /** {@code content/cases/<slug>/teaching-notes.md} */
    TEACHING_NOTE,
    /** {@code content/comparisons/<slug>.md} */
    COMPARISON
}
