package org.dossier.provenance;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.cluster.StoryClusterer;
import org.dossier.cluster.StoryConfig;
import org.dossier.cluster.StoryInput;
import org.dossier.embed.ArticleEmbedder;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.fingerprint.Fingerprint;
import org.dossier.fingerprint.Fingerprinter;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;
import org.dossier.reuse.PairComparer;
import org.dossier.reuse.ReuseCandidates;
import org.dossier.reuse.ReuseConfig;

/**
 * Stories and reuse for a batch of articles, in three steps that can run in different places:
 * <ol>
 *   <li>{@link #features}: per article, its fingerprint, sentence embeddings and story input; a pure
 *       function of the article;</li>
 *   <li>{@link #plan}: over the compact features alone (no text), in publication order (undated
 *       articles last, ties by id), {@link StoryClusterer} puts each article in a story and
 *       {@link ReuseCandidates} names the earlier articles to align it with: its index candidates
 *       and the latest {@value #COMPANIONS} members of its story;</li>
 *   <li>{@link #align}: each planned pair aligned by {@link PairComparer}, a pure function of the
 *       two articles.</li>
 * </ol>
 * The dossier's cross-article run ({@code CrossArticle} in the pipeline) calls the three, the same
 * in one JVM as in the Spark job, which runs the first and last on its executors. Thread-safe: each
 * plan builds its own clusterer and candidate index.
 */
public final class ProvenanceStage {
    /** The latest members of its story each article is compared with, beyond its index candidates. */
    public static final int COMPANIONS = 50;
    private final Optional<ArticleEmbedder> embedder;
    private final ReuseConfig reuseConfig;
    private final StoryConfig storyConfig;
    private final PairComparer comparer;
    private final Fingerprinter fingerprinter = new Fingerprinter();

    /** @param embedder sentence embeddings for paraphrases and leads; empty for text features only */
    public ProvenanceStage(Optional<ArticleEmbedder> embedder, ReuseConfig reuseConfig, StoryConfig storyConfig) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.reuseConfig = Objects.requireNonNull(reuseConfig, "reuseConfig");
        this.storyConfig = Objects.requireNonNull(storyConfig, "storyConfig");
        this.comparer = new PairComparer(reuseConfig);
    }

    /**
     * One article's features: a pure function of the article.
     *
     * @param fingerprint what reuse search needs of it
     * @param embeddings  its sentence embeddings, when the stage embeds; what alignment needs besides the text
     * @param story       what story clustering needs of it, with no entity keys yet
     */
    public record Features(Fingerprint fingerprint, Optional<SentenceEmbeddings> embeddings, StoryInput story) {
        public Features {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(embeddings, "embeddings");
            Objects.requireNonNull(story, "story");
        }

        /** What {@link #plan} needs: the features without the embeddings, with the article's entity keys. */
        public Compact compact(Set<String> entityKeys) {
            return new Compact(fingerprint, story.withEntityKeys(entityKeys));
        }
    }

    /** What planning needs of one article: its fingerprint and story input, no text and no embeddings. */
    public record Compact(Fingerprint fingerprint, StoryInput story) {
        public Compact {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(story, "story");
            if (!fingerprint.articleId().equals(story.articleId())) {
                throw new IllegalArgumentException("fingerprint of " + fingerprint.articleId() + " with the story input of "
                        + story.articleId());
            }
        }

        String id() {
            return story.articleId();
        }
    }

    /**
     * A pair to align, in the order the batch meets it: the {@code older} article came earlier in
     * publication order than {@code newer}.
     *
     * @param order the pair's place in the plan; reuse comes out in this order
     */
    public record Pair(int order, String older, String newer) {
    }

    /** Stories, each article's assignment, and the pairs to align. */
    public record Plan(List<Story> stories, Map<String, StoryClusterer.Assignment> assignments, List<Pair> pairs) {
        public Plan {
            stories = List.copyOf(stories);
            assignments = Map.copyOf(assignments);
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * The features of one article: fingerprint, embeddings of its sentences (when the stage embeds)
     * and story input. A pure function of the analysed article, computed where it is.
     */
    public Features features(AnalysedArticle analysed) {
        Article article = analysed.article();
        Optional<SentenceEmbeddings> emb = embedder.map(e -> e.embed(analysed));
        return new Features(fingerprinter.of(article), emb, StoryInput.of(article, analysed.sentenceSpans(), emb, Set.of()));
    }

    /**
     * Stories and the pairs to align, from compact features given in any order (ids distinct).
     * Sequential in publication order; holds the articles' compact features only.
     */
    public Plan plan(List<Compact> articles) {
        List<Compact> ordered = articles.stream()
                .sorted(Comparator.comparing((Compact c) -> c.story().published().isEmpty())
                        .thenComparingLong(c -> c.story().published().map(ProvenanceStage::epochSecond).orElse(0L))
                        .thenComparing(Compact::id))
                .toList();
        StoryClusterer clusterer = new StoryClusterer(storyConfig);
        ReuseCandidates candidates = new ReuseCandidates(reuseConfig);
        Map<String, StoryClusterer.Assignment> assignments = new HashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (Compact c : ordered) {
            assignments.put(c.id(), clusterer.add(c.story()));
            for (int doc : candidates.add(c.fingerprint(), clusterer.companions(c.id(), COMPANIONS))) {
                pairs.add(new Pair(pairs.size(), candidates.idOf(doc), c.id()));
            }
        }
        return new Plan(clusterer.stories(), assignments, pairs);
    }

    /** The reuse between a planned pair's two articles, if any. */
    public Optional<Reuse> align(PairComparer.Side older, PairComparer.Side newer) {
        return comparer.compare(older, newer);
    }

    /** Seconds since the epoch, local times read as UTC and dates as their first second: an order, not an instant. */
    static long epochSecond(Timestamp t) {
        return switch (t.value()) {
            case OffsetDateTime o -> o.toEpochSecond();
            case LocalDateTime l -> l.toEpochSecond(ZoneOffset.UTC);
            default -> t.startDate().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        };
    }
}
