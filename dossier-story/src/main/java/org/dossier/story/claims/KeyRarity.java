package org.dossier.story.claims;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How rare the names, numbers and dates two statements share are among the statements around them
 * (a story's; in the claims benchmark, the two articles'). A key's specificity is
 * {@code log(N / df) / log N} over the N statements, df of which hold it: the country a whole story
 * is about says nearly nothing, a person or a date a handful of its sentences give says they tell
 * the same fact. Immutable.
 */
public final class KeyRarity {
    /** No context: every key counts as common. */
    public static final KeyRarity NONE = new KeyRarity(Map.of(), 0);

    private final Map<String, Integer> df;
    private final int statements;

    private KeyRarity(Map<String, Integer> df, int statements) {
        this.df = Map.copyOf(df);
        this.statements = statements;
    }

    static KeyRarity of(List<Statement> context) {
        Map<String, Integer> df = new HashMap<>();
        for (Statement s : context) {
            keys(s).forEach(k -> df.merge(k, 1, Integer::sum));
        }
        return new KeyRarity(df, context.size());
    }

    /** The rarity of keys among sentences alone (no stage ran: names as capitalised words, years as dates). */
    public static KeyRarity ofSentences(List<String> sentences) {
        List<Statement> st = new java.util.ArrayList<>();
        for (String s : sentences) {
            st.add(Statements.ofText(st.size(), "context", s));
        }
        return of(st);
    }

    /** A statement's names (capitalised words), counts (their values) and dates (to the month). */
    static Set<String> keys(Statement s) {
        Set<String> out = new LinkedHashSet<>();
        s.names().forEach(n -> out.add("m:" + n));
        // a resolved person or place under another spelling ("Hikmat", "Hikmet") is still the one name
        s.entities().forEach(e -> out.add("m:#" + e));
        s.numbers().forEach(n -> out.add("n:" + n.value()));
        s.dates().forEach(d -> out.add(ClaimAligner.dateKey(d)));
        return out;
    }

    double specificity(String key) {
        if (statements < 2) {
            return 0;
        }
        int d = Math.max(1, df.getOrDefault(key, 0));
        return Math.max(0, Math.log((double) statements / d) / Math.log(statements));
    }

    /** The specificity of the rarest key both statements hold, 0 when they share none. */
    double rareShared(Statement a, Statement b) {
        return Math.max(rareSharedName(a, b), rareSharedValue(a, b));
    }

    /** The specificity of the rarest name both statements hold. */
    double rareSharedName(Statement a, Statement b) {
        return rarest(a, b, "m:");
    }

    /** The specificity of the rarest number or date (to the month) both statements hold. */
    double rareSharedValue(Statement a, Statement b) {
        return Math.max(rarest(a, b, "n:"), rarest(a, b, "d:"));
    }

    private double rarest(Statement a, Statement b, String kind) {
        Set<String> theirs = keys(b);
        double best = 0;
        for (String k : keys(a)) {
            if (k.startsWith(kind) && theirs.contains(k)) {
                best = Math.max(best, specificity(k));
            }
        }
        return best;
    }
}
