package org.dossier.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dossier.store.Facet;
import org.dossier.store.FacetCount;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchMode;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;

/**
 * Article search on one searcher: BM25 over title (×3), subtitle (×2) and body; HNSW nearest
 * neighbours over the article vectors; or both fused by {@link Fusion#rrf}. Facets count the whole
 * match set for full text, and the candidates (the k nearest, or the union of both lists' match
 * sets) for semantic and hybrid.
 */
final class ArticleSearch {
    /** Candidates each list contributes to a hybrid or semantic page, at least; more when paging deep. */
    static final int CANDIDATES = 100;
    /** Values per facet. */
    static final int FACET_VALUES = 20;
    private static final Map<String, Float> WEIGHTS = Map.of(Schema.TITLE, 3f, Schema.SUBTITLE, 2f, Schema.BODY, 1f);
    private static final Sort NEWEST = new Sort(newestFirst());

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Optional<SortedSetDocValuesReaderState> facetState;

    ArticleSearch(IndexSearcher searcher, Analyzer analyzer, Optional<SortedSetDocValuesReaderState> facetState) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.facetState = facetState;
    }

    static SortField newestFirst() {
        SortField f = new SortField(Schema.DAY_SORT, SortField.Type.LONG, true);
        f.setMissingValue(Schema.NO_DAY);
        return f;
    }

    /** Words in people's syntax ("a phrase", -not, a|b), every word required; null when nothing is left to search. */
    static Query text(Analyzer analyzer, String text, Map<String, Float> weights) {
        SimpleQueryParser p = new SimpleQueryParser(analyzer, weights);
        p.setDefaultOperator(BooleanClause.Occur.MUST);
        return p.parse(text);
    }

    SearchResult search(SearchQuery q) throws IOException {
        long start = System.nanoTime();
        Query filter = Filters.of(q.filters(), Schema.K_ARTICLE, searcher);
        int n = q.offset() + q.limit();
        boolean words = !q.text().isBlank();
        Query text = words ? text(analyzer, q.text(), WEIGHTS) : null;
        if (words && text == null) {
            text = new MatchNoDocsQuery("no searchable words in " + q.text());
        }
        List<ScoreDoc> ranked;
        long total;
        FacetsCollector fc;
        switch (q.mode()) {
            case FULL_TEXT -> {
                FacetsCollectorManager.FacetsResult r = words
                        ? FacetsCollectorManager.search(searcher, must(text, filter), n, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(searcher, filter, n, NEWEST, new FacetsCollectorManager());
                fc = r.facetsCollector();
                total = matched(fc);
                ranked = Arrays.asList(r.topDocs().scoreDocs);
            }
            case SEMANTIC -> {
                Query knn = searcher.rewrite(knn(q, filter, Math.max(n, CANDIDATES)));
                FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, knn, n, new FacetsCollectorManager());
                fc = r.facetsCollector();
                total = matched(fc);
                ranked = Arrays.asList(r.topDocs().scoreDocs);
            }
            case HYBRID -> {
                int k = Math.max(n, CANDIDATES);
                Query knn = searcher.rewrite(knn(q, filter, k));
                TopDocs semantic = searcher.search(knn, k);
                if (words) {
                    FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(searcher, must(text, filter), k,
                            new FacetsCollectorManager());
                    ranked = Fusion.rrf(List.of(r.topDocs().scoreDocs, semantic.scoreDocs));
                    Query union = new BooleanQuery.Builder().add(must(text, filter), BooleanClause.Occur.SHOULD)
                            .add(knn, BooleanClause.Occur.SHOULD).build();
                    fc = searcher.search(union, new FacetsCollectorManager());
                } else {
                    ranked = Arrays.asList(semantic.scoreDocs);
                    fc = searcher.search(knn, new FacetsCollectorManager());
                }
                total = matched(fc);
            }
            default -> throw new IllegalStateException("unreachable: " + q.mode());
        }
        List<ScoreDoc> page = ranked.subList(Math.min(q.offset(), ranked.size()), Math.min(n, ranked.size()));
        List<SearchHit> hits = hits(page, words ? text : null);
        Map<Facet, List<FacetCount>> facets = facets(fc, q.facets());
        return new SearchResult(Math.max(total, hits.size()), hits, facets, (System.nanoTime() - start) / 1000);
    }

    private static Query must(Query text, Query filter) {
        return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST).add(filter, BooleanClause.Occur.FILTER).build();
    }

    private static Query knn(SearchQuery q, Query filter, int k) {
        return new KnnFloatVectorQuery(Schema.VECTOR, Schema.unit(q.vector().orElseThrow()), k, filter);
    }

    private static long matched(FacetsCollector fc) {
        return fc.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
    }

    private List<SearchHit> hits(List<ScoreDoc> page, Query text) throws IOException {
        List<SearchHit> hits = new ArrayList<>(page.size());
        var stored = searcher.storedFields();
        UnifiedHighlighter highlighter = text == null ? null : UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter("", "", " … ", false)).build();
        for (ScoreDoc d : page) {
            Document doc = stored.document(d.doc, Set.of(Schema.RECORD));
            Records.ArticleRecord r = SearcherReads.record(doc, Records.ArticleRecord.class);
            Optional<String> snippet = Optional.empty();
            if (highlighter != null) {
                Object s = highlighter.highlightWithoutSearcher(Schema.BODY, text, r.analysed().body(), 1);
                snippet = s == null || s.toString().isBlank() ? Optional.empty() : Optional.of(s.toString().strip());
            }
            double score = Float.isNaN(d.score) ? 0 : d.score;
            hits.add(new SearchHit(r.analysed().article().id(), score, r.analysed().article().metadata(), r.story(), snippet));
        }
        return hits;
    }

    private Map<Facet, List<FacetCount>> facets(FacetsCollector fc, Set<Facet> wanted) throws IOException {
        Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
        if (wanted.isEmpty()) {
            return out;
        }
        Facets counts = facetState.isPresent() ? new SortedSetDocValuesFacetCounts(facetState.get(), fc) : null;
        for (Facet f : wanted) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult r = counts == null ? null : counts.getTopChildren(FACET_VALUES, Schema.dimension(f));
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    values.add(new FacetCount(lv.label, label(f, lv.label), lv.value.longValue()));
                }
            }
            out.put(f, values);
        }
        return out;
    }

    /** Entities and stories are counted by id and shown by name. */
    private String label(Facet f, String value) throws IOException {
        return switch (f) {
            case PERSON, ORGANIZATION, PLACE -> SearcherReads.byKey(searcher, Schema.K_ENTITY, value, Records.EntityRecord.class)
                    .map(Records.EntityRecord::name).orElse(value);
            case STORY -> SearcherReads.byKey(searcher, Schema.K_STORY, value, Records.StoryRecord.class)
                    .map(s -> s.story().title()).orElse(value);
            default -> value;
        };
    }
}
