package org.dossier.batch;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dossier.extract.Extractor;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Extraction;
import org.dossier.model.Problem;
import org.dossier.model.RawPage;
import org.dossier.model.RejectCode;
import org.dossier.nlp.ArticleAnalyzer;
import org.dossier.provenance.ProvenanceStage;

/**
 * The per-article stages behind the one safety net that the batch, the server's uploads (through the
 * batch) and the Spark job share: extract a page, analyse its article, compute its features. A bug or
 * an Error on one page never ends a run: in extraction the page becomes a rejection naming it; in
 * analysis the article stays, bare, with a problem saying why; in the features the article goes on
 * without them (the cross-article phase computes what is missing). A model that cannot be loaded
 * ends the run ({@link ModelLoadFailure}): every page would fail alike. A pure function of one page;
 * thread-safe when its stages are.
 */
public final class PerArticle {
    private final Extractor extractor;
    private final ArticleAnalyzer analyzer;
    private final Function<AnalysedArticle, Optional<ProvenanceStage.Features>> features;

    /**
     * One article's analysis and, when the run computes them where the article is, its features.
     *
     * @param article  the analysed article
     * @param features its fingerprint, sentence embeddings and story input; empty when not computed here
     */
    public record Analysed(AnalysedArticle article, Optional<ProvenanceStage.Features> features) {
        public Analysed {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(features, "features");
        }
    }

    /**
     * @param features what the cross-article phase needs of each article, computed in the same worker;
     *                 empty for an article it does not need (runs that only extract, articles a store holds)
     */
    public PerArticle(Extractor extractor, ArticleAnalyzer analyzer,
                      Function<AnalysedArticle, Optional<ProvenanceStage.Features>> features) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.features = Objects.requireNonNull(features, "features");
    }

    /** Extraction only. */
    public static PerArticle extracting(Extractor extractor) {
        return new PerArticle(extractor, ArticleAnalyzer.none(), a -> Optional.empty());
    }

    /** The page's article, or its rejection; never throws. */
    public Extraction extract(RawPage page) {
        try {
            return extractor.extract(page);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Extraction.rejected(page.source(), RejectCode.NO_ARTICLE, "extraction failed on this page: " + describe(e));
        }
    }

    /** The article analysed, with its features when this run computes them here; never throws. */
    public Analysed analyse(Article article) {
        AnalysedArticle analysed;
        try {
            analysed = analyzer.analyse(article);
        } catch (ModelLoadFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Problem p = new Problem("nlp", "analysis-failed", "language analysis failed on this article: " + describe(e));
            analysed = AnalysedArticle.bare(article.withProblem(p));
        }
        Optional<ProvenanceStage.Features> f;
        try {
            f = features(analysed);
        } catch (ModelLoadFailure e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the cross-article phase computes them again, and reports what fails there
            f = Optional.empty();
        }
        return new Analysed(analysed, f);
    }

    /** The features this run computes where the article is, for {@code analysed}; empty when it needs none. */
    public Optional<ProvenanceStage.Features> features(AnalysedArticle analysed) {
        return features.apply(analysed);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
