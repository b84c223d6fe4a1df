package org.dossier.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
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
import org.dossier.model.Rejection;
import org.dossier.nlp.ArticleAnalyzer;
import org.dossier.pipeline.CrossArticle;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.store.json.RecordJson;

/**
 * The per-article stages over one {@link InputSlice}, on an executor: read the file, and for each of
 * the slice's items extract the article and analyse it (language, entities, dates, quotes) as
 * {@code dossier analyze} does, then compute what the cross-article phase needs of it (its features
 * and digest, {@link CrossArticle}). A page that cannot be read or gives no article is a rejection; a bug
 * in extraction is a rejection of that page and a bug in analysis leaves the article bare with a
 * problem, so one bad record never fails the task. A page whose article id an earlier page of the
 * slice had (the same bytes from the same URL) is not extracted again: it is a {@link Item.Kind#REPEAT},
 * which the driver settles as the CLI does. Repeats across slices are analysed in each and settled
 * by the driver too.
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
            Set<String> pages = new HashSet<>();
            while (it.hasNext()) {
                ReadResult next = it.next();
                long n = ordinal++;
                if (!slice.owns(n)) {
                    continue;
                }
                switch (next) {
                    case ReadResult.Failed f -> out.add(rejected(slice, n, null, f.rejection().source(), f.rejection()));
                    case ReadResult.Page p -> {
                        String id = p.page().articleId();
                        if (!pages.add(id)) {
                            out.add(Item.repeat(slice.file(), n, id, p.page().source()));
                            continue;
                        }
                        switch (extract(p.page())) {
                            case Extraction.Found found -> out.add(article(slice, n, analyse(found.article())));
                            case Extraction.Rejected r -> out.add(rejected(slice, n, id, p.page().source(), r.rejection()));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Item rejected(InputSlice slice, long n, String page, String source, Rejection r) {
        return Item.rejected(slice.file(), n, page, source, RecordJson.write(r));
    }

    private Item article(InputSlice slice, long n, AnalysedArticle a) {
        ProvenanceStage.Features f = cross.features(a);
        return Item.article(slice.file(), n, a.article().id(), a.article().source(), RecordJson.write(a),
                RecordJson.write(f.embeddings()), RecordJson.write(CrossArticle.digest(a, f)));
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
