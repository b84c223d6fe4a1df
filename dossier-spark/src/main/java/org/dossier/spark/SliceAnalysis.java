package org.dossier.spark;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Extraction;
import org.dossier.model.Rejection;
import org.dossier.batch.PerArticle;
import org.dossier.pipeline.CrossArticle;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.store.json.RecordJson;

/**
 * The per-article stages over one {@link InputSlice}, on an executor: read the file, and for each of
 * the slice's items extract the article and analyse it (language, entities, dates, quotes) as
 * {@code dossier analyze} does, with its features, through the same {@link PerArticle} and its safety
 * net (a bug in extraction is a rejection of that page, a bug in analysis leaves the article bare with
 * a problem, so one bad record never fails the task), then its digest ({@link CrossArticle}). A page
 * that cannot be read or gives no article is a rejection. A page whose article id an earlier page of the
 * slice had (the same bytes from the same URL) is not extracted again: it is a {@link Item.Kind#REPEAT},
 * which the driver settles as the CLI does. Repeats across slices are analysed in each and settled
 * by the driver too.
 */
final class SliceAnalysis {
    private final PageReader reader;
    private final PerArticle work;

    /** @param work the per-article stages behind their safety net, as the batch runs them */
    SliceAnalysis(Limits limits, PerArticle work) {
        this.reader = new PageReader(limits);
        this.work = work;
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
                        switch (work.extract(p.page())) {
                            case Extraction.Found found -> out.add(article(slice, n, work.analyse(found.article())));
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

    private Item article(InputSlice slice, long n, PerArticle.Analysed analysed) {
        AnalysedArticle a = analysed.article();
        // features are computed with the analysis; a failure there left them to be computed now
        ProvenanceStage.Features f = analysed.features().orElseGet(() -> work.features(a).orElseThrow());
        return Item.article(slice.file(), n, a.article().id(), a.article().source(), RecordJson.write(a),
                RecordJson.write(f.embeddings()), RecordJson.write(CrossArticle.digest(a, f)));
    }
}
