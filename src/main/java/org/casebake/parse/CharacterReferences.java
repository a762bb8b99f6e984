package org.casebake.parse;

import org.jsoup.parser.Parser;

/**
 * HTML character references ({@code &ouml;}, {@code &#xAD;}, {@code &shy;}) decoded as a browser
 * decodes them, with jsoup's table of every named reference.
 */
public final class CharacterReferences {

    private CharacterReferences() {
    }

    /**
     * What a browser shows for {@code reference}, a text that starts with {@code &} (and usually ends
     * with {@code ;}); {@code reference} itself when it is no character reference.
     */
    public static String decode(String reference) {
        return Parser.unescapeEntities(reference, false);
    }
}
