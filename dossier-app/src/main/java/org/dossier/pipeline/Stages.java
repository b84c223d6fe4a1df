package org.dossier.pipeline;

import java.util.Optional;
import org.dossier.embed.ArticleEmbedder;
import org.dossier.embed.MiniLmEmbedder;
import org.dossier.nlp.ArticleAnalyzer;
import org.dossier.nlp.NlpAnalyzer;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.cluster.StoryConfig;
import org.dossier.reuse.ReuseConfig;

/**
 * The stages a dossier run needs, with their models loaded once. Thread-safe after construction;
 * {@link #close()} frees the embedding model's native session.
 */
public final class Stages implements AutoCloseable {
    /** Sentences per article embedded for paraphrase alignment and the story lead veto. */
    private static final int EMBEDDED_SENTENCES = 40;
    /** Sentences shorter than this many words say too little to embed. */
    private static final int MIN_SENTENCE_WORDS = 5;

    /**
     * What to run.
     *
     * @param nlp        language, entities and dates
     * @param embeddings sentence embeddings for paraphrases and stories (else text features only)
     * @param threads    threads the embedding model may use
     */
    public record Options(boolean nlp, boolean embeddings, int threads) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
        }
    }

    private final ArticleAnalyzer analyzer;
    private final Optional<MiniLmEmbedder> embedder;
    private final ProvenanceStage provenance;

    private Stages(ArticleAnalyzer analyzer, Optional<MiniLmEmbedder> embedder) {
        this.analyzer = analyzer;
        this.embedder = embedder;
        this.provenance = new ProvenanceStage(
                embedder.map(m -> new ArticleEmbedder(m, EMBEDDED_SENTENCES, MIN_SENTENCE_WORDS)),
                ReuseConfig.DEFAULT, StoryConfig.DEFAULT);
    }

    /** Loads the models the options ask for. */
    public static Stages load(Options options) {
        ArticleAnalyzer analyzer = options.nlp() ? NlpAnalyzer.load() : ArticleAnalyzer.none();
        Optional<MiniLmEmbedder> embedder = options.embeddings()
                ? Optional.of(new MiniLmEmbedder(options.threads())) : Optional.empty();
        return new Stages(analyzer, embedder);
    }

    /** Per-article NLP: language, sentences, mentions, roles, dates. */
    public ArticleAnalyzer analyzer() {
        return analyzer;
    }

    /** Cross-article: text reuse, provenance and stories. */
    public ProvenanceStage provenance() {
        return provenance;
    }

    @Override
    public void close() {
        embedder.ifPresent(MiniLmEmbedder::close);
    }
}
