package org.dossier.store.lucene;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.EntityType;
import org.dossier.store.SearchFilters;

/** {@link SearchFilters} as a Lucene filter over article or quote docs, which share the filter fields. */
final class Filters {
    private Filters() {
    }

    static Query of(SearchFilters f, String kind, IndexSearcher s) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(SearcherReads.kind(kind), BooleanClause.Occur.FILTER);
        anyOf(b, Schema.OUTLET, f.outlets());
        anyOf(b, Schema.LANGUAGE, f.languages());
        anyOf(b, Schema.STORY, f.stories());
        entities(b, s, EntityType.PERSON, f.people());
        entities(b, s, EntityType.ORGANIZATION, f.organizations());
        entities(b, s, EntityType.PLACE, f.places());
        if (f.from().isPresent() || f.to().isPresent()) {
            long from = f.from().map(Schema::day).orElse(Schema.NO_DAY + 1);
            long to = f.to().map(Schema::day).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery(Schema.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void anyOf(BooleanQuery.Builder b, String field, Set<String> values) {
        if (!values.isEmpty()) {
            b.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
    }

    /** Entity filter values are ids or canonical names; a value that names no entity matches nothing. */
    private static void entities(BooleanQuery.Builder b, IndexSearcher s, EntityType type, Set<String> values)
            throws IOException {
        if (values.isEmpty()) {
            return;
        }
        Set<String> ids = entityIds(s, type, values);
        b.add(ids.isEmpty() ? new MatchNoDocsQuery("no " + type + " named " + values)
                : new TermInSetQuery(Schema.entityField(type.name()), ids.stream().map(BytesRef::new).toList()),
                BooleanClause.Occur.FILTER);
    }

    /** The ids of the entities of {@code type} whose id or lower-cased canonical name is among {@code values}. */
    static Set<String> entityIds(IndexSearcher s, EntityType type, Set<String> values) throws IOException {
        BooleanQuery.Builder names = new BooleanQuery.Builder();
        for (String v : values) {
            names.add(new TermQuery(Schema.key(Schema.K_ENTITY, v)), BooleanClause.Occur.SHOULD);
            names.add(new TermQuery(new Term(Schema.NAME_LC, v.toLowerCase(Locale.ROOT))), BooleanClause.Occur.SHOULD);
        }
        Query q = new BooleanQuery.Builder()
                .add(SearcherReads.kind(Schema.K_ENTITY), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Schema.TYPE, type.name())), BooleanClause.Occur.FILTER)
                .add(names.build(), BooleanClause.Occur.MUST)
                .build();
        Set<String> ids = new HashSet<>();
        var stored = s.storedFields();
        for (var h : s.search(q, 1000).scoreDocs) {
            ids.add(stored.document(h.doc, Set.of(Schema.ID)).get(Schema.ID));
        }
        return ids;
    }
}
