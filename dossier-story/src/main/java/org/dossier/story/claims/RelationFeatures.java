package org.dossier.story.claims;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Timestamp;

/**
 * What the relation classifier reads of two statements. Every feature is computed the same way from
 * the two sentences in a story and in the claims benchmark; each was chosen for a reason a reader
 * can check (docs/STORY.md):
 * <ul>
 *   <li>{@code cosine}: the MiniLM cosine of the two sentences (0 without embeddings): paraphrase;
 *   <li>{@code dice}: Dice overlap of their content-word stems: the same words;
 *   <li>{@code cover}: the share of the shorter sentence's stems the other holds: one says what the other
 *       says and more;
 *   <li>{@code nameMiss}: the share of the names of the sentence with fewer names that the other lacks
 *       (0 when either names nobody): another actor ("Trump won Alabama", "Clinton won Alabama");
 *   <li>{@code sharedValue}: 1 when they give a common number or date: the same fact pinned down;
 *   <li>{@code lengthRatio}: the shorter's word count over the longer's: a short sentence inside a long one is
 *       seldom its whole claim;
 *   <li>{@code sharedName}: 1 when they name someone in common (a name or a resolved entity);
 *   <li>{@code valueMiss}: 1 when both give numbers or dates and none in common: two polls, two counts;
 *   <li>{@code rareShared}: the specificity of the rarest name, number or date they share among the statements
 *       around them ({@link KeyRarity}): a person or a date few sentences of a story give is one fact told twice.
 * </ul>
 */
record RelationFeatures(double cosine, double dice, double cover, double nameMiss, double sharedValue, double lengthRatio,
                        double sharedName, double valueMiss, double rareShared) {
    /** The features' names, in the order of {@link #vector()} and of {@link RelationModel#weights()}. */
    static final List<String> NAMES = List.of("cosine", "dice", "cover", "nameMiss", "sharedValue", "lengthRatio", "sharedName",
            "valueMiss", "rareShared");

    double[] vector() {
        return new double[] {cosine, dice, cover, nameMiss, sharedValue, lengthRatio, sharedName, valueMiss, rareShared};
    }

    static RelationFeatures of(Statement a, Statement b, double cosine, KeyRarity rarity) {
        int shared = 0;
        for (String w : a.stems()) {
            if (b.stems().contains(w)) {
                shared++;
            }
        }
        int na = a.stems().size();
        int nb = b.stems().size();
        double dice = na + nb == 0 ? 0 : 2.0 * shared / (na + nb);
        double cover = Math.min(na, nb) == 0 ? 0 : (double) shared / Math.min(na, nb);
        Set<String> fewer = a.names().size() <= b.names().size() ? a.names() : b.names();
        Set<String> more = fewer == a.names() ? b.names() : a.names();
        double nameMiss = 0;
        boolean sharedName = false;
        if (!fewer.isEmpty()) {
            int missing = 0;
            for (String n : fewer) {
                if (more.contains(n)) {
                    sharedName = true;
                } else {
                    missing++;
                }
            }
            nameMiss = (double) missing / fewer.size();
        }
        Set<String> entities = new HashSet<>(a.entities());
        entities.retainAll(b.entities());
        sharedName |= !entities.isEmpty();
        boolean value = sharesDate(a, b) || a.numbers().stream().anyMatch(x -> b.numbers().stream().anyMatch(y -> same(x.value(), y.value())));
        int wa = a.words().size();
        int wb = b.words().size();
        double ratio = Math.max(wa, wb) == 0 ? 0 : (double) Math.min(wa, wb) / Math.max(wa, wb);
        boolean valued = (!a.numbers().isEmpty() || !a.dates().isEmpty()) && (!b.numbers().isEmpty() || !b.dates().isEmpty());
        return new RelationFeatures(cosine, dice, cover, nameMiss, value ? 1 : 0, ratio, sharedName ? 1 : 0, valued && !value ? 1 : 0,
                rarity.rareShared(a, b));
    }

    /** Whether a date of one holds or lies in a date of the other (2020 and 2020-11-10 share; 2020-11 and 2020-12 do not). */
    static boolean sharesDate(Statement a, Statement b) {
        for (Timestamp x : a.dates()) {
            for (Timestamp y : b.dates()) {
                String p = x.iso();
                String q = y.iso();
                if (p.startsWith(q) || q.startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean same(double x, double y) {
        return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
    }
}
