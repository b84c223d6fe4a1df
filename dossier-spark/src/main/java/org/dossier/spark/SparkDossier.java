package org.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.InputResolver;
import org.dossier.ingest.Limits;
import org.dossier.model.ArticleDate;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;
import org.dossier.model.StoryBriefing;
import org.dossier.output.DossierPhase;
import org.dossier.output.DossierWriter;
import org.dossier.output.Failures;
import org.dossier.pipeline.CrossArticle;
import org.dossier.pipeline.Stages;
import org.dossier.story.StoryMaterial;
import org.dossier.story.briefing.BriefingComposer;

/**
 * A dossier run on a Spark cluster. The inputs are resolved on the driver as the CLI resolves them
 * and cut into {@link InputSlice}s (WARC and ARC files into several, other files one each); the
 * executors run the per-article stages over the slices ({@link SliceAnalysis}, models loaded once
 * per JVM by {@link ExecutorStages}); the driver puts the results back in input order and settles
 * repeated inputs as the CLI does ({@link InputOrder}); the cross-article phase runs the CLI's own
 * steps ({@link CrossArticle}), placed by {@link SparkCrossArticle}; and the dossier is written on
 * the driver by the CLI's {@link DossierWriter}, phase by phase as the results come, so the files
 * are those of {@code dossier analyze} on the same inputs. With {@link Format#PARQUET} each
 * JSON-lines file is also written as a Parquet table.
 */
public final class SparkDossier {
    private static final List<String> CONTAINER_SUFFIXES = List.of(".warc", ".warc.gz", ".arc", ".arc.gz");
    /** Java 24 removed the Security Manager, and with it {@code Subject.getSubject}, which Hadoop 3.4 needs. */
    static final int FIRST_JAVA_WITHOUT_GET_SUBJECT = 24;
    /** Slices per WARC file at most: each slice reads the whole file. */
    private static final int MAX_SLICES = 64;

    /** Output formats: the dossier's JSON lines, and with {@code PARQUET} Parquet tables beside them. */
    public enum Format { JSONL, PARQUET }

    /**
     * What to run.
     *
     * @param nlp           language, entities, dates and quotes
     * @param embeddings    sentence embeddings for paraphrases and stories
     * @param maxPageBytes  pages larger than this are rejected
     * @param slicesPerWarc slices each WARC file is cut into; 0 to choose from the cluster's parallelism
     * @param format        what to write
     */
    public record Options(boolean nlp, boolean embeddings, long maxPageBytes, int slicesPerWarc, Format format) {
        public Options {
            if (maxPageBytes < 1) {
                throw new IllegalArgumentException("the page size cap must be positive, got " + maxPageBytes);
            }
            if (slicesPerWarc < 0) {
                throw new IllegalArgumentException("slices per WARC must be 0 (automatic) or more, got " + slicesPerWarc);
            }
        }
    }

    /**
     * What a run did.
     *
     * @param duplicates        inputs that repeated an earlier input's article
     * @param tasks             slices the per-article stages ran as
     * @param perArticleSeconds reading, extraction, analysis and features on the executors, and the
     *                          items put in input order on the driver
     * @param planSeconds       the plan on the driver
     * @param afterPlanSeconds  the articles joined with their shares, streamed to the driver and written;
     *                          pairs aligned and stories viewed on the executors, their files written
     * @param digestBytes       the encoded digests the driver planned from
     */
    public record Summary(long articles, long rejected, long duplicates, int tasks, double perArticleSeconds,
                          double planSeconds, double afterPlanSeconds, long digestBytes) {
        public double seconds() {
            return perArticleSeconds + planSeconds + afterPlanSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles, %d rejected, %d duplicates, %.1f s (per-article %.1f s in %d"
                    + " tasks, plan %.1f s, after the plan %.1f s); the driver planned from %.1f KB of digests an article",
                    articles, rejected, duplicates, seconds(), perArticleSeconds, tasks, planSeconds, afterPlanSeconds,
                    articles == 0 ? 0.0 : digestBytes / 1024.0 / articles);
        }
    }

    private final SparkSession spark;
    private final Options options;

    public SparkDossier(SparkSession spark, Options options) {
        this.spark = spark;
        this.options = options;
    }

    /**
     * Analyses {@code inputs} (files, directories, globs on a file system every executor sees) into a
     * dossier in {@code out}. Throws {@link IllegalArgumentException} when no input exists.
     */
    public Summary run(List<String> inputs, Path out) {
        if (options.format() == Format.PARQUET && Runtime.version().feature() >= FIRST_JAVA_WITHOUT_GET_SUBJECT) {
            throw new IllegalArgumentException("--format parquet needs Java 17 or 21 on the driver and executors:"
                    + " Hadoop's file system (under Spark's Parquet writer) calls Subject.getSubject, which Java "
                    + FIRST_JAVA_WITHOUT_GET_SUBJECT + " and later no longer support; this is Java "
                    + Runtime.version().feature() + ". Without --format the JSON-lines dossier needs no Hadoop file system.");
        }
        InputResolver.Resolved resolved = new InputResolver().resolve(inputs);
        Path dir = out.toAbsolutePath().normalize();
        List<InputFile> files = resolved.files().stream()
                .filter(f -> !f.isStdin() && !f.path().toAbsolutePath().normalize().startsWith(dir))
                .toList();
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input found: " + String.join(", ", resolved.missing()));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputSlice> slices = slices(files, jsc.defaultParallelism());
        int threads = threadsPerTask(spark.sparkContext().master(), spark.sparkContext().getConf().getInt("spark.task.cpus", 0),
                jsc.defaultParallelism(), Runtime.getRuntime().availableProcessors());
        Stages.Options stages = new Stages.Options(options.nlp(), options.embeddings(), threads);
        int partitions = Math.max(2, jsc.defaultParallelism() * 2);
        SparkCrossArticle cross = new SparkCrossArticle(jsc, stages, partitions);

        long start = System.nanoTime();
        Summary summary;
        try (DossierWriter writer = new DossierWriter(out)) {
            String phase = "per-article";
            try {
                for (String absent : resolved.missing()) {
                    writer.rejected(Rejection.of(absent, RejectCode.UNREADABLE, "no such file, directory or matching glob"));
                }
                JavaRDD<Item> items = analyse(jsc, slices, stages, options.maxPageBytes());
                InputOrder order = InputOrder.of(items.map(Item::head).collect());
                order.rejections().forEach(writer::rejected);
                order.duplicates().forEach(writer::duplicate);
                long perArticle = System.nanoTime();

                phase = "plan";
                long rejected = resolved.missing().size() + order.rejections().size();
                long duplicates = order.duplicates().size();
                Set<Long> repeated = order.repeated();
                long digestBytes = order.articles().stream().mapToLong(i -> i.digest().length).sum();
                CrossArticle.Plan plan = SparkCrossArticle.plan(order.articles());
                order = null; // the heads hold the digests, which the plan no longer needs
                long planned = System.nanoTime();

                phase = "cross-article";
                long articles = afterPlan(jsc, cross, items, repeated, plan, writer);
                summary = new Summary(articles, rejected, duplicates, slices.size(), (perArticle - start) / 1e9,
                        (planned - perArticle) / 1e9, (System.nanoTime() - planned) / 1e9, digestBytes);
            } catch (RuntimeException | Error e) {
                writer.failed(phase, Failures.describe(e));
                throw e;
            }
        }
        if (options.format() == Format.PARQUET) {
            writeParquet(out);
        }
        return summary;
    }

    /**
     * Everything after the plan, each phase's files written as it ends: the articles that count
     * become story members and stream to the writer; the pairs are aligned; the stories viewed and
     * briefed. Returns the number of articles.
     */
    private static long afterPlan(JavaSparkContext jsc, SparkCrossArticle cross, JavaRDD<Item> items, Set<Long> repeated,
                                  CrossArticle.Plan plan, DossierWriter writer) {
        Broadcast<Set<Long>> again = jsc.broadcast(repeated);
        JavaRDD<SparkCrossArticle.Work> work = cross.members(
                items.filter(i -> i.kind() == Item.Kind.ARTICLE && !again.value().contains(i.order())), plan);
        long articles = writeArticles(writer, cross.inInputOrder(work), plan);
        items.unpersist();
        JavaRDD<SparkCrossArticle.ReuseOut> reuses = cross.reuse(work, plan);
        writer.reuse(SparkCrossArticle.lines(reuses).stream());
        List<SparkCrossArticle.StoryOut> stories = cross.stories(work, reuses, plan);
        reuses.unpersist();
        work.unpersist();
        writer.storyViews(stories.stream().flatMap(v -> v.claimLines().stream()),
                stories.stream().flatMap(v -> v.timelineEntries().stream()).toList(),
                stories.stream().flatMap(v -> v.framingEntries().stream()).toList());
        List<StoryBriefing> briefings = new ArrayList<>(stories.stream().map(SparkCrossArticle.StoryOut::storyBriefing).toList());
        BriefingComposer.order(briefings);
        writer.briefings(briefings);
        return articles;
    }

    /** The per-article stages over the slices on the executors; the items persisted there. */
    private static JavaRDD<Item> analyse(JavaSparkContext jsc, List<InputSlice> slices, Stages.Options stages, long maxPageBytes) {
        boolean nlp = stages.nlp();
        boolean embeddings = stages.embeddings();
        int threads = stages.threads();
        return jsc.parallelize(slices, slices.size()).mapPartitions(it -> {
            Stages loaded = ExecutorStages.get(new Stages.Options(nlp, embeddings, threads));
            SliceAnalysis analysis = new SliceAnalysis(new Limits(maxPageBytes), loaded.perArticle());
            List<Item> done = new ArrayList<>();
            while (it.hasNext()) {
                done.addAll(analysis.run(it.next()));
            }
            return done.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * Writes the articles as they stream past in input order, each with its dates and its quotes,
     * then the plan's files; returns the number of articles.
     */
    private static long writeArticles(DossierWriter writer, Iterator<StoryMaterial.Member> members, CrossArticle.Plan plan) {
        long count = 0;
        List<ArticleDate> settled = new ArrayList<>();
        while (members.hasNext()) {
            StoryMaterial.Member m = members.next();
            writer.analysed(m.article());
            writer.quotes(m.article().article(), m.quotes());
            m.settled().forEach(d -> settled.add(new ArticleDate(m.id(), d)));
            count++;
        }
        writer.planned(settled, plan.entities(), plan.provenance().stories());
        return count;
    }

    /**
     * The threads each task's embedding model may use, so that concurrent tasks do not oversubscribe
     * the cores: {@code spark.task.cpus} when it is set; in local mode the machine's cores shared
     * among the {@code local[N]} concurrent tasks; on a cluster one, since an executor runs as many
     * tasks at once as it has cores.
     *
     * @param taskCpus    {@code spark.task.cpus}, 0 when unset
     * @param localTasks  the tasks local mode runs at once (its default parallelism)
     */
    static int threadsPerTask(String master, int taskCpus, int localTasks, int cores) {
        if (taskCpus > 0) {
            return taskCpus;
        }
        if (master != null && master.startsWith("local")) {
            return Math.max(1, cores / Math.max(1, localTasks));
        }
        return 1;
    }

    /**
     * WARC and ARC files in {@code slicesPerWarc} slices, or when that is 0 in as many as make about
     * two tasks per core across all the files; any other file is one slice.
     */
    List<InputSlice> slices(List<InputFile> files, int parallelism) {
        int warcs = (int) files.stream().filter(SparkDossier::isContainer).count();
        int perWarc = options.slicesPerWarc() > 0 ? options.slicesPerWarc()
                : warcs == 0 ? 1 : Math.clamp((2L * parallelism + warcs - 1) / warcs, 1, MAX_SLICES);
        List<InputSlice> slices = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            InputFile f = files.get(i);
            int n = isContainer(f) ? perWarc : 1;
            for (int s = 0; s < n; s++) {
                slices.add(new InputSlice(i, f.path().toAbsolutePath().toString(), f.source(), s, n, f.unreadable().orElse(null)));
            }
        }
        return slices;
    }

    private static boolean isContainer(InputFile f) {
        if (f.unreadable().isPresent()) {
            return false;
        }
        String name = f.path().getFileName().toString().toLowerCase(Locale.ROOT);
        return CONTAINER_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** Each non-empty JSON-lines file of the dossier as a Parquet table in {@code out/parquet/NAME}. */
    private void writeParquet(Path out) {
        for (String name : DossierPhase.jsonLines()) {
            String table = name.substring(0, name.length() - ".jsonl".length());
            Path file = out.resolve(name);
            List<String> lines;
            try {
                lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " back for Parquet: " + e.getMessage(), e);
            }
            if (lines.isEmpty()) {
                continue;
            }
            spark.read().json(spark.createDataset(lines, Encoders.STRING())).write().mode(SaveMode.Overwrite)
                    .parquet(out.resolve("parquet").resolve(table).toAbsolutePath().toUri().toString());
        }
    }
}
