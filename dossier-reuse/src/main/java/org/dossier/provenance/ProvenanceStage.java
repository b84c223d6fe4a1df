package org.dossier.provenance;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.dossier.model.Article;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.model.Timestamp;
import org.dossier.reuse.ProvenanceGraph;
import org.dossier.reuse.ReuseConfig;
import org.dossier.reuse.ReuseDetector;

/**
 * Stories and reuse for a batch of articles. Per-article features (fingerprint, embeddings, terms)
 * are computed in parallel; then the articles go, in publication order (undated ones last, ties by
 * id), through {@link StoryClusterer} and {@link ReuseDetector}, each article compared with the
 * latest {@value #COMPANIONS} members of its story as well as with its index candidates. Thread-safe: each {@link #run} builds
 * its own clusterer and detector.
 */
public final class ProvenanceStage {
    /** The latest members of its story each article is compared with, beyond its index candidates. */
    public static final int COMPANIONS = 50;
    private final Optional<ArticleEmbedder> embedder;
    private final ReuseConfig reuseConfig;
    private final StoryConfig storyConfig;
    private final Fingerprinter fingerprinter = new Fingerprinter();

    /** @param embedder sentence embeddings for paraphrases and leads; empty for text features only */
    public ProvenanceStage(Optional<ArticleEmbedder> embedder, ReuseConfig reuseConfig, StoryConfig storyConfig) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.reuseConfig = Objects.requireNonNull(reuseConfig, "reuseConfig");
        this.storyConfig = Objects.requireNonNull(storyConfig, "storyConfig");
    }

    /** What {@link #run} found. */
    public record Result(List<Story> stories, List<Reuse> reuses, List<ProvenanceGraph> graphs,
                         Map<String, StoryClusterer.Assignment> assignments) {
        public Result {
            stories = List.copyOf(stories);
            reuses = List.copyOf(reuses);
            graphs = List.copyOf(graphs);
            assignments = Map.copyOf(assignments);
        }
    }

    /** One article's per-article features: a pure function of the article and its entity keys. */
    private record Features(Article article, Fingerprint fingerprint, Optional<SentenceEmbeddings> embeddings,
                            StoryInput story) {
    }

    /**
     * @param articles   the articles, in any order, ids distinct
     * @param entityKeys per article id, keys of the entities it mentions (missing ids have none)
     */
    public Result run(List<Article> articles, Map<String, Set<String>> entityKeys) {
        List<Features> features = articles.parallelStream().map(a -> features(a, entityKeys.getOrDefault(a.id(), Set.of())))
                .sorted(Comparator.comparing((Features f) -> f.article().metadata().published().isEmpty())
                        .thenComparingLong(f -> f.article().metadata().published().map(ProvenanceStage::epochSecond).orElse(0L))
                        .thenComparing(f -> f.article().id()))
                .toList();
        StoryClusterer clusterer = new StoryClusterer(storyConfig);
        ReuseDetector detector = new ReuseDetector(reuseConfig);
        List<Reuse> reuses = new ArrayList<>();
        Map<String, StoryClusterer.Assignment> assignments = new java.util.HashMap<>();
        for (Features f : features) {
            assignments.put(f.article().id(), clusterer.add(f.story()));
            List<String> companions = clusterer.companions(f.article().id(), COMPANIONS);
            reuses.addAll(detector.add(f.article(), f.fingerprint(), f.embeddings(), companions));
        }
        List<Story> stories = clusterer.stories();
        List<ProvenanceGraph> graphs = stories.stream().filter(s -> s.articles().size() > 1)
                .map(s -> ProvenanceGraph.of(s, reuses)).toList();
        return new Result(stories, reuses, graphs, assignments);
    }

    /** Seconds since the epoch, local times read as UTC and dates as their first second: an order, not an instant. */
    static long epochSecond(Timestamp t) {
        return switch (t.value()) {
            case OffsetDateTime o -> o.toEpochSecond();
            case LocalDateTime l -> l.toEpochSecond(ZoneOffset.UTC);
            default -> t.startDate().atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        };
    }

    private Features features(Article article, Set<String> keys) {
        Optional<SentenceEmbeddings> emb = embedder.map(e -> e.embed(article));
        return new Features(article, fingerprinter.of(article), emb, StoryInput.of(article, emb, keys));
    }
}
