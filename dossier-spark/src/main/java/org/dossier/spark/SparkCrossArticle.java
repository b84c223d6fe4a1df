package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleDate;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.nlp.time.DossierDates;
import org.dossier.output.ContractJson;
import org.dossier.output.JsonLines;
import org.dossier.pipeline.CrossArticle;
import org.dossier.pipeline.Stages;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.reuse.PairComparer;
import org.dossier.story.StoryMaterial;
import org.dossier.story.briefing.BriefingComposer;
import org.dossier.model.StoryBriefing;
import scala.Tuple2;

/**
 * The cross-article phase of the Spark job, cut as {@link CrossArticle} cuts it so that no step needs
 * the articles' texts in one place:
 * <ol>
 *   <li>the driver collects every article's {@link CrossArticle.Digest digest} (entity mentions,
 *       quotes, fingerprint, story terms, lead vector: no text) and makes the {@link CrossArticle#plan
 *       plan}: entities, linked speakers, stories, the pairs to align;</li>
 *   <li>each article meets its share of the plan ({@link Context}) on an executor, which settles its
 *       relative dates and makes it a story member;</li>
 *   <li>each planned pair is aligned on an executor that receives the two articles by a join on their
 *       ids: the blocking is the plan's, from MinHash LSH bands, shared winnowed shingles and story
 *       companions, never all pairs;</li>
 *   <li>each story is grouped on one executor with its members and the reuse within it, and gets its
 *       claims, framing, timeline and briefing there.</li>
 * </ol>
 * Only outputs come back to the driver, rendered as JSON lines where they quote the text.
 */
final class SparkCrossArticle {
    private final JavaSparkContext jsc;
    private final Stages.Options options;

    SparkCrossArticle(JavaSparkContext jsc, Stages.Options options) {
        this.jsc = jsc;
        this.options = options;
    }

    /**
     * One article's share of the plan.
     *
     * @param story    the number of its story in the plan
     * @param position its place among the story's articles
     * @param quotes   its quotes, speakers linked
     * @param entities the body spans of resolved entities
     * @param speakers the entities its quotes' speakers link to, each with its first mention only
     * @param anchor   whether its relative dates are to be settled on the dossier's days
     */
    record Context(int story, int position, List<Quote> quotes, List<StoryMaterial.EntitySpan> entities,
                   List<Entity> speakers, boolean anchor) {
    }

    /** An article with its share of the plan, on an executor. */
    record Work(String id, long order, int story, int position, byte[] member, byte[] side, byte[] speakers) implements Serializable {
    }

    /** A pair's reuse: its place in the plan, its story (-1 when its articles are in two), the reuse and its line. */
    record ReuseOut(int seq, int story, byte[] reuse, String line) implements Serializable {
    }

    /** A story's outputs: claims rendered as lines, timeline and framing records, and its briefing. */
    record StoryOut(int story, List<String> claimLines, byte[] timeline, byte[] framing, byte[] briefing)
            implements Serializable {
    }

    /** What the phase gives the driver to write. */
    record Outputs(CrossArticle.Plan plan, JavaRDD<Work> articles, List<String> reuseLines, List<StoryOut> stories,
                   long digestBytes) {
    }

    /** The plan from the digests, on the driver, then the per-article, per-pair and per-story work on the executors. */
    Outputs run(JavaRDD<Item> items, int partitions) {
        List<Tuple2<Long, byte[]>> digests = new ArrayList<>(items.filter(Item::article)
                .map(i -> new Tuple2<>(i.order(), i.digest())).collect());
        digests.sort(Comparator.comparing(Tuple2::_1));
        long digestBytes = digests.stream().mapToLong(t -> t._2().length).sum();
        List<CrossArticle.Digest> decoded = new ArrayList<>(digests.size());
        for (int i = 0; i < digests.size(); i++) {
            decoded.add(RecordCodec.decode(digests.set(i, null)._2(), CrossArticle.Digest.class));
        }
        // the closures below capture plain values: Stages.Options, a record, is not Serializable
        boolean nlp = options.nlp();
        boolean embeddings = options.embeddings();
        int threads = options.threads();
        // the plan needs no model: the driver loads none (models are the executors' business)
        CrossArticle.Plan plan = new CrossArticle(ExecutorStages.get(new Stages.Options(false, false, 1))).plan(decoded);
        decoded.clear();

        List<Tuple2<String, byte[]>> contexts = contexts(plan);
        LocalDate first = plan.days().map(d -> d[0]).orElse(null);
        LocalDate last = plan.days().map(d -> d[1]).orElse(null);
        JavaRDD<Work> work = items.filter(Item::article).mapToPair(i -> new Tuple2<>(i.id(), i))
                .join(jsc.parallelizePairs(contexts, partitions))
                .values()
                .mapPartitions(it -> {
                    DossierDates dates = CrossArticle.dates();
                    List<Work> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Tuple2<Item, byte[]> t = it.next();
                        out.add(work(t._1(), RecordCodec.decode(t._2(), Context.class), dates, first, last));
                    }
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        contexts.clear();

        JavaPairRDD<String, Work> byId = work.mapToPair(w -> new Tuple2<>(w.id(), w));
        List<Tuple2<String, Tuple2<Integer, String>>> pairs = plan.provenance().pairs().stream()
                .map(p -> new Tuple2<>(p.older(), new Tuple2<>(p.order(), p.newer()))).toList();
        JavaRDD<ReuseOut> reuses = jsc.parallelizePairs(pairs, partitions).join(byId)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._2(), new Tuple2<>(t._2()._1()._1(), t._2()._2())))
                .join(byId)
                .values()
                .mapPartitions(it -> {
                    ProvenanceStage stage = ExecutorStages.get(new Stages.Options(nlp, embeddings, threads)).provenance();
                    List<ReuseOut> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Tuple2<Tuple2<Integer, Work>, Work> t = it.next();
                        align(stage, t._1()._1(), t._1()._2(), t._2()).ifPresent(out::add);
                    }
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<ReuseOut> found = new ArrayList<>(reuses.map(r -> new ReuseOut(r.seq(), r.story(), null, r.line())).collect());
        found.sort(Comparator.comparingInt(ReuseOut::seq));

        List<Tuple2<Integer, byte[]>> stories = new ArrayList<>();
        for (int i = 0; i < plan.provenance().stories().size(); i++) {
            stories.add(new Tuple2<>(i, RecordCodec.encode(plan.provenance().stories().get(i))));
        }
        List<StoryOut> views = new ArrayList<>(jsc.parallelizePairs(stories, partitions)
                .cogroup(work.mapToPair(w -> new Tuple2<>(w.story(), w)),
                        reuses.filter(r -> r.story() >= 0).mapToPair(r -> new Tuple2<>(r.story(), r)))
                .mapPartitions(it -> {
                    CrossArticle cross = new CrossArticle(ExecutorStages.get(new Stages.Options(nlp, embeddings, threads)));
                    BriefingComposer composer = new BriefingComposer();
                    List<StoryOut> out = new ArrayList<>();
                    while (it.hasNext()) {
                        var t = it.next();
                        for (byte[] story : t._2()._1()) {
                            out.add(story(cross, composer, t._1(), RecordCodec.decode(story, Story.class), t._2()._2(), t._2()._3()));
                        }
                    }
                    return out.iterator();
                }).collect());
        views.sort(Comparator.comparingInt(StoryOut::story));
        reuses.unpersist();
        return new Outputs(plan, work, found.stream().map(ReuseOut::line).toList(), views, digestBytes);
    }

    /** Per article id, its share of the plan, encoded. */
    private static List<Tuple2<String, byte[]>> contexts(CrossArticle.Plan plan) {
        Map<String, List<StoryMaterial.EntitySpan>> spans = StoryMaterial.entitySpans(plan.entities());
        Map<String, Entity> entities = new HashMap<>();
        plan.entities().forEach(e -> entities.put(e.id(), e));
        List<Tuple2<String, byte[]>> out = new ArrayList<>();
        List<Story> stories = plan.provenance().stories();
        for (int s = 0; s < stories.size(); s++) {
            List<String> ids = stories.get(s).articles();
            for (int p = 0; p < ids.size(); p++) {
                String id = ids.get(p);
                List<Quote> quotes = plan.quotes().getOrDefault(id, List.of());
                List<Entity> speakers = quotes.stream().flatMap(q -> q.speaker().flatMap(x -> x.entity()).stream())
                        .distinct().map(entities::get).filter(java.util.Objects::nonNull)
                        .map(e -> new Entity(e.id(), e.type(), e.name(), e.variants(), e.roles(), e.mentions().subList(0, 1)))
                        .toList();
                Context c = new Context(s, p, quotes, spans.getOrDefault(id, List.of()), speakers, plan.toAnchor().contains(id));
                out.add(new Tuple2<>(id, RecordCodec.encode(c)));
            }
        }
        return out;
    }

    private static Work work(Item item, Context c, DossierDates dates, LocalDate first, LocalDate last) {
        AnalysedArticle a = RecordCodec.decode(item.payload(), AnalysedArticle.class);
        List<ArticleDate> settled = c.anchor() && first != null
                ? dates.anchor(a, first, last).stream().map(d -> new ArticleDate(d.article(), d.date())).toList()
                : List.of();
        StoryMaterial.Member member = new StoryMaterial.Member(a, c.quotes(), c.entities(),
                settled.stream().map(ArticleDate::date).toList());
        @SuppressWarnings("unchecked")
        Optional<SentenceEmbeddings> emb = RecordCodec.decode(item.embeddings(), Optional.class);
        return new Work(a.article().id(), item.order(), c.story(), c.position(), RecordCodec.encode(member),
                RecordCodec.encode(new PairComparer.Side(a.article(), emb)), RecordCodec.encode(c.speakers()));
    }

    static StoryMaterial.Member member(Work w) {
        return RecordCodec.decode(w.member(), StoryMaterial.Member.class);
    }

    private static Optional<ReuseOut> align(ProvenanceStage stage, int seq, Work older, Work newer) {
        PairComparer.Side a = RecordCodec.decode(older.side(), PairComparer.Side.class);
        PairComparer.Side b = RecordCodec.decode(newer.side(), PairComparer.Side.class);
        return stage.align(a, b).map(r -> {
            String bodyOfA = (r.a().equals(a.article().id()) ? a : b).article().body();
            String line = JsonLines.render(j -> ContractJson.reuse(j, r, bodyOfA));
            return new ReuseOut(seq, older.story() == newer.story() ? older.story() : -1, RecordCodec.encode(r), line);
        });
    }

    private static StoryOut story(CrossArticle cross, BriefingComposer composer, int index, Story story,
                                  Iterable<Work> works, Iterable<ReuseOut> reuseOuts) {
        List<Work> ws = new ArrayList<>();
        works.forEach(ws::add);
        ws.sort(Comparator.comparingInt(Work::position));
        List<StoryMaterial.Member> members = ws.stream().map(SparkCrossArticle::member).toList();
        List<ReuseOut> rs = new ArrayList<>();
        reuseOuts.forEach(rs::add);
        rs.sort(Comparator.comparingInt(ReuseOut::seq));
        List<Reuse> reuses = rs.stream().map(r -> RecordCodec.decode(r.reuse(), Reuse.class)).toList();
        CrossArticle.StoryOutput view = cross.story(story, members, reuses);

        Map<String, String> bodies = new HashMap<>();
        Map<String, List<Quote>> quotes = new HashMap<>();
        Map<String, Entity> speakers = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            StoryMaterial.Member m = members.get(i);
            bodies.put(m.id(), m.article().body());
            if (!m.quotes().isEmpty()) {
                quotes.put(m.id(), m.quotes());
            }
            @SuppressWarnings("unchecked")
            List<Entity> es = RecordCodec.decode(ws.get(i).speakers(), List.class);
            es.forEach(e -> speakers.put(e.id(), e));
        }
        List<String> claims = new ArrayList<>();
        for (Claim c : view.claims()) {
            claims.add(JsonLines.render(j -> ContractJson.claim(j, c, bodies)));
        }
        StoryBriefing b = composer.compose(story, members.stream().map(StoryMaterial.Member::article).toList(), quotes,
                speakers, view.claims(), view.timeline(), reuses);
        // the driver writes the briefing from the sources' metadata: their texts stay here
        StoryBriefing lean = new StoryBriefing(b.story(), b.summary(), b.timeline(), b.voices(), b.provenance(), b.claims(),
                b.sources().stream().map(SparkCrossArticle::lead).toList(), b.numbers());
        return new StoryOut(index, claims, RecordCodec.encode(view.timeline()), RecordCodec.encode(view.framing()),
                RecordCodec.encode(lean));
    }

    /** The article with its first paragraph only: what a briefing's source list shows of it. */
    static Article lead(Article a) {
        var p = a.paragraphs().get(0);
        return new Article(a.id(), a.source(), a.metadata(), List.of(p), p.text(), a.problems());
    }
}
