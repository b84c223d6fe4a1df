package org.dossier.nlp.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.dossier.model.Timestamp;

/**
 * What a publication date can anchor: a day, a month, a year, or nothing. A date-time anchors its
 * local date (the page's own calendar day, which is what its "yesterday" means).
 *
 * @param day   the publication day, when known to the day
 * @param month the publication month, when known to the month
 * @param year  the publication year, when known
 */
public record Anchor(Optional<LocalDate> day, Optional<YearMonth> month, Optional<Year> year) {

    public static final Anchor NONE = new Anchor(Optional.empty(), Optional.empty(), Optional.empty());

    public static Anchor of(Optional<Timestamp> published) {
        if (published.isEmpty()) {
            return NONE;
        }
        return switch (published.get().value()) {
            case OffsetDateTime t -> ofDay(t.toLocalDate());
            case LocalDateTime t -> ofDay(t.toLocalDate());
            case LocalDate d -> ofDay(d);
            case YearMonth m -> new Anchor(Optional.empty(), Optional.of(m), Optional.of(Year.of(m.getYear())));
            case Year y -> new Anchor(Optional.empty(), Optional.empty(), Optional.of(y));
            default -> NONE;
        };
    }

    public static Anchor ofDay(LocalDate d) {
        return new Anchor(Optional.of(d), Optional.of(YearMonth.from(d)), Optional.of(Year.of(d.getYear())));
    }
}
