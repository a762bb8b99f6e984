package org.casebake.testing;

import org.jsoup.nodes.Element;

import java.util.Collection;
import java.util.List;

/**
 * The text a sighted reader sees in an element: its text without the parts that only screen readers
 * get (class {@code visually-hidden}, such as the "Answer by " before an author's name). Tests that
 * read a name compare it whole with this, rather than settle for "contains".
 */
public final class VisibleText {

    private static final String HIDDEN = "visually-hidden";

    private VisibleText() {
    }

    /** The visible text of {@code element}, whitespace normalised as jsoup's {@code text()} does. */
    public static String of(Element element) {
        if (element.hasClass(HIDDEN)) {
            return "";
        }
        Element copy = element.clone();
        copy.select("." + HIDDEN).remove();
        return copy.text();
    }

    /** The visible text of each element, in order. */
    public static List<String> ofEach(Collection<Element> elements) {
        return elements.stream().map(VisibleText::of).toList();
    }
}
