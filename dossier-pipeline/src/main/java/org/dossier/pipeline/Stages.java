package org.dossier.pipeline;

import java.util.Objects;
import java.util.Optional;
import org.dossier.embed.ArticleEmbedder;
import org.dossier.embed.MiniLmEmbedder;
import org.dossier.embed.SentenceEmbedder;
import org.dossier.nlp.ArticleAnalyzer;
import org.dossier.nlp.NlpAnalyzer;
import org.dossier.nlp.NlpLimits;
import org.dossier.nlp.Segmenting;
import org.dossier.batch.PerArticle;
import org.dossier.extract.PageExtractor;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.StageClock;
import org.dossier.model.StageClock.Stage;
import org.dossier.model.TaggedArticle;
import org.dossier.provenance.ProvenanceStage;
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

    private final Optional<Loading<NlpAnalyzer>> nlp;
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final Segmenting segmenting = new Segmenting(NlpLimits.DEFAULT);
    private final Optional<Loading<MiniLmEmbedder>> embedder;
    private final Optional<SentenceEmbedder> sentenceEmbedder;
    private final ProvenanceStage provenance;
    private final StoryView storyView;
    private final StageClock clock;

    private Stages(Optional<Loading<NlpAnalyzer>> nlp, Optional<Loading<MiniLmEmbedder>> embedder, StageClock clock) {
        this.nlp = nlp;
        this.embedder = embedder;
        this.clock = clock;
        this.sentenceEmbedder = embedder.map(m -> new WhenLoaded(m));
        this.provenance = new ProvenanceStage(
                sentenceEmbedder.map(m -> new ArticleEmbedder(m, EMBEDDED_SENTENCES, MIN_SENTENCE_WORDS)),
                ReuseConfig.DEFAULT, StoryConfig.DEFAULT);
        this.storyView = new StoryView(sentenceEmbedder);
    }

    /** Stages with the models the options ask for; each loads when a run first needs a model, side by side. */
    public static Stages load(Options options) {
        return load(options, StageClock.OFF);
    }

    /**
     * Stages with the models the options ask for, which load when a run first needs one of them, all
     * at once, each on its own thread (a run whose inputs are all stored loads none); the stages count
     * their time on {@code clock}, the loading as {@link Stage#LOAD}.
     */
    public static Stages load(Options options, StageClock clock) {
        Objects.requireNonNull(clock, "clock");
        Optional<Loading<NlpAnalyzer>> nlp = options.nlp()
                ? Optional.of(new Loading<>("language", () -> clock.time(Stage.LOAD, NlpAnalyzer::load))) : Optional.empty();
        Optional<Loading<MiniLmEmbedder>> embedder = options.embeddings()
                ? Optional.of(new Loading<>("sentence-embedding", () -> clock.time(Stage.LOAD,
                () -> new MiniLmEmbedder(options.threads())))) : Optional.empty();
        return new Stages(nlp, embedder, clock);
    }

    /** Starts loading every model the stages use, when not started yet; returns at once. */
    public void startLoading() {
        nlp.ifPresent(Loading::start);
        embedder.ifPresent(Loading::start);
    }

    /** The models loaded, waiting for them: for callers that want the loading over before they time anything. */
    public Stages loaded() {
        startLoading();
        nlp.ifPresent(Loading::get);
        embedder.ifPresent(Loading::get);
        return this;
    }

    /** The embedding model seen as a {@link SentenceEmbedder} that waits for it to load on first use. */
    private final class WhenLoaded implements SentenceEmbedder {
        private final Loading<MiniLmEmbedder> model;

        WhenLoaded(Loading<MiniLmEmbedder> model) {
            this.model = model;
        }

        @Override
        public float[][] embed(java.util.List<String> sentences) {
            startLoading();
            return model.get().embed(sentences);
        }

        @Override
        public int dimension() {
            return MiniLmEmbedder.DIMENSION;
        }
    }

    /** Where the stages count their time ({@link StageClock#OFF} unless a benchmark asked). */
    public StageClock clock() {
        return clock;
    }

    /**
     * Per-article analysis, composed once: language, sentences, tokens with their tags and lemmas,
     * mentions, roles and dates ({@link NlpAnalyzer}, which gives a {@link org.dossier.model.TaggedArticle}),
     * then quotes with the mentions as speaker hints ({@link QuoteExtractor}, which takes one). The
     * types are the prerequisites: an analysis without the tagging step gives no TaggedArticle, so it
     * cannot feed the quote stage and this does not compile. Without NLP, articles are only cut into
     * tokens and sentences ({@link Segmenting}), which later stages read.
     */
    public ArticleAnalyzer analyzer() {
        if (nlp.isEmpty()) {
            return article -> clock.time(Stage.TOKENS, () -> segmenting.analyse(article));
        }
        Loading<NlpAnalyzer> analysis = nlp.get();
        return article -> {
            startLoading();
            TaggedArticle tagged = analysis.get().analyse(article, clock);
            return clock.time(Stage.QUOTES, () -> quotes.annotate(tagged));
        };
    }

    /**
     * Everything a run does to one page where the page is, behind one safety net ({@link PerArticle}):
     * extraction, {@code analyzer}'s analysis, and the features the cross-article phase needs.
     */
    public PerArticle perArticle(ArticleAnalyzer analyzer) {
        PageExtractor extractor = new PageExtractor();
        return new PerArticle(page -> clock.time(Stage.EXTRACT, () -> extractor.extract(page)), analyzer,
                a -> Optional.of(clock.time(Stage.FEATURES, () -> provenance.features(a))));
    }

    /** {@link #perArticle(ArticleAnalyzer)} with this run's {@link #analyzer()}. */
    public PerArticle perArticle() {
        return perArticle(analyzer());
    }

    /**
     * A stored article's analysis made whole again for a re-run: stores keep no tokens or sentences,
     * which the cross-article stages read (features, relative dates); they are cut again, as they were.
     */
    public AnalysedArticle resegmented(AnalysedArticle stored) {
        if (!stored.sentences().isEmpty()) {
            return stored;
        }
        AnalysedArticle cut = segmenting.analyse(stored.article());
        return stored.withSegmentation(cut.tokens(), cut.sentences());
    }

    /** The sentence-embedding model, when the options asked for embeddings (the store's article vectors use it). */
    public Optional<SentenceEmbedder> embedder() {
        return sentenceEmbedder;
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
        embedder.flatMap(Loading::ifStarted).ifPresent(MiniLmEmbedder::close);
    }
}
