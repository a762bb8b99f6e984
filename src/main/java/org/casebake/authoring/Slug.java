package org.casebake.authoring;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name of a case or comparison as it appears in folders and URLs: lower-case letters, digits
 * and single hyphens between them, such as {@code netflix-prize}.
 */
public record Slug(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a slug: " + value);
        }
    }

    /** Parses a slug typed on the command line; {@code what} names it in the message ("case"). */
    public static Slug parse(String what, String text) throws UsageException {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw new UsageException("'" + text + "' is not a valid " + what + " name",
                    "use lower-case letters, digits and hyphens, for example netflix-prize");
        }
        return new Slug(text);
    }

    /** A title to start from: {@code netflix-prize} becomes {@code Netflix Prize}. */
    public String asTitle() {
        StringBuilder title = new StringBuilder();
        for (String word : value.split("-")) {
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return title.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
