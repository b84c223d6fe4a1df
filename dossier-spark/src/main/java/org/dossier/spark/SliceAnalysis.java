package org.dossier.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.extract.Extractor;
import org.dossier.extract.PageExtractor;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Extraction;
import org.dossier.model.Problem;
import org.dossier.model.RawPage;
import org.dossier.model.RejectCode;
import org.dossier.nlp.ArticleAnalyzer;
import org.dossier.pipeline.CrossArticle;
import org.dossier.provenance.ProvenanceStage;

/**
 * The per-article stages over one {@link InputSlice}, on an executor: read the file, and for each of
 * the slice's items extract the article and analyse it (language, entities, dates, quotes) as
 * {@code dossier analyze} does, then compute what the cross-article phase needs of it (its features
 * and digest, {@link CrossArticle}). A page that cannot be read or gives no article is a rejection; a bug
 * in extraction is a rejection of that page and a bug in analysis leaves the article bare with a
 * problem, so one bad record never fails the task.
 */
final class SliceAnalysis {
    private final PageReader reader;
    private final Extractor extractor;
    private final ArticleAnalyzer analyzer;
    private final CrossArticle cross;

    SliceAnalysis(Limits limits, ArticleAnalyzer analyzer, CrossArticle cross) {
        this.reader = new PageReader(limits);
        this.extractor = new PageExtractor();
        this.analyzer = analyzer;
        this.cross = cross;
    }

    /** The slice's items, in file order. */
    List<Item> run(InputSlice slice) {
        List<Item> out = new ArrayList<>();
        InputFile file = slice.input();
        try (Stream<ReadResult> items = reader.read(file)) {
            Iterator<ReadResult> it = items.iterator();
            long ordinal = 0;
            while (it.hasNext()) {
                ReadResult next = it.next();
                long n = ordinal++;
                if (!slice.owns(n)) {
                    continue;
                }
                switch (next) {
                    case ReadResult.Failed f -> out.add(rejected(slice, n, f.rejection()));
                    case ReadResult.Page p -> {
                        switch (extract(p.page())) {
                            case Extraction.Found found -> out.add(article(slice, n, analyse(found.article())));
                            case Extraction.Rejected r -> out.add(rejected(slice, n, r.rejection()));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Item rejected(InputSlice slice, long n, org.dossier.model.Rejection r) {
        return new Item(slice.file(), n, null, RecordCodec.encode(r), null, null);
    }

    private Item article(InputSlice slice, long n, AnalysedArticle a) {
        ProvenanceStage.Features f = cross.features(a);
        return new Item(slice.file(), n, a.article().id(), RecordCodec.encode(a), RecordCodec.encode(f.embeddings()),
                RecordCodec.encode(CrossArticle.digest(a, f)));
    }

    private Extraction extract(RawPage page) {
        try {
            return extractor.extract(page);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return Extraction.rejected(page.source(), RejectCode.NO_ARTICLE,
                    "extraction failed on this page: " + describe(e));
        }
    }

    private AnalysedArticle analyse(Article article) {
        try {
            return analyzer.analyse(article);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Problem p = new Problem("nlp", "analysis-failed", "language analysis failed on this article: " + describe(e));
            return AnalysedArticle.bare(article.withProblem(p));
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
