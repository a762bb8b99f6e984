package org.casebake.config;

import java.util.Collections;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The texts Casebake's built-in templates and search script show, in the course's language: every
 * key of the English texts, each with the course's own text, else the language's built-in one, else
 * the English one (see {@link MessagesLoader}), plus the course's own {@code course.*} keys.
 *
 * @param language the course's BCP 47 language tag, which also chooses how dates and numbers are written
 * @param texts    the text of every key, sorted by key
 */
public record Messages(String language, SortedMap<String, String> texts) {

    /** The prefix of keys a course adds for its own templates; they are never "unknown". */
    public static final String COURSE_PREFIX = "course.";

    public Messages {
        Objects.requireNonNull(language, "language");
        texts = Collections.unmodifiableSortedMap(new TreeMap<>(texts));
    }

    /** The locale of {@link #language}, for dates, numbers and plural forms. */
    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The text of {@code key}, if there is one. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(texts.get(key));
    }
}
