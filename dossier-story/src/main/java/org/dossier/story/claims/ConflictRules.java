package org.dossier.story.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Timestamp;

/**
 * Why one statement contradicts another about the same thing, if it does: another number for the
 * same count, opposed accounts ({@link Contrasts}), a negation of the same sentence, another date.
 * Whether the two are about the same thing is the classifier's call; these rules only say how they
 * disagree. Reasons are phrased from {@code a}'s side and quote both.
 */
final class ConflictRules {
    private ConflictRules() {
    }

    /** Another number for the same count: told in other words, so the topic in common is enough. */
    static Optional<String> onTopic(Statement a, Statement b) {
        for (Statement.Quantity x : a.numbers()) {
            // of the other's counts of the same thing, the nearest in size is the one that answers this one
            Statement.Quantity nearest = null;
            for (Statement.Quantity y : b.numbers()) {
                if (!x.unit().isEmpty() && x.unit().equals(y.unit()) && (nearest == null
                        || Math.abs(Math.log(y.value() / x.value())) < Math.abs(Math.log(nearest.value() / x.value())))) {
                    nearest = y;
                }
            }
            if (nearest != null && x.value() > 0 && nearest.value() > 0 && !RelationFeatures.same(x.value(), nearest.value())
                    && !roughlyTheSame(a, x, b, nearest)) {
                Statement.Quantity y = nearest;
                if (a.numbers().stream().noneMatch(q -> RelationFeatures.same(q.value(), y.value()))
                        && b.numbers().stream().noneMatch(q -> RelationFeatures.same(q.value(), x.value()))) {
                    return Optional.of("gives " + y.text() + " where the claim says " + x.text());
                }
            }
        }
        return Optional.empty();
    }

    /** Words that make a count approximate ("roughly 270", "some 120,000", "more than 8 million"). */
    private static final java.util.regex.Pattern APPROXIMATE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:about|around|roughly|approximately|nearly|almost|some|close to|more than|less than|fewer than|over|"
                    + "under|up to|at least|an estimated|estimated)\\s+$");

    /**
     * Whether two counts within a tenth of each other are one count, one of them given as approximate:
     * "271 delegates" and "roughly 270 delegates" tell the same lead.
     */
    static boolean roughlyTheSame(Statement a, Statement.Quantity x, Statement b, Statement.Quantity y) {
        double gap = Math.abs(x.value() - y.value()) / Math.max(x.value(), y.value());
        return gap <= 0.1 && (approximate(a, x) || approximate(b, y));
    }

    private static boolean approximate(Statement s, Statement.Quantity q) {
        int at = s.text().indexOf(q.text());
        return at > 0 && APPROXIMATE.matcher(s.text().substring(Math.max(0, at - 20), at)).find();
    }

    /** Opposed accounts ({@link Contrasts}): chosen against forced, confirmed against denied, ... */
    static Optional<String> opposedAccounts(Statement a, Statement b) {
        Optional<Contrasts.Pole> p = Contrasts.opposed(a.poles(), b.poles());
        if (p.isPresent()) {
            Contrasts.Pole mine = p.get();
            Contrasts.Pole theirs = mine.opposite();
            return Optional.of("says \"" + Contrasts.marker(theirs, b.text()) + "\" (" + theirs.label()
                    + ") where the claim says \"" + Contrasts.marker(mine, a.text()) + "\" (" + mine.label() + ")");
        }
        return Optional.empty();
    }

    /** Disagreements that need the same sentence otherwise: a negation, another date. */
    static Optional<String> sameOtherwise(Statement a, Statement b) {
        if (a.negated() != b.negated() && similarLength(a, b)) {
            return Optional.of(b.negated() ? "says the same with a negation" : "says the same without the claim's negation");
        }
        if (!a.dates().isEmpty() && !b.dates().isEmpty() && !RelationFeatures.sharesDate(a, b)) {
            return Optional.of("dates it " + isoList(b.dates()) + " where the claim says " + isoList(a.dates()));
        }
        return Optional.empty();
    }

    /** A negation tells only when the rest is the same: a longer sentence may add a negated clause of its own. */
    private static boolean similarLength(Statement a, Statement b) {
        int x = a.words().size();
        int y = b.words().size();
        return Math.min(x, y) >= 0.7 * Math.max(x, y);
    }

    private static String isoList(List<Timestamp> ds) {
        List<String> out = new ArrayList<>();
        for (Timestamp t : ds) {
            out.add(t.iso());
        }
        return String.join(", ", out);
    }
}
