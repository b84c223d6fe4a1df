package org.dossier.reuse;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.dossier.model.Direction;
import org.dossier.model.Timestamp;

/**
 * Who copied whom. Publication times decide when both are known and differ; otherwise the content
 * does: a rewrite keeps part of its source and adds little, so the side whose own words are mostly
 * shared is the later one, when the two shares differ by at least {@code margin}.
 *
 * @param margin how much more of one side must be shared for the content to decide
 */
public record Provenance(double margin) {

    public static final Provenance DEFAULT = new Provenance(0.1);

    public Provenance {
        if (!(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("margin must be in [0, 1), got " + margin);
        }
    }

    /** The order of a pair: {@code first} is true when the first side given is the source. */
    public record Order(boolean firstIsSource, Direction direction) {
    }

    /**
     * @param sharedA share of the first article's words in shared passages
     * @param sharedB share of the second article's words in shared passages
     */
    public Order order(Optional<Timestamp> publishedA, Optional<Timestamp> publishedB, String idA, String idB,
                       double sharedA, double sharedB) {
        if (publishedA.isPresent() && publishedB.isPresent()) {
            int c = compare(publishedA.get(), publishedB.get());
            if (c != 0) {
                return new Order(c < 0, Direction.PUBLISHED);
            }
        }
        if (Math.abs(sharedA - sharedB) >= margin) {
            return new Order(sharedB > sharedA, Direction.CONTENT);
        }
        return new Order(idA.compareTo(idB) <= 0, Direction.UNKNOWN);
    }

    /** Compares instants when both have offsets, else days, since a bare date says nothing about hours. */
    static int compare(Timestamp a, Timestamp b) {
        if (a.value() instanceof OffsetDateTime x && b.value() instanceof OffsetDateTime y) {
            return x.toInstant().compareTo(y.toInstant());
        }
        if (a.value() instanceof java.time.LocalDateTime x && b.value() instanceof java.time.LocalDateTime y) {
            return x.compareTo(y);
        }
        return a.startDate().compareTo(b.startDate());
    }
}
