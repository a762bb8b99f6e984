package org.casebake.model;

/**
 * A student's name as written, which the privacy setting forbids in the output, with the file it
 * came from. Held only so the publish stage can prove the name appears nowhere; never rendered.
 *
 * @param name       the name as the student wrote it
 * @param sourcePath the answer file that names the student
 */
public record WithheldName(String name, String sourcePath) {

    @Override
    public String toString() {
        return "WithheldName[" + sourcePath + "]";
    }
}
