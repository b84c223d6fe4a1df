package org.dossier.pipeline;

import java.util.Optional;
import org.dossier.embed.ArticleEmbedder;
import org.dossier.embed.MiniLmEmbedder;
import org.dossier.embed.SentenceEmbedder;
import org.dossier.nlp.ArticleAnalyzer;
import org.dossier.nlp.NlpAnalyzer;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Mention;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.quote.MentionHint;
import org.dossier.quote.QuoteExtractor;
import org.dossier.cluster.StoryConfig;
import org.dossier.reuse.ReuseConfig;
import org.dossier.story.StoryView;

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
     * @param nlp        language, entities, dates and quotes
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

    private final ArticleAnalyzer nlp;
    private final Optional<QuoteExtractor> quotes;
    private final Optional<MiniLmEmbedder> embedder;
    private final ProvenanceStage provenance;
    private final StoryView storyView;

    private Stages(ArticleAnalyzer nlp, Optional<QuoteExtractor> quotes, Optional<MiniLmEmbedder> embedder) {
        this.nlp = nlp;
        this.quotes = quotes;
        this.embedder = embedder;
        this.provenance = new ProvenanceStage(
                embedder.map(m -> new ArticleEmbedder(m, EMBEDDED_SENTENCES, MIN_SENTENCE_WORDS)),
                ReuseConfig.DEFAULT, StoryConfig.DEFAULT);
        this.storyView = new StoryView(embedder.map(m -> (SentenceEmbedder) m));
    }

    /** Loads the models the options ask for. */
    public static Stages load(Options options) {
        ArticleAnalyzer nlp = options.nlp() ? NlpAnalyzer.load() : ArticleAnalyzer.none();
        Optional<QuoteExtractor> quotes = options.nlp() ? Optional.of(new QuoteExtractor()) : Optional.empty();
        Optional<MiniLmEmbedder> embedder = options.embeddings()
                ? Optional.of(new MiniLmEmbedder(options.threads())) : Optional.empty();
        return new Stages(nlp, quotes, embedder);
    }

    /**
     * Per-article analysis: language, sentences, mentions, roles and dates, then quotes with the
     * mentions as speaker hints. Quotes are only looked for in English, which the cue lexicon knows.
     */
    public ArticleAnalyzer analyzer() {
        if (quotes.isEmpty()) {
            return nlp;
        }
        QuoteExtractor q = quotes.get();
        return article -> {
            AnalysedArticle analysed = nlp.analyse(article);
            if (!isEnglish(analysed.article())) {
                return analysed;
            }
            return analysed.withQuotes(q.extract(analysed.article(), hints(analysed)));
        };
    }

    private static boolean isEnglish(Article a) {
        return a.metadata().language().map("en"::equals).orElse(true);
    }

    /** NER mentions as the quote stage's speaker hints; entity ids come later, at resolution. */
    private static java.util.List<MentionHint> hints(AnalysedArticle a) {
        return a.mentions().stream()
                .map((Mention m) -> new MentionHint(m.span(), m.type().name(), m.text(), Optional.empty()))
                .toList();
    }

    /** The sentence-embedding model, when the options asked for embeddings (the store's article vectors use it). */
    public Optional<org.dossier.embed.SentenceEmbedder> embedder() {
        return embedder.map(m -> m);
    }

    /** Cross-article: text reuse, provenance and stories. */
    public ProvenanceStage provenance() {
        return provenance;
    }

    /** Cross-article, per story: claims with corroboration and conflicts, and each outlet's framing. */
    public StoryView storyView() {
        return storyView;
    }

    @Override
    public void close() {
        embedder.ifPresent(MiniLmEmbedder::close);
    }
}
