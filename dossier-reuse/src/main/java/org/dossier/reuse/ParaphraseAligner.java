package org.dossier.reuse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.embed.Vectors;
import org.dossier.fingerprint.WordSpans;
import org.dossier.model.Passage;
import org.dossier.model.Span;

/**
 * Sentences of two articles that say the same thing in other words: pairs whose embeddings' cosine is
 * at least {@code minCosine}, each sentence used once, best pairs first, leaving out sentences already
 * inside a verbatim passage. Quadratic in the sentence counts, which {@code ArticleEmbedder} bounds.
 *
 * @param minCosine the least cosine of a paraphrase; all-MiniLM-L6-v2 puts same-event sentences that
 *                  say different things around 0.5 to 0.75 and rewordings above 0.8
 */
public record ParaphraseAligner(double minCosine) {

    public static final ParaphraseAligner DEFAULT = new ParaphraseAligner(0.8);

    public ParaphraseAligner {
        if (!(minCosine > 0 && minCosine <= 1)) {
            throw new IllegalArgumentException("paraphrase cosine must be in (0, 1], got " + minCosine);
        }
    }

    /** Paraphrased sentence pairs as passages, in {@code b}'s order. */
    public List<Passage> align(String bodyA, SentenceEmbeddings a, String bodyB, SentenceEmbeddings b, List<Passage> verbatim) {
        List<double[]> pairs = new ArrayList<>(); // cosine, i, j
        for (int j = 0; j < b.vectors().length; j++) {
            if (covered(b.sentences().get(j), verbatim, false)) {
                continue;
            }
            for (int i = 0; i < a.vectors().length; i++) {
                double cos = Vectors.dot(a.vectors()[i], b.vectors()[j]);
                if (cos >= minCosine && !covered(a.sentences().get(i), verbatim, true)) {
                    pairs.add(new double[] {cos, i, j});
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        List<Passage> out = new ArrayList<>();
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (!usedA.contains(i) && !usedB.contains(j)) {
                usedA.add(i);
                usedB.add(j);
                Span sa = a.sentences().get(i);
                Span sb = b.sentences().get(j);
                String ta = sa.of(bodyA);
                String tb = sb.of(bodyB);
                WordSpans wa = WordSpans.of(ta);
                WordSpans wb = WordSpans.of(tb);
                out.add(new Passage(sa, sb, Math.max(1, Math.min(wa.size(), wb.size())), sharedWordShare(wa, wb)));
            }
        }
        out.sort((x, y) -> Integer.compare(x.b().start(), y.b().start()));
        return out;
    }

    private static boolean covered(Span sentence, List<Passage> verbatim, boolean sideA) {
        for (Passage p : verbatim) {
            Span s = sideA ? p.a() : p.b();
            if (s.overlaps(sentence)) {
                return true;
            }
        }
        return false;
    }

    /** The share of the longer sentence's words that the other sentence also has. */
    private static double sharedWordShare(WordSpans a, WordSpans b) {
        Set<Long> inA = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            inA.add(a.hash(i));
        }
        int shared = 0;
        for (int j = 0; j < b.size(); j++) {
            if (inA.contains(b.hash(j))) {
                shared++;
            }
        }
        int longer = Math.max(a.size(), b.size());
        return longer == 0 ? 0 : Math.min(1.0, (double) shared / longer);
    }
}
