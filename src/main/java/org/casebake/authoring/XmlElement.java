package org.casebake.authoring;

import java.util.List;
import java.util.Optional;

/**
 * One element of an XML export, reduced to what an importer needs: its name (namespace prefix
 * normalised, such as {@code wp:comment} or {@code content:encoded}), where it starts, its text and its
 * child elements.
 */
public record XmlElement(String name, int line, int column, String text, List<XmlElement> children) {

    public XmlElement {
        children = List.copyOf(children);
    }

    /** The first child of that name. */
    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    /** Every child of that name, in document order. */
    public List<XmlElement> all(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** The text of the first child of that name, stripped; empty when there is none. */
    public String text(String childName) {
        return child(childName).map(child -> child.text.strip()).orElse("");
    }

    /** The text of the first child of that name as written, surrounding space included. */
    public String rawText(String childName) {
        return child(childName).map(XmlElement::text).orElse("");
    }
}
