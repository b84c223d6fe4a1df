package org.dossier.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Entity;
import org.dossier.model.Framing;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.model.StoryBriefing;
import org.dossier.model.TimelineEntry;
import org.dossier.nlp.time.DossierDates;
import org.dossier.output.DossierWriter;
import org.dossier.pipeline.CrossArticle;
import org.dossier.pipeline.Stages;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.reuse.PairComparer;
import org.dossier.store.json.RecordJson;
import org.dossier.story.StoryMaterial;
import scala.Tuple2;

/**
 * The cross-article phase of the Spark job: {@link CrossArticle}'s steps, the CLI's own, placed so
 * that no step needs the articles' texts in one place:
 * <ol>
 *   <li>the driver decodes every article's {@link CrossArticle.Digest digest} (entity mentions,
 *       quotes, fingerprint, story terms, lead vector: no text) and makes the {@link CrossArticle#plan
 *       plan}: entities, linked speakers, stories, the pairs to align;</li>
 *   <li>each article meets its {@link CrossArticle.Share share} of the plan on an executor, which
 *       makes it a {@linkplain CrossArticle#member member} of its story, relative dates settled;</li>
 *   <li>each planned pair is {@linkplain ProvenanceStage#align aligned} on an executor that receives
 *       the two articles by a join on their ids: the blocking is the plan's, from MinHash LSH bands,
 *       shared winnowed shingles and story companions, never all pairs;</li>
 *   <li>each story is grouped on one executor with its members and the reuse within it, and gets its
 *       claims, framing, timeline and briefing there ({@link CrossArticle#story}).</li>
 * </ol>
 * Only outputs come back to the driver, rendered as JSON lines where they quote the text.
 */
final class SparkCrossArticle {
    private static final TypeReference<Optional<SentenceEmbeddings>> EMBEDDINGS = new TypeReference<>() { };
    private static final TypeReference<List<Entity>> ENTITIES = new TypeReference<>() { };
    private static final TypeReference<List<TimelineEntry>> TIMELINE = new TypeReference<>() { };
    private static final TypeReference<List<Framing>> FRAMING = new TypeReference<>() { };

    private final JavaSparkContext jsc;
    private final int partitions;
    // what the closures capture: plain values (Stages.Options, a record, is not Serializable)
    private final boolean nlp;
    private final boolean embeddings;
    private final int threads;

    SparkCrossArticle(JavaSparkContext jsc, Stages.Options options, int partitions) {
        this.jsc = jsc;
        this.partitions = partitions;
        this.nlp = options.nlp();
        this.embeddings = options.embeddings();
        this.threads = options.threads();
    }

    /** An article as a member of its story, on an executor: its member, its side of a pair, its speakers; RecordJson bytes. */
    record Work(String id, long order, int story, int position, byte[] member, byte[] side, byte[] speakers)
            implements Serializable {
    }

    /** A pair's reuse: its place in the plan, its story (-1 when its articles are in two), the reuse and its line. */
    record ReuseOut(int seq, int story, byte[] reuse, String line) implements Serializable {
    }

    /** A story's outputs: claims rendered as lines, timeline and framing records, and its briefing without the texts. */
    record StoryOut(int story, List<String> claimLines, byte[] timeline, byte[] framing, byte[] briefing)
            implements Serializable {
        List<TimelineEntry> timelineEntries() {
            return RecordJson.read(timeline, TIMELINE);
        }

        List<Framing> framingEntries() {
            return RecordJson.read(framing, FRAMING);
        }

        StoryBriefing storyBriefing() {
            return RecordJson.read(briefing, StoryBriefing.class);
        }
    }

    /** The plan, on the driver, from the articles' {@linkplain Item#head() heads} in input order. */
    static CrossArticle.Plan plan(List<Item> articles) {
        List<CrossArticle.Digest> digests = new ArrayList<>(articles.size());
        for (Item i : articles) {
            digests.add(RecordJson.read(i.digest(), CrossArticle.Digest.class));
        }
        // the plan needs no model: the driver loads none (models are the executors' business)
        return new CrossArticle(ExecutorStages.get(new Stages.Options(false, false, 1))).plan(digests);
    }

    /** Each article with its share of the plan, as a member of its story; persisted on the executors. */
    JavaRDD<Work> members(JavaRDD<Item> articles, CrossArticle.Plan plan) {
        List<Tuple2<String, byte[]>> shares = new ArrayList<>();
        CrossArticle.shares(plan).forEach((id, share) -> shares.add(new Tuple2<>(id, RecordJson.write(share))));
        JavaRDD<Work> work = articles.mapToPair(i -> new Tuple2<>(i.page(), i))
                .join(jsc.parallelizePairs(shares, partitions))
                .values()
                .mapPartitions(it -> {
                    DossierDates dates = CrossArticle.dates();
                    List<Work> out = new ArrayList<>();
                    while (it.hasNext()) {
                        Tuple2<Item, byte[]> t = it.next();
                        out.add(work(t._1(), RecordJson.read(t._2(), CrossArticle.Share.class), dates));
                    }
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        shares.clear();
        return work;
    }

    private static Work work(Item item, CrossArticle.Share share, DossierDates dates) {
        AnalysedArticle a = RecordJson.read(item.article(), AnalysedArticle.class);
        StoryMaterial.Member member = CrossArticle.member(dates, a, share);
        Optional<SentenceEmbeddings> emb = RecordJson.read(item.embeddings(), EMBEDDINGS);
        return new Work(a.article().id(), item.order(), share.story(), share.position(), RecordJson.write(member),
                RecordJson.write(new PairComparer.Side(a.article(), emb)), RecordJson.write(share.speakers()));
    }

    /** The members in input order, streamed to the driver one partition at a time. */
    Iterator<StoryMaterial.Member> inInputOrder(JavaRDD<Work> work) {
        Iterator<Work> it = work.sortBy(Work::order, true, partitions).toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public StoryMaterial.Member next() {
                return member(it.next());
            }
        };
    }

    private static StoryMaterial.Member member(Work w) {
        return RecordJson.read(w.member(), StoryMaterial.Member.class);
    }

    /** The planned pairs aligned on the executors; persisted. */
    JavaRDD<ReuseOut> reuse(JavaRDD<Work> work, CrossArticle.Plan plan) {
        boolean nlp = this.nlp;
        boolean embeddings = this.embeddings;
        int threads = this.threads;
        var byId = work.mapToPair(w -> new Tuple2<>(w.id(), w));
        List<Tuple2<String, Tuple2<Integer, String>>> pairs = plan.provenance().pairs().stream()
                .map(p -> new Tuple2<>(p.older(), new Tuple2<>(p.order(), p.newer()))).toList();
        return jsc.parallelizePairs(pairs, partitions).join(byId)
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
    }

    /** The lines of {@code reuse.jsonl}, in the plan's order. */
    static List<String> lines(JavaRDD<ReuseOut> reuses) {
        List<ReuseOut> found = new ArrayList<>(reuses.map(r -> new ReuseOut(r.seq(), r.story(), null, r.line())).collect());
        found.sort(Comparator.comparingInt(ReuseOut::seq));
        return found.stream().map(ReuseOut::line).toList();
    }

    private static Optional<ReuseOut> align(ProvenanceStage stage, int seq, Work older, Work newer) {
        PairComparer.Side a = RecordJson.read(older.side(), PairComparer.Side.class);
        PairComparer.Side b = RecordJson.read(newer.side(), PairComparer.Side.class);
        return stage.align(a, b).map(r -> {
            String bodyOfA = (r.a().equals(a.article().id()) ? a : b).article().body();
            return new ReuseOut(seq, older.story() == newer.story() ? older.story() : -1, RecordJson.write(r),
                    DossierWriter.reuseLine(r, bodyOfA));
        });
    }

    /** Per story, in the plan's order, its claims, framing, timeline and briefing, made on the executors. */
    List<StoryOut> stories(JavaRDD<Work> work, JavaRDD<ReuseOut> reuses, CrossArticle.Plan plan) {
        boolean nlp = this.nlp;
        boolean embeddings = this.embeddings;
        int threads = this.threads;
        List<Tuple2<Integer, byte[]>> stories = new ArrayList<>();
        for (int i = 0; i < plan.provenance().stories().size(); i++) {
            stories.add(new Tuple2<>(i, RecordJson.write(plan.provenance().stories().get(i))));
        }
        List<StoryOut> views = new ArrayList<>(jsc.parallelizePairs(stories, partitions)
                .cogroup(work.mapToPair(w -> new Tuple2<>(w.story(), w)),
                        reuses.filter(r -> r.story() >= 0).mapToPair(r -> new Tuple2<>(r.story(), r)))
                .mapPartitions(it -> {
                    CrossArticle cross = new CrossArticle(ExecutorStages.get(new Stages.Options(nlp, embeddings, threads)));
                    List<StoryOut> out = new ArrayList<>();
                    while (it.hasNext()) {
                        var t = it.next();
                        for (byte[] story : t._2()._1()) {
                            out.add(story(cross, t._1(), RecordJson.read(story, Story.class), t._2()._2(), t._2()._3()));
                        }
                    }
                    return out.iterator();
                }).collect());
        views.sort(Comparator.comparingInt(StoryOut::story));
        return views;
    }

    private static StoryOut story(CrossArticle cross, int index, Story story, Iterable<Work> works, Iterable<ReuseOut> reuseOuts) {
        List<Work> ws = new ArrayList<>();
        works.forEach(ws::add);
        ws.sort(Comparator.comparingInt(Work::position));
        List<StoryMaterial.Member> members = ws.stream().map(SparkCrossArticle::member).toList();
        List<Entity> speakers = ws.stream().flatMap(w -> RecordJson.read(w.speakers(), ENTITIES).stream()).toList();
        List<ReuseOut> rs = new ArrayList<>();
        reuseOuts.forEach(rs::add);
        rs.sort(Comparator.comparingInt(ReuseOut::seq));
        List<Reuse> within = rs.stream().map(r -> RecordJson.read(r.reuse(), Reuse.class)).toList();
        CrossArticle.StoryOutput view = cross.story(story, members, speakers, within);
        Map<String, String> bodies = new HashMap<>();
        members.forEach(m -> bodies.put(m.id(), m.article().body()));
        List<String> claims = view.claims().stream().map(c -> DossierWriter.claimLine(c, bodies)).toList();
        // the driver writes the briefing from the sources' metadata: their texts stay here
        return new StoryOut(index, claims, RecordJson.write(view.timeline()), RecordJson.write(view.framing()),
                RecordJson.write(DossierWriter.briefed(view.briefing())));
    }
}
