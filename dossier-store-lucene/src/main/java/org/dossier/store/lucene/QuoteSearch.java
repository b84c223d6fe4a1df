package org.dossier.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.dossier.store.Page;
import org.dossier.store.QuoteHit;
import org.dossier.store.QuoteQuery;

/**
 * Quote search: by speaker (entity id, or every word of a name in the speaker's name) and/or by the
 * quote's words (BM25), under the article filters; the most relevant first, then the newest.
 */
final class QuoteSearch {
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    QuoteSearch(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    Page<QuoteHit> search(QuoteQuery q) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(Filters.of(q.filters(), Schema.K_QUOTE, searcher), BooleanClause.Occur.FILTER);
        if (q.speaker().isPresent() && !q.speaker().get().isBlank()) {
            String who = q.speaker().get().strip();
            BooleanQuery.Builder speaker = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.SPEAKER_ID, who)), BooleanClause.Occur.SHOULD);
            Query name = ArticleSearch.text(analyzer, who, Map.of(Schema.SPEAKER, 1f));
            if (name != null) {
                speaker.add(name, BooleanClause.Occur.SHOULD);
            }
            b.add(speaker.build(), BooleanClause.Occur.FILTER);
        }
        boolean words = q.text().isPresent() && !q.text().get().isBlank();
        if (words) {
            Query text = ArticleSearch.text(analyzer, q.text().get(), Map.of(Schema.QUOTE_TEXT, 1f));
            b.add(text == null ? new MatchNoDocsQuery() : text, BooleanClause.Occur.MUST);
        }
        Query query = b.build();
        int n = q.offset() + q.limit();
        Sort sort = words ? new Sort(SortField.FIELD_SCORE, ArticleSearch.newestFirst()) : new Sort(ArticleSearch.newestFirst());
        TopDocs top = searcher.search(query, n, sort, true);
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(q.offset(), top.scoreDocs.length), top.scoreDocs.length);
        List<QuoteHit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc d : page) {
            var doc = stored.document(d.doc);
            Records.QuoteRecord r = SearcherReads.record(doc, Records.QuoteRecord.class);
            double score = Float.isNaN(d.score) ? 0 : d.score;
            hits.add(new QuoteHit(doc.get(Schema.ID), r.article(), r.quote(), r.text(), r.metadata(), r.story(), score));
        }
        return new Page<>(searcher.count(query), hits);
    }
}
