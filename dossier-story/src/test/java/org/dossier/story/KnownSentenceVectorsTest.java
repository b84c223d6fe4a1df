package org.dossier.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.embed.ArticleEmbedder;
import org.dossier.embed.SentenceEmbedder;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Claim;
import org.dossier.story.claims.ClaimAligner;
import org.dossier.story.claims.ClaimConfig;
import org.junit.jupiter.api.Test;

/**
 * The claims take the sentence vectors an article's features already hold instead of embedding the
 * same sentences again, and come out as they would have. The story is invented; the embedder is a
 * bag of hashed words that records what it is asked to embed.
 */
class KnownSentenceVectorsTest {
    private final Fixtures f = new Fixtures(Map.of("e-port", "Kelvin Quay", "e-union", "Dockers Union"));
    private final String gazette = f.article("Harbour Gazette",
            "The Dockers Union called a strike at Kelvin Quay from 9 March 2032. "
                    + "About 1,200 workers are expected to walk out over pay. "
                    + "The port authority said talks would resume next week.");
    private final String courier = f.article("Coastal Courier",
            "Workers at Kelvin Quay will strike from 9 March 2032, the Dockers Union announced. "
                    + "Some 1,200 workers are expected to walk out in the dispute over pay. "
                    + "Ferries are not affected.");
    private final String bulletin = f.article("Shipping Bulletin",
            "A strike by the Dockers Union at Kelvin Quay starts on 9 March 2032. "
                    + "The union said 1,500 workers would join the walkout over pay.");

    /** Hashed words, unit length; remembers every text it was given. */
    private static final class WordHashes implements SentenceEmbedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public synchronized float[][] embed(List<String> sentences) {
            asked.addAll(sentences);
            float[][] out = new float[sentences.size()][dimension()];
            for (int i = 0; i < sentences.size(); i++) {
                double norm = 0;
                for (String w : sentences.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
                    if (!w.isEmpty()) {
                        out[i][Math.floorMod(w.hashCode(), dimension())] += 1;
                    }
                }
                for (float x : out[i]) {
                    norm += x * x;
                }
                for (int k = 0; k < dimension(); k++) {
                    out[i][k] /= (float) Math.sqrt(norm);
                }
            }
            return out;
        }

        @Override
        public int dimension() {
            return 64;
        }
    }

    private static Map<String, SentenceEmbeddings> featuresOf(StoryMaterial story, List<String> ids) {
        ArticleEmbedder features = new ArticleEmbedder(new WordHashes(), 40, 3);
        Map<String, SentenceEmbeddings> out = new HashMap<>();
        for (AnalysedArticle a : story.articles()) {
            if (ids.contains(a.article().id())) {
                out.put(a.article().id(), features.embed(a));
            }
        }
        return out;
    }

    @Test
    void sentencesTheFeaturesEmbeddedAreNotEmbeddedAgain() {
        WordHashes model = new WordHashes();
        StoryMaterial story = f.story();
        new ClaimAligner(Optional.of(model), ClaimConfig.EMBEDDED)
                .align(story.withEmbedded(featuresOf(story, List.of(gazette, courier, bulletin))));
        assertEquals(List.of(), model.asked);
    }

    @Test
    void onlyTheSentencesOfArticlesWithoutFeaturesAreEmbedded() {
        WordHashes model = new WordHashes();
        StoryMaterial story = f.story();
        new ClaimAligner(Optional.of(model), ClaimConfig.EMBEDDED).align(story.withEmbedded(featuresOf(story, List.of(gazette, courier))));
        assertTrue(!model.asked.isEmpty() && model.asked.stream().allMatch(s -> s.contains("1,500") || s.contains("A strike by")),
                model.asked.toString());
    }

    @Test
    void theClaimsAreTheSameWithTheFeaturesVectorsAsWithoutThem() {
        StoryMaterial story = f.story();
        List<Claim> embeddedHere = new ClaimAligner(Optional.of(new WordHashes()), ClaimConfig.EMBEDDED).align(story);
        List<Claim> reused = new ClaimAligner(Optional.of(new WordHashes()), ClaimConfig.EMBEDDED)
                .align(story.withEmbedded(featuresOf(story, List.of(gazette, courier, bulletin))));
        assertTrue(embeddedHere.stream().anyMatch(c -> c.sources().size() > 1), "a claim made by several articles: " + embeddedHere);
        assertEquals(embeddedHere, reused);
    }
}
