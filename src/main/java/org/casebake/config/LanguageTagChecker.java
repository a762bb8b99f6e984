package org.casebake.config;

import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * Says what is wrong with a {@code language} setting: it must be a well-formed BCP 47 tag
 * ({@code en}, {@code de-CH}, {@code pt-BR}), because it becomes {@code <html lang>} and chooses
 * the date format and the built-in texts.
 */
final class LanguageTagChecker {

    private static final String EXAMPLES = "use a BCP 47 language tag such as en, de, fr, es or pt-BR";

    private LanguageTagChecker() {
    }

    /** The problem with {@code tag} as message and hint, or empty when it is well-formed. */
    static Optional<ConfigFault> fault(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().length() >= 5) {
                // Well-formed but reserved for registration: in practice a language's name written out.
                return Optional.of(new ConfigFault("language '" + tag + "' is a language's name, not its code",
                        codeNamed(locale.getLanguage()).map(code -> "did you mean '" + code + "'? ").orElse("") + EXAMPLES));
            }
            return Optional.empty();
        } catch (IllformedLocaleException e) {
            String dashed = tag.replace('_', '-');
            String hint = !dashed.equals(tag) && isWellFormed(dashed) ? "did you mean '" + dashed + "'?" : EXAMPLES;
            return Optional.of(new ConfigFault("language '" + tag + "' is not a well-formed BCP 47 tag", hint));
        }
    }

    private static boolean isWellFormed(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    /** The two-letter code of the language whose English or own name is {@code name}, e.g. "de" for "deutsch". */
    private static Optional<String> codeNamed(String name) {
        return Arrays.stream(Locale.getISOLanguages())
                .filter(code -> {
                    Locale language = Locale.forLanguageTag(code);
                    return language.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(name)
                            || language.getDisplayLanguage(language).equalsIgnoreCase(name);
                })
                .findFirst();
    }
}
