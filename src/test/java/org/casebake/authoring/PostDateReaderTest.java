package org.casebake.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PostDateReaderTest {

    private final PostDateReader dates = new PostDateReader();

    @Test
    void unixSecondsAreReadAsTheDayInUtc() {
        assertEquals(LocalDate.of(2025, 3, 5), dates.read("1741217400"));
        assertEquals(LocalDate.of(2025, 3, 6), dates.read("1741219200"));
    }

    @Test
    void anIsoDateTimeWithAnOffsetIsMovedToUtcBeforeTakingTheDay() {
        assertEquals(LocalDate.of(2025, 3, 3), dates.read("2025-03-04T00:30:00+01:00"));
        assertEquals(LocalDate.of(2025, 3, 4), dates.read("2025-03-04T18:22:00Z"));
    }

    @Test
    void datesAndLocalDateTimesAreTakenAsWritten() {
        assertEquals(LocalDate.of(2025, 3, 4), dates.read(" 2025-03-04 "));
        assertEquals(LocalDate.of(2025, 3, 5), dates.read("2025-03-05 18:45"));
        assertEquals(LocalDate.of(2025, 3, 5), dates.read("2025-03-05T18:45:10"));
    }

    @Test
    void moodlesHumanReadableDatesAreUnderstood() {
        assertEquals(LocalDate.of(2025, 3, 3), dates.read("Monday, 3 March 2025, 2:05 PM"));
        assertEquals(LocalDate.of(2025, 3, 13), dates.read("Thursday, 13 March 2025, 10:15 am"));
    }

    @Test
    void anythingElseIsRejected() {
        assertThrows(DateTimeException.class, () -> dates.read("yesterday"));
        assertThrows(DateTimeException.class, () -> dates.read("2025-02-30"));
        assertThrows(DateTimeException.class, () -> dates.read("03/04/2025"));
    }
}
