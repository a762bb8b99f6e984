package org.casebake.model;

/**
 * A student's name as written, which the privacy setting forbids in the output, with the file it
 * came from and what readers see instead. Held only so the publish stage can prove the name appears
 * nowhere; never rendered, and never printed: problems say whose name it is by {@code shownAs}.
 *
 * @param name       the name as the student wrote it
 * @param sourcePath the answer file that names the student
 * @param shownAs    the name as the privacy setting shows it ("C. S.")
 */
public record WithheldName(String name, String sourcePath, String shownAs) {

    @Override
    public String toString() {
        return "WithheldName[" + sourcePath + "]";
    }
}
