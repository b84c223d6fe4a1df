package org.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DatelinesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "INTERVIEWS  19 April 2024 - 12:32 | 2024-04-19T12:32",
            "April 19, 2024 at 12:32 PM | 2024-04-19T12:32",
            "Nov. 19, 2019 8:03 am ET | 2019-11-19T08:03",
            "Chris Doe - Nov 19, 2019, 10:31 pm CST | 2019-11-19T22:31-06:00",
            "2024-04-19T12:32:00+04:00 | 2024-04-19T12:32+04:00",
            "Published 2019-11-20T09:28:00Z | 2019-11-20T09:28Z",
            "19.04.2024 12:32 | 2024-04-19T12:32",
            "19 de abril de 2024 | 2024-04-19",
            "12 марта 2023 | 2023-03-12",
            "Updated 18 April 2024 14:54 GMT | 2024-04-18T14:54Z",
            "12:05, 12 March 2023 | 2023-03-12T12:05",
            "Tuesday November 19, 2019 | 2019-11-19",
            "25/12/2023 | 2023-12-25",
    })
    void datelinesParseAsPreciselyAsWritten(String text, String iso) {
        assertEquals(Optional.of(iso), Datelines.find(text).map(m -> m.value().iso()));
    }

    @Test
    void anAmbiguousNumericDateIsNotGuessed() {
        assertEquals(Optional.empty(), Datelines.find("04/05/2024"));
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertEquals(Optional.empty(), Datelines.find("31 February 2024"));
        assertEquals(Optional.empty(), Datelines.find("the 2024 season"));
    }

    @Test
    void theMatchSpansTheDatelineInTheText() {
        DateMatch m = Datelines.find("INTERVIEWS  19 April 2024 - 12:32").orElseThrow();
        assertEquals("19 April 2024 - 12:32", "INTERVIEWS  19 April 2024 - 12:32".substring(m.start(), m.end()));
    }

    @Test
    void aDateLineIsMostlyADate() {
        assertTrue(Datelines.isDateLine("28 May 2024 - 12:32"));
        assertTrue(Datelines.isDateLine("- 18 April 2024 14:54"));
        assertTrue(Datelines.isDateLine("3 hours ago"));
        assertFalse(Datelines.isDateLine("The treaty was signed on November 10, 2020, in Moscow by three leaders."));
    }
}
