package org.dossier.eval;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * conlleval's scores: exact matches of (sentence, first, end, type), micro-averaged, per type and
 * overall.
 *
 * @param perType the counts of each type that occurs in the gold or the predictions
 */
public record NerScore(Map<String, Counts> perType) {

    /** The types reported, in order. */
    public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

    public NerScore {
        perType = Map.copyOf(perType);
    }

    /**
     * Counts of one type (or all).
     *
     * @param gold      gold chunks
     * @param predicted predicted chunks
     * @param correct   predicted chunks equal to a gold chunk
     */
    public record Counts(int gold, int predicted, int correct) {
        public Counts {
            if (gold < 0 || predicted < 0 || correct < 0 || correct > Math.min(gold, predicted)) {
                throw new IllegalArgumentException("counts must be non-negative and correct at most gold and predicted, got gold "
                        + gold + ", predicted " + predicted + ", correct " + correct);
            }
        }

        public static final Counts ZERO = new Counts(0, 0, 0);

        public double precision() {
            return predicted == 0 ? 0 : 100.0 * correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : 100.0 * correct / gold;
        }

        /** F1 in percent, as conlleval prints it. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, correct + o.correct);
        }
    }

    public static NerScore zero() {
        return new NerScore(Map.of());
    }

    /** The score of one document's predictions against its gold chunks. */
    public static NerScore of(Collection<NerChunk> gold, Collection<NerChunk> predicted) {
        Set<NerChunk> goldSet = new HashSet<>(gold);
        Set<NerChunk> predictedSet = new HashSet<>(predicted);
        Map<String, int[]> tally = new TreeMap<>();
        for (NerChunk g : goldSet) {
            tally.computeIfAbsent(g.type(), k -> new int[3])[0]++;
        }
        for (NerChunk p : predictedSet) {
            int[] t = tally.computeIfAbsent(p.type(), k -> new int[3]);
            t[1]++;
            if (goldSet.contains(p)) {
                t[2]++;
            }
        }
        Map<String, Counts> counts = new TreeMap<>();
        tally.forEach((type, t) -> counts.put(type, new Counts(t[0], t[1], t[2])));
        return new NerScore(counts);
    }

    public NerScore plus(NerScore o) {
        Map<String, Counts> sum = new TreeMap<>(perType);
        o.perType.forEach((type, c) -> sum.merge(type, c, Counts::plus));
        return new NerScore(sum);
    }

    /** The counts of {@code type}, zero where it never occurs. */
    public Counts of(String type) {
        return perType.getOrDefault(type, Counts.ZERO);
    }

    /** All types together. */
    public Counts overall() {
        return perType.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
