package org.dossier.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.dossier.store.json.RecordJson;

/** Reading records back out of one searcher's view of the index. */
final class SearcherReads {
    private static final Set<String> RECORD_ONLY = Set.of(Schema.RECORD);

    private SearcherReads() {
    }

    static Query kind(String kind) {
        return new TermQuery(new Term(Schema.KIND, kind));
    }

    /** SearcherReads of {@code kind} whose {@code field} holds any of {@code values}. */
    static Query kindWithAny(String kind, String field, Collection<String> values) {
        return new BooleanQuery.Builder()
                .add(kind(kind), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .build();
    }

    static Query keys(String kind, Collection<String> ids) {
        return new TermInSetQuery(Schema.KEY, ids.stream().map(id -> new BytesRef(kind + ":" + id)).toList());
    }

    /** The records of every doc matching {@code query}, in index order. */
    static <T> List<T> all(IndexSearcher s, Query query, Class<T> type) throws IOException {
        int n = Math.max(1, s.count(query));
        TopDocs top = s.search(query, n, Sort.INDEXORDER);
        return records(s, top.scoreDocs, type);
    }

    static <T> List<T> records(IndexSearcher s, ScoreDoc[] hits, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>(hits.length);
        var stored = s.storedFields();
        for (ScoreDoc h : hits) {
            out.add(record(stored.document(h.doc, RECORD_ONLY), type));
        }
        return out;
    }

    static <T> T record(Document d, Class<T> type) {
        return RecordJson.read(d.getBinaryValue(Schema.RECORD).bytes, type);
    }

    static <T> Optional<T> byKey(IndexSearcher s, String kind, String id, Class<T> type) throws IOException {
        TopDocs top = s.search(new TermQuery(Schema.key(kind, id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(record(s.storedFields().document(top.scoreDocs[0].doc, RECORD_ONLY), type));
    }

    /** The doc number of a key, or -1. */
    static int docOf(IndexSearcher s, String kind, String id) throws IOException {
        TopDocs top = s.search(new TermQuery(Schema.key(kind, id)), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    /** The stored (unit-length) vector of a doc, when it has one. */
    static Optional<float[]> vector(IndexSearcher s, int doc) throws IOException {
        if (doc < 0) {
            return Optional.empty();
        }
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.VECTOR);
        if (values == null) {
            return Optional.empty();
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        int local = doc - leaf.docBase;
        if (it.advance(local) != local) {
            return Optional.empty();
        }
        return Optional.of(values.vectorValue(it.index()).clone());
    }
}
