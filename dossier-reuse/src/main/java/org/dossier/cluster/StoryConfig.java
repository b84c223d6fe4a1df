package org.dossier.cluster;

/**
 * The knobs of {@link StoryClusterer}.
 *
 * @param minSimilarity  least combined similarity for an article to join a story
 * @param minSharedTerms least distinct salient terms an article shares with a story: one shared
 *                       country name is never enough
 * @param windowDays     a story takes no article published more than this many days from its last one
 * @param articleTerms   salient terms kept per article (highest TF-IDF)
 * @param blockingTerms  the article's most salient terms that look up candidate stories
 * @param storyTerms     terms kept in a story's centroid
 * @param maxPostings    a term heading more stories than this is too common to propose candidates
 * @param minLeadCosine  when the article and the story both have lead embeddings, the least cosine of the
 *                       two for the article to join: a veto on pages that share words but not a subject
 */
public record StoryConfig(double minSimilarity, int minSharedTerms, int windowDays, int articleTerms, int blockingTerms, int storyTerms,
                          int maxPostings, double minLeadCosine) {

    public static final StoryConfig DEFAULT = new StoryConfig(0.35, 4, 7, 100, 10, 300, 1000, 0.35);

    public StoryConfig {
        if (!(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity must be in (0, 1], got " + minSimilarity);
        }
        if (minSharedTerms < 1 || windowDays < 0 || articleTerms < 1 || blockingTerms < 1 || blockingTerms > articleTerms || storyTerms < articleTerms || maxPostings < 1) {
            throw new IllegalArgumentException("need minSharedTerms >= 1, windowDays >= 0, 1 <= blockingTerms <= articleTerms <= storyTerms,"
                    + " maxPostings >= 1; got " + minSharedTerms + ", " + windowDays + ", " + blockingTerms + " <= " + articleTerms + " <= " + storyTerms
                    + ", " + maxPostings);
        }
        if (!(minLeadCosine >= -1 && minLeadCosine <= 1)) {
            throw new IllegalArgumentException("minLeadCosine must be in [-1, 1], got " + minLeadCosine);
        }
    }

    public StoryConfig withMinLeadCosine(double v) {
        return new StoryConfig(minSimilarity, minSharedTerms, windowDays, articleTerms, blockingTerms, storyTerms, maxPostings, v);
    }

    public StoryConfig withMinSimilarity(double v) {
        return new StoryConfig(v, minSharedTerms, windowDays, articleTerms, blockingTerms, storyTerms, maxPostings, minLeadCosine);
    }
}
