package org.dossier.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.Year;
import java.time.temporal.Temporal;
import java.util.Objects;

/**
 * A point or period in time as precise as its source: with an offset when the page gave one, else
 * a local date-time, else a date (or a month or a year, for dates in running text). Rendered as
 * ISO-8601 by {@link #iso()}.
 *
 * @param value one of {@link OffsetDateTime}, {@link LocalDateTime}, {@link LocalDate},
 *              {@link YearMonth} or {@link Year}
 */
public record Timestamp(Temporal value) implements Comparable<Timestamp> {

    public Timestamp {
        Objects.requireNonNull(value, "value");
        if (!(value instanceof OffsetDateTime || value instanceof LocalDateTime || value instanceof LocalDate
                || value instanceof YearMonth || value instanceof Year)) {
            throw new IllegalArgumentException("timestamp must be an offset or local date-time, a date, a month or a year, got "
                    + value.getClass().getSimpleName() + " " + value);
        }
    }

    public static Timestamp of(Temporal value) {
        return new Timestamp(value);
    }

    /** ISO-8601 text as precise as the value: {@code 2024-04-19T12:32+04:00}, {@code 2024-04-19T12:32}, {@code 2024-04}. */
    public String iso() {
        // java.time's toString is ISO-8601 and omits zero seconds, as pages usually do
        return value.toString();
    }

    /** The first day this timestamp covers, for ordering and windows. */
    public LocalDate startDate() {
        return switch (value) {
            case OffsetDateTime t -> t.toLocalDate();
            case LocalDateTime t -> t.toLocalDate();
            case LocalDate d -> d;
            case YearMonth m -> m.atDay(1);
            case Year y -> y.atDay(1);
            default -> throw new IllegalStateException("unreachable: " + value);
        };
    }

    /** Parses what {@link #iso()} writes. */
    public static Timestamp parse(String iso) {
        Objects.requireNonNull(iso, "iso");
        try {
            if (iso.length() == 4) {
                return of(Year.parse(iso));
            }
            if (iso.length() == 7) {
                return of(YearMonth.parse(iso));
            }
            if (iso.length() == 10) {
                return of(LocalDate.parse(iso));
            }
            if (iso.matches(".*([+-]\\d\\d:\\d\\d|Z)$")) {
                return of(OffsetDateTime.parse(iso));
            }
            return of(LocalDateTime.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 timestamp: '" + iso + "'", e);
        }
    }

    @Override
    public int compareTo(Timestamp o) {
        return startDate().compareTo(o.startDate());
    }

    @Override
    public String toString() {
        return iso();
    }
}
