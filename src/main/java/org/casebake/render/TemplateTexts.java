package org.casebake.render;

import org.casebake.config.Messages;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The texts templates show, in the course's language: what a template's {@code msg("key", ...)}
 * gives. A text's placeholders {@code {0}}, {@code {1}}, ... are filled with the arguments, numbers
 * written as the language writes them ("1,234", "1.234", "1 234"). A key whose text depends on a
 * number has one text per plural form ({@code count.answers.one}, {@code count.answers.other}) and
 * its first number argument chooses the form the language uses for it: in French 0 and 1 take the
 * singular, in English, German and Spanish only 1 does.
 *
 * <p>Two texts objects are equal when their messages are, so a page rendered with equal texts and
 * equal data is the same page.
 */
final class TemplateTexts {

    /** The prefix of the keys the search script shows; they reach it as one JSON object. */
    static final String SCRIPT_PREFIX = "script.";

    /** Languages in which 0 takes the singular form, as 1 does (CLDR's rule "i = 0,1"). */
    private static final Set<String> ZERO_IS_SINGULAR = Set.of("fr", "pt", "hy", "kab", "ff");

    /** Numbers below this are written without the language's format when it writes them plainly. */
    private static final int SMALL_NUMBERS = 1000;

    private final Messages messages;
    private final Locale locale;
    private final boolean zeroIsSingular;
    /** The language's format of whole numbers: only ever cloned (a format is not safe to share between threads). */
    private final NumberFormat wholeNumbers;
    /** Whether the language writes 0 to 999 as Java's own digits do, as most do: checked for each of them. */
    private final boolean smallNumbersPlain;

    TemplateTexts(Messages messages) {
        this.messages = messages;
        this.locale = messages.locale();
        this.zeroIsSingular = ZERO_IS_SINGULAR.contains(locale.getLanguage()) && !locale.toLanguageTag().equals("pt-PT");
        this.wholeNumbers = NumberFormat.getIntegerInstance(locale);
        boolean plain = true;
        for (int n = 0; n < SMALL_NUMBERS && plain; n++) {
            plain = wholeNumbers.format(n).equals(Integer.toString(n));
        }
        this.smallNumbersPlain = plain;
    }

    /** A template argument that is already markup: inserted as it is, never escaped. */
    record Markup(String html) {
    }

    /** The text of {@code key} with {@code args} (strings and numbers) in its placeholders. */
    String text(String key, List<Object> args) {
        return format(key, args, UnaryOperator.identity(), UnaryOperator.identity());
    }

    /**
     * The text of {@code key} with {@code args} in its placeholders: the text's own pieces passed
     * through {@code escapeText}, each argument through {@code escapeArgument} unless it is
     * {@link Markup}.
     *
     * @throws IllegalArgumentException when there is no text for {@code key}
     */
    String format(String key, List<Object> args, UnaryOperator<String> escapeText, UnaryOperator<String> escapeArgument) {
        String pattern = pattern(key, args);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            int index = close < 0 ? -1 : argumentIndex(pattern.substring(open + 1, close));
            if (index < 0 || index >= args.size()) {
                int end = open < 0 ? pattern.length() : open + 1;
                out.append(escapeText.apply(pattern.substring(at, end)));
                at = end;
                continue;
            }
            out.append(escapeText.apply(pattern.substring(at, open)));
            Object arg = args.get(index);
            out.append(arg instanceof Markup m ? m.html() : escapeArgument.apply(written(arg)));
            at = close + 1;
        }
        return out.toString();
    }

    /** Whether there is a text for {@code key}, with or without plural forms. */
    boolean has(String key) {
        return messages.text(key).isPresent() || messages.text(key + ".other").isPresent();
    }

    /** How dates are written, from the key {@code date.pattern}, in the language's month names. */
    DateTimeFormatter dates() {
        return DateTimeFormatter.ofPattern(messages.text("date.pattern").orElse("d MMMM yyyy"), locale);
    }

    /** The texts of the search script, by key without {@link #SCRIPT_PREFIX}, sorted. */
    Map<String, String> scriptTexts() {
        Map<String, String> texts = new java.util.TreeMap<>();
        messages.texts().forEach((key, text) -> {
            if (key.startsWith(SCRIPT_PREFIX)) {
                texts.put(key.substring(SCRIPT_PREFIX.length()), text);
            }
        });
        return texts;
    }

    private String pattern(String key, List<Object> args) {
        Optional<String> plain = messages.text(key);
        if (plain.isPresent()) {
            return plain.get();
        }
        Optional<String> other = messages.text(key + ".other");
        if (other.isEmpty()) {
            throw new IllegalArgumentException("no text for '" + key + "'");
        }
        Optional<Number> count = args.stream().filter(Number.class::isInstance).map(Number.class::cast).findFirst();
        return count.flatMap(n -> messages.text(key + "." + pluralForm(n))).orElse(other.get());
    }

    /** CLDR's plural category of a whole number, among "one" and "other". */
    private String pluralForm(Number n) {
        double value = Math.abs(n.doubleValue());
        boolean whole = value == Math.floor(value);
        return whole && (value == 1 || zeroIsSingular && value == 0) ? "one" : "other";
    }

    /**
     * An argument as the language writes it. A page writes thousands of counts; looking up the
     * language's number format for each was a tenth of the templates' time, so small whole numbers
     * the language writes plainly are written directly and others by a copy of the format made once.
     */
    String written(Object arg) {
        if (arg instanceof Number n) {
            boolean whole = n.doubleValue() == Math.floor(n.doubleValue());
            if (!whole) {
                return NumberFormat.getNumberInstance(locale).format(n.doubleValue());
            }
            long value = n.longValue();
            if (smallNumbersPlain && value >= 0 && value < SMALL_NUMBERS) {
                return Long.toString(value);
            }
            return ((NumberFormat) wholeNumbers.clone()).format(value);
        }
        return String.valueOf(arg);
    }

    private static int argumentIndex(String digits) {
        if (digits.isEmpty() || digits.length() > 2 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TemplateTexts t && t.messages.equals(messages);
    }

    @Override
    public int hashCode() {
        return messages.hashCode();
    }
}
