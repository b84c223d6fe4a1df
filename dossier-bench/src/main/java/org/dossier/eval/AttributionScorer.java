package org.dossier.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Span;
import org.dossier.model.Speaker;

/**
 * Scores one article's predicted quotes against its gold attributions. A predicted content finds a
 * gold content when it covers at least half of the gold content's characters; predictions and gold
 * contents are paired one to one (a maximum bipartite matching), so one long prediction cannot find
 * several statements. Among found contents with an annotated source, the speaker is right when its
 * words overlap the gold source's, or when its mention, name or referent names the same source after
 * normalisation (for a gold pronoun, the nearest earlier non-pronoun gold source stands for it).
 */
public final class AttributionScorer {

    /** The scores of one article: all, direct (gold opens with a mark / predicted direct), and the rest. */
    public record Result(AttributionScore all, AttributionScore direct, AttributionScore other, int[] goldFoundBy) {
    }

    private AttributionScorer() {
    }

    public static Result score(String text, List<Quote> predicted, List<GoldAttribution> gold) {
        int[] match = match(predicted, gold);
        int[] goldFoundBy = new int[gold.size()];
        Arrays.fill(goldFoundBy, -1);
        for (int p = 0; p < match.length; p++) {
            if (match[p] >= 0) {
                goldFoundBy[match[p]] = p;
            }
        }
        AttributionScore direct = AttributionScore.zero();
        AttributionScore other = AttributionScore.zero();
        for (int p = 0; p < predicted.size(); p++) {
            boolean d = predicted.get(p).kind() == QuoteKind.DIRECT;
            AttributionScore s = new AttributionScore(1, 0, match[p] >= 0 ? 1 : 0, 0, 0, 0);
            direct = d ? direct.plus(s) : direct;
            other = d ? other : other.plus(s);
        }
        for (int g = 0; g < gold.size(); g++) {
            GoldAttribution ga = gold.get(g);
            int p = goldFoundBy[g];
            boolean sourced = p >= 0 && ga.source().isPresent();
            boolean right = sourced && sourceRight(text, predicted.get(p), ga);
            AttributionScore s = new AttributionScore(0, 1, 0, p >= 0 ? 1 : 0, sourced ? 1 : 0, right ? 1 : 0);
            direct = ga.direct() ? direct.plus(s) : direct;
            other = ga.direct() ? other : other.plus(s);
        }
        return new Result(direct.plus(other), direct, other, goldFoundBy);
    }

    static boolean sourceRight(String text, Quote q, GoldAttribution g) {
        if (q.speaker().isEmpty() || g.source().isEmpty()) {
            return false;
        }
        Speaker s = q.speaker().get();
        Span gs = g.source().get();
        if (s.mention().overlaps(gs)) {
            return true;
        }
        String g0 = gs.of(text).strip().toLowerCase(java.util.Locale.ROOT);
        if ((g0.equals("who") || g0.equals("which") || g0.equals("that"))
                && s.mention().end() <= gs.start() && gs.start() - s.mention().end() <= 3) {
            return true; // "X, who said": the relative pronoun's referent is the phrase just before it
        }
        List<String> mine = new ArrayList<>(List.of(s.mention().of(text), s.name()));
        s.referent().ifPresent(r -> mine.add(r.of(text)));
        List<String> theirs = new ArrayList<>(List.of(gs.of(text)));
        g.referent().ifPresent(r -> theirs.add(r.of(text)));
        return SourceMatch.same(mine, theirs);
    }

    /** match[p] = the gold index prediction p finds, or -1; Kuhn's augmenting paths. */
    private static int[] match(List<Quote> predicted, List<GoldAttribution> gold) {
        List<List<Integer>> edges = new ArrayList<>();
        for (Quote q : predicted) {
            List<Integer> e = new ArrayList<>();
            for (int g = 0; g < gold.size(); g++) {
                GoldAttribution ga = gold.get(g);
                if (ga.length() > 0 && 2L * ga.coveredBy(q.content()) >= ga.length()) {
                    e.add(g);
                }
            }
            edges.add(e);
        }
        int[] goldTo = new int[gold.size()];
        Arrays.fill(goldTo, -1);
        for (int p = 0; p < predicted.size(); p++) {
            augment(p, edges, goldTo, new boolean[gold.size()]);
        }
        int[] match = new int[predicted.size()];
        Arrays.fill(match, -1);
        for (int g = 0; g < goldTo.length; g++) {
            if (goldTo[g] >= 0) {
                match[goldTo[g]] = g;
            }
        }
        return match;
    }

    private static boolean augment(int p, List<List<Integer>> edges, int[] goldTo, boolean[] seen) {
        for (int g : edges.get(p)) {
            if (seen[g]) {
                continue;
            }
            seen[g] = true;
            if (goldTo[g] < 0 || augment(goldTo[g], edges, goldTo, seen)) {
                goldTo[g] = p;
                return true;
            }
        }
        return false;
    }
}
