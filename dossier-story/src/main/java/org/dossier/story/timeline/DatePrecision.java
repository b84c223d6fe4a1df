package org.dossier.story.timeline;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.dossier.model.Timestamp;

/**
 * How precise a timestamp is, and whether two can mean the same time: a year covers its months and
 * days, a month its days, a day the times on it. "2020", "November 2020" and "November 10, 2020"
 * are compatible; "November 2020" and "December 10, 2020" are not.
 */
final class DatePrecision {
    private DatePrecision() {
    }

    /** 0 a year, 1 a month, 2 a day, 3 a time of day. */
    static int of(Timestamp t) {
        return switch (t.value()) {
            case Year y -> 0;
            case YearMonth m -> 1;
            case LocalDate d -> 2;
            default -> 3;
        };
    }

    static boolean compatible(Timestamp a, Timestamp b) {
        Timestamp coarse = of(a) <= of(b) ? a : b;
        Timestamp fine = coarse == a ? b : a;
        LocalDate day = fine.startDate();
        return switch (coarse.value()) {
            case Year y -> day.getYear() == y.getValue();
            case YearMonth m -> YearMonth.from(day).equals(m);
            case LocalDate d -> day.equals(d);
            default -> day.equals(coarse.startDate());
        };
    }

}
