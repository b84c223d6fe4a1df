package org.dossier.store.lucene;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Quote;
import org.dossier.model.Reuse;
import org.dossier.model.Timestamp;
import org.dossier.store.Facet;
import org.dossier.store.json.RecordJson;

/**
 * The index's fields and how each kind of doc is built. Every doc has a {@link #KIND} and a unique
 * {@link #KEY} ({@code kind:id}, since a story's id may equal its first article's) that updates and
 * deletes go by, and keeps its record as JSON in {@link #RECORD}.
 */
final class Schema {
    static final String KIND = "kind";
    static final String KEY = "key";
    static final String ID = "id";
    static final String RECORD = "record";
    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String BODY = "body";
    static final String OUTLET = "outlet";
    static final String LANGUAGE = "language";
    static final String STORY = "story";
    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final String PLACE = "place";
    static final String MONTH = "month";
    /** Publication day as days since 1970-01-01, a point for ranges (dated docs only). */
    static final String DAY = "day";
    /**
     * The same day as doc values for sorting, {@link #NO_DAY} when undated. A field of its own since
     * Lucene wants every doc's field to have the same structures, and undated docs have no point.
     */
    static final String DAY_SORT = "day_sort";
    /** A story's id as doc values, to break ties when sorting stories. */
    static final String ID_SORT = "id_sort";
    static final String VECTOR = "vector";
    /** On entity, quote, story and reuse docs: the ids of the articles they concern. */
    static final String ARTICLE = "article";
    static final String TYPE = "type";
    /** On mention docs: the entity's id. */
    static final String ENTITY = "entity";
    static final String NAME = "name";
    static final String NAME_LC = "name_lc";
    static final String QUOTE_TEXT = "qtext";
    static final String SPEAKER = "speaker";
    static final String SPEAKER_ID = "speaker_id";
    static final String LAST_DAY = "last_day";
    static final String CLAIMS = "claims";
    static final String SEQUENCE = "sequence";

    static final String K_ARTICLE = "article";
    static final String K_ENTITY = "entity";
    static final String K_MENTION = "mention";
    static final String K_QUOTE = "quote";
    static final String K_STORY = "story";
    static final String K_REUSE = "reuse";
    static final String K_COMMIT = "commit";
    static final String K_REVIEW = "review";

    /** Sorts last when a doc has no date. */
    static final long NO_DAY = Long.MIN_VALUE;

    private Schema() {
    }

    /** English stemming for prose; speaker names are matched word for word, unstemmed. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(SPEAKER, new StandardAnalyzer()));
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (Facet f : Facet.values()) {
            c.setMultiValued(dimension(f), true);
        }
        return c;
    }

    /** The facet dimension of a facet (also its filter field's name). */
    static String dimension(Facet f) {
        return switch (f) {
            case OUTLET -> OUTLET;
            case PERSON -> PERSON;
            case ORGANIZATION -> ORGANIZATION;
            case PLACE -> PLACE;
            case STORY -> STORY;
            case LANGUAGE -> LANGUAGE;
            case MONTH -> MONTH;
        };
    }

    static Term key(String kind, String id) {
        return new Term(KEY, kind + ":" + id);
    }

    static long day(Optional<Timestamp> t) {
        return t.map(ts -> ts.startDate().toEpochDay()).orElse(NO_DAY);
    }

    static long day(LocalDate d) {
        return d.toEpochDay();
    }

    private static Document base(String kind, String id, Object record) {
        Document d = new Document();
        d.add(new StringField(KIND, kind, Field.Store.NO));
        d.add(new StringField(KEY, kind + ":" + id, Field.Store.NO));
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StoredField(RECORD, RecordJson.write(record)));
        return d;
    }

    /** The filter fields articles and their quotes share: outlet, language, story, entities, day. */
    private static void filters(Document d, ArticleMetadata m, Optional<String> story, Map<String, List<String>> entities) {
        m.outlet().ifPresent(o -> d.add(new StringField(OUTLET, o, Field.Store.NO)));
        m.language().ifPresent(l -> d.add(new StringField(LANGUAGE, l, Field.Store.NO)));
        story.ifPresent(s -> d.add(new StringField(STORY, s, Field.Store.NO)));
        for (Map.Entry<String, List<String>> e : entities.entrySet()) {
            for (String id : e.getValue()) {
                d.add(new StringField(entityField(e.getKey()), id, Field.Store.NO));
            }
        }
        long day = day(m.published());
        if (day != NO_DAY) {
            d.add(new LongPoint(DAY, day));
        }
        d.add(new NumericDocValuesField(DAY_SORT, day));
    }

    /** The filter field of an entity type's name ({@code PERSON} → {@link #PERSON}). */
    static String entityField(String type) {
        return type.toLowerCase(Locale.ROOT);
    }

    /** An article doc, facets not yet built ({@link FacetsConfig#build} does that). */
    static Document article(Records.ArticleRecord r, Optional<float[]> vector) {
        Article a = r.analysed().article();
        ArticleMetadata m = a.metadata();
        Document d = base(K_ARTICLE, a.id(), r);
        m.title().ifPresent(t -> d.add(new TextField(TITLE, t, Field.Store.NO)));
        m.subtitle().ifPresent(t -> d.add(new TextField(SUBTITLE, t, Field.Store.NO)));
        d.add(new TextField(BODY, a.body(), Field.Store.NO));
        filters(d, m, r.story(), r.entities());
        m.outlet().ifPresent(o -> d.add(new SortedSetDocValuesFacetField(OUTLET, o)));
        m.language().ifPresent(l -> d.add(new SortedSetDocValuesFacetField(LANGUAGE, l)));
        r.story().ifPresent(s -> d.add(new SortedSetDocValuesFacetField(STORY, s)));
        m.published().ifPresent(p -> d.add(new SortedSetDocValuesFacetField(MONTH,
                p.startDate().toString().substring(0, 7))));
        for (Map.Entry<String, List<String>> e : r.entities().entrySet()) {
            for (String id : e.getValue()) {
                d.add(new SortedSetDocValuesFacetField(entityField(e.getKey()), id));
            }
        }
        vector.ifPresent(v -> d.add(new KnnFloatVectorField(VECTOR, unit(v), VectorSimilarityFunction.DOT_PRODUCT)));
        return d;
    }

    static Document quote(String id, Records.QuoteRecord r, Map<String, List<String>> entities) {
        Document d = base(K_QUOTE, id, r);
        d.add(new StringField(ARTICLE, r.article(), Field.Store.NO));
        d.add(new TextField(QUOTE_TEXT, r.text(), Field.Store.NO));
        Quote q = r.quote();
        q.speaker().ifPresent(s -> {
            d.add(new TextField(SPEAKER, s.name(), Field.Store.NO));
            s.entity().ifPresent(e -> d.add(new StringField(SPEAKER_ID, e, Field.Store.NO)));
        });
        filters(d, r.metadata(), r.story(), entities);
        return d;
    }

    static Document entity(Records.EntityRecord e) {
        Document d = base(K_ENTITY, e.id(), e);
        d.add(new StringField(TYPE, e.type().name(), Field.Store.NO));
        d.add(new StringField(NAME_LC, e.name().toLowerCase(Locale.ROOT), Field.Store.NO));
        d.add(new TextField(NAME, e.name(), Field.Store.NO));
        return d;
    }

    static String mentionId(String entity, String article) {
        return entity + "|" + article;
    }

    static Document mentions(Records.MentionRecord m) {
        Document d = base(K_MENTION, mentionId(m.entity(), m.article()), m);
        d.add(new StringField(ENTITY, m.entity(), Field.Store.NO));
        d.add(new StringField(ARTICLE, m.article(), Field.Store.NO));
        return d;
    }

    static Document story(Records.StoryRecord r) {
        Document d = base(K_STORY, r.story().id(), r);
        d.add(new TextField(TITLE, r.story().title(), Field.Store.NO));
        articles(d, r.story().articles());
        d.add(new NumericDocValuesField(LAST_DAY, day(r.story().lastSeen())));
        d.add(new SortedDocValuesField(ID_SORT, new BytesRef(r.story().id())));
        d.add(new NumericDocValuesField(CLAIMS, r.claims().size()));
        return d;
    }

    static String reuseId(Reuse r) {
        return r.a() + "|" + r.b();
    }

    static Document reuse(Reuse r) {
        Document d = base(K_REUSE, reuseId(r), r);
        articles(d, List.of(r.a(), r.b()));
        return d;
    }

    static Document commit(Records.CommitRecord r) {
        Document d = base(K_COMMIT, Long.toString(r.sequence()), r);
        d.add(new NumericDocValuesField(SEQUENCE, r.sequence()));
        return d;
    }

    /** A review log entry, sorted by the commit that wrote it. */
    static Document review(Records.ReviewRecord r) {
        Document d = base(K_REVIEW, r.fields().get("id"), r);
        d.add(new NumericDocValuesField(SEQUENCE, r.sequence()));
        return d;
    }

    private static void articles(Document d, Collection<String> ids) {
        for (String id : ids) {
            d.add(new StringField(ARTICLE, id, Field.Store.NO));
        }
    }

    /** The vector scaled to unit length, which dot-product similarity requires. */
    static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            throw new IllegalArgumentException("an embedding of zeros has no direction");
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * scale;
        }
        return u;
    }
}
