package org.dossier.eval;

/**
 * Attribution scores for one slice (all contents, direct quotes, or the rest).
 *
 * @param predicted      contents predicted in the slice
 * @param gold           gold contents in the slice
 * @param foundPredicted predicted contents matched to a gold content
 * @param foundGold      gold contents matched by a prediction
 * @param sourced        matched gold contents that have an annotated source
 * @param sourceRight    of those, how many have the right predicted speaker
 */
public record AttributionScore(int predicted, int gold, int foundPredicted, int foundGold, int sourced, int sourceRight) {

    public double precision() {
        return predicted == 0 ? 0 : foundPredicted / (double) predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : foundGold / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double sourceAccuracy() {
        return sourced == 0 ? 0 : sourceRight / (double) sourced;
    }

    public AttributionScore plus(AttributionScore o) {
        return new AttributionScore(predicted + o.predicted, gold + o.gold, foundPredicted + o.foundPredicted,
                foundGold + o.foundGold, sourced + o.sourced, sourceRight + o.sourceRight);
    }

    public static AttributionScore zero() {
        return new AttributionScore(0, 0, 0, 0, 0, 0);
    }
}
