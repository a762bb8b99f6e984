package org.casebake.render;

import org.casebake.config.MessagesLoader;

/**
 * The function {@code msg} as built-in templates see it on an English site, for tests that render a
 * template on their own (the search fixture site renders {@code templates/macros/search.ftl}).
 */
public final class EnglishTexts {

    private EnglishTexts() {
    }

    /** {@code msg} with Casebake's English texts, for a template's data model. */
    public static Object msgFunction() {
        return new TextFunction(new TemplateTexts(MessagesLoader.english()));
    }
}
