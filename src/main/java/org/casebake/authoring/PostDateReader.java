package org.casebake.authoring;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the date a post was written, as the day in UTC: Unix seconds (Moodle's {@code created}),
 * {@code YYYY-MM-DD}, an ISO date-time with or without offset, or Moodle's English human-readable dates
 * ({@code Monday, 3 March 2025, 2:05 PM}, whose day is taken as written).
 */
public final class PostDateReader {

    private static final List<DateTimeFormatter> LOCAL_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]", Locale.ROOT),
            new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("EEEE, d MMMM uuuu, h:mm a").toFormatter(Locale.ENGLISH));

    /** The day of a date text; throws when the text is none of the accepted forms. */
    public LocalDate read(String raw) {
        String text = raw.strip();
        if (text.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(text)).atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text);
        }
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            for (DateTimeFormatter form : LOCAL_FORMS) {
                try {
                    return LocalDateTime.parse(text, form).toLocalDate();
                } catch (DateTimeParseException notThisForm) {
                    // try the next form
                }
            }
        }
        throw new DateTimeException("not a date: " + raw);
    }
}
