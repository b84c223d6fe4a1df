package org.dossier.store.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, SIGIR 2009): a doc scores
 * {@code Σ 1 / (K + rank)} over the ranked lists it is in. It needs no calibration between BM25
 * scores (unbounded, query-dependent) and cosine similarities (bounded), which a weighted sum of raw
 * scores would.
 */
final class Fusion {
    /** The paper's constant: damps the weight of the very top ranks. */
    static final int K = 60;

    private Fusion() {
    }

    /** The docs of all lists, best fused score first; ties keep the first list's order. */
    static List<ScoreDoc> rrf(List<ScoreDoc[]> lists) {
        Map<Integer, Double> scores = new LinkedHashMap<>();
        for (ScoreDoc[] list : lists) {
            for (int rank = 0; rank < list.length; rank++) {
                scores.merge(list[rank].doc, 1.0 / (K + rank + 1), Double::sum);
            }
        }
        List<ScoreDoc> fused = new ArrayList<>(scores.size());
        scores.forEach((doc, score) -> fused.add(new ScoreDoc(doc, score.floatValue())));
        fused.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed());
        return fused;
    }
}
