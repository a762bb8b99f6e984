package org.casebake.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casebake.config.Messages;
import org.junit.jupiter.api.Test;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A number in a template's text is written exactly as the language's own number format writes it,
 * whichever way it gets there (small whole numbers directly where that is the same, others by the
 * format): in languages with other digits (Arabic, Persian, Bengali, Thai digits), other separators
 * and other minus signs.
 */
class WrittenNumbersProperties {

    private static final String[] LANGUAGES = {"en", "de", "fr", "es", "pt-PT", "pt-BR", "de-CH", "en-IN", "ru", "ja",
        "zh-Hans", "ar", "ar-EG", "fa", "bn", "mr", "hi", "th-TH-u-nu-thai", "he", "sv", "fi"};

    @Property(tries = 3000)
    void aNumberIsWrittenAsTheLanguagesFormatWritesIt(@ForAll("languages") String language, @ForAll("numbers") Number n) {
        Locale locale = Locale.forLanguageTag(language);
        boolean whole = n.doubleValue() == Math.floor(n.doubleValue());
        String expected = whole ? NumberFormat.getIntegerInstance(locale).format(n.longValue())
                : NumberFormat.getNumberInstance(locale).format(n.doubleValue());
        assertEquals(expected, texts(language).written(n), language + " " + n);
    }

    @Test
    void everyCountBelowTwoThousandIsWrittenAsTheFormatWritesItInEveryLanguage() {
        for (String language : LANGUAGES) {
            TemplateTexts texts = texts(language);
            NumberFormat format = NumberFormat.getIntegerInstance(Locale.forLanguageTag(language));
            for (int n = -10; n < 2000; n++) {
                assertEquals(format.format(n), texts.written(n), language + " " + n);
            }
        }
    }

    @Test
    void arabicAndThaiDigitsStayTheirOwn() {
        assertEquals("١٢", texts("ar-EG").written(12));
        assertEquals("๑๒", texts("th-TH-u-nu-thai").written(12));
        assertEquals("12", texts("en").written(12));
        assertEquals("1,234", texts("en").written(1234));
    }

    private static TemplateTexts texts(String language) {
        return new TemplateTexts(new Messages(language, new TreeMap<>()));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of(LANGUAGES);
    }

    @Provide
    Arbitrary<Number> numbers() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-1500, 1500).map(i -> (Number) i),
                Arbitraries.longs().map(l -> (Number) l),
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(2).map(d -> (Number) d.doubleValue()));
    }
}
