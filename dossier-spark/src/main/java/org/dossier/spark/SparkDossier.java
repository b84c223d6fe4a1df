package org.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.InputResolver;
import org.dossier.ingest.Limits;
import org.dossier.model.Article;
import org.dossier.model.ArticleDate;
import org.dossier.model.DateMention;
import org.dossier.model.Framing;
import org.dossier.model.Quote;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;
import org.dossier.model.TimelineEntry;
import org.dossier.output.BriefingWriter;
import org.dossier.output.ContractJson;
import org.dossier.output.IndexHtmlWriter;
import org.dossier.output.JsonLines;
import org.dossier.pipeline.CrossArticle;
import org.dossier.pipeline.Stages;
import org.dossier.story.StoryMaterial;
import org.dossier.story.briefing.BriefingComposer;
import org.dossier.model.StoryBriefing;

/**
 * A dossier run on a Spark cluster. The inputs are resolved on the driver as the CLI resolves them
 * and cut into {@link InputSlice}s (WARC and ARC files into several, other files one each); the
 * executors run the per-article stages over the slices ({@link SliceAnalysis}, models loaded once
 * per JVM by {@link ExecutorStages}); the driver puts the results back in input order, runs the
 * cross-article stages ({@link CrossArticle}, the CLI's own) and writes the dossier with the CLI's
 * {@link DossierWriter}, so the files are those of {@code dossier analyze} on the same inputs.
 * With {@link Format#PARQUET} each JSON-lines file is also written as a Parquet table.
 */
public final class SparkDossier {
    /** The JSON-lines files of a dossier, each written as a Parquet table too when asked. */
    static final List<String> TABLES = List.of("articles", "rejected", "dates", "entities", "quotes", "stories",
            "reuse", "claims", "timeline");
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
     * @param tasks               slices the per-article stages ran as
     * @param perArticleSeconds   reading, extraction, analysis and features on the executors
     * @param crossArticleSeconds the plan on the driver, then pairs and stories on the executors
     * @param writeSeconds        the articles streamed to the driver and the dossier written there
     * @param digestBytes         the encoded digests the driver planned from
     */
    public record Summary(long articles, long rejected, int tasks, double perArticleSeconds, double crossArticleSeconds,
                          double writeSeconds, long digestBytes) {
        public double seconds() {
            return perArticleSeconds + crossArticleSeconds + writeSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles, %d rejected, %.1f s (per-article %.1f s in %d tasks,"
                    + " cross-article %.1f s, writing %.1f s); the driver planned from %.1f KB of digests an article",
                    articles, rejected, seconds(), perArticleSeconds, tasks, crossArticleSeconds, writeSeconds,
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
        boolean nlp = options.nlp();
        boolean embeddings = options.embeddings();
        long maxPageBytes = options.maxPageBytes();
        int threads = threadsPerTask(spark.sparkContext().master(), spark.sparkContext().getConf().getInt("spark.task.cpus", 0),
                jsc.defaultParallelism(), Runtime.getRuntime().availableProcessors());

        long start = System.nanoTime();
        JavaRDD<Item> items = jsc.parallelize(slices, slices.size()).mapPartitions(it -> {
            Stages stages = ExecutorStages.get(new Stages.Options(nlp, embeddings, threads));
            SliceAnalysis analysis = new SliceAnalysis(new Limits(maxPageBytes), stages.analyzer(), new CrossArticle(stages));
            List<Item> done = new ArrayList<>();
            while (it.hasNext()) {
                done.addAll(analysis.run(it.next()));
            }
            return done.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());
        List<Item> rejections = new ArrayList<>(items.filter(i -> !i.article()).collect());
        rejections.sort(Comparator.comparingLong(Item::order));
        long perArticle = System.nanoTime();

        int partitions = Math.max(2, jsc.defaultParallelism() * 2);
        SparkCrossArticle.Outputs outputs = new SparkCrossArticle(jsc, new Stages.Options(nlp, embeddings, threads))
                .run(items, partitions);
        long crossArticle = System.nanoTime();
        long rejected = resolved.missing().size() + rejections.size();
        long articles = write(out, resolved.missing(), rejections, outputs, partitions);
        items.unpersist();
        outputs.articles().unpersist();
        if (options.format() == Format.PARQUET) {
            writeParquet(out);
        }
        long end = System.nanoTime();
        return new Summary(articles, rejected, slices.size(), (perArticle - start) / 1e9, (crossArticle - perArticle) / 1e9,
                (end - crossArticle) / 1e9, outputs.digestBytes());
    }

    /**
     * Writes the dossier's files on the driver, in the order and form {@code DossierWriter} gives them:
     * the articles stream past in input order, one partition at a time; the rest is what the
     * cross-article phase handed back. Returns the number of articles.
     */
    private static long write(Path out, List<String> missing, List<Item> rejections, SparkCrossArticle.Outputs outputs,
                              int partitions) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output directory " + out + ": " + e.getMessage(), e);
        }
        long rejected = 0;
        try (JsonLines file = new JsonLines(out.resolve("rejected.jsonl"))) {
            for (String m : missing) {
                Rejection r = Rejection.of(m, RejectCode.UNREADABLE, "no such file, directory or matching glob");
                file.write(j -> ContractJson.rejection(j, r));
                rejected++;
            }
            for (Item i : rejections) {
                Rejection r = RecordCodec.decode(i.payload(), Rejection.class);
                file.write(j -> ContractJson.rejection(j, r));
                rejected++;
            }
        }
        long count = 0;
        List<ArticleDate> settled = new ArrayList<>();
        try (JsonLines articles = new JsonLines(out.resolve("articles.jsonl"));
             JsonLines dates = new JsonLines(out.resolve("dates.jsonl"));
             JsonLines quotes = new JsonLines(out.resolve("quotes.jsonl"))) {
            Iterator<SparkCrossArticle.Work> it = outputs.articles().sortBy(SparkCrossArticle.Work::order, true, partitions)
                    .toLocalIterator();
            while (it.hasNext()) {
                StoryMaterial.Member m = SparkCrossArticle.member(it.next());
                Article a = m.article().article();
                articles.write(j -> ContractJson.article(j, a));
                for (DateMention d : m.article().dates()) {
                    dates.write(j -> ContractJson.date(j, a.id(), d, false));
                }
                m.settled().forEach(d -> settled.add(new ArticleDate(a.id(), d)));
                for (Quote q : m.quotes()) {
                    quotes.write(j -> ContractJson.quote(j, a, q));
                }
                count++;
            }
            for (ArticleDate d : settled) {
                dates.write(j -> ContractJson.date(j, d.article(), d.date(), true));
            }
        }
        CrossArticle.Plan plan = outputs.plan();
        writeAll(out, "entities.jsonl", plan.entities(), ContractJson::entity);
        writeAll(out, "stories.jsonl", plan.provenance().stories(), ContractJson::story);
        writeLines(out, "reuse.jsonl", outputs.reuseLines());
        writeLines(out, "claims.jsonl", outputs.stories().stream().flatMap(s -> s.claimLines().stream()).toList());
        List<TimelineEntry> timeline = new ArrayList<>();
        List<Framing> framing = new ArrayList<>();
        List<StoryBriefing> briefings = new ArrayList<>();
        for (SparkCrossArticle.StoryOut s : outputs.stories()) {
            timeline.addAll(decodeList(s.timeline(), TimelineEntry.class));
            framing.addAll(decodeList(s.framing(), Framing.class));
            briefings.add(RecordCodec.decode(s.briefing(), StoryBriefing.class));
        }
        writeAll(out, "timeline.jsonl", timeline, ContractJson::timeline);
        writeAll(out, "framing.jsonl", framing, ContractJson::framing);
        BriefingComposer.order(briefings);
        try {
            // every article is in a story, so none is listed apart
            new BriefingWriter().write(out.resolve("briefing.md"), briefings, List.of(), rejected);
            new IndexHtmlWriter().write(out.resolve("index.html"), briefings, List.of(), rejected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the briefing in " + out + ": " + e.getMessage(), e);
        }
        return count;
    }

    private static <T> List<T> decodeList(byte[] bytes, Class<T> type) {
        List<?> raw = RecordCodec.decode(bytes, List.class);
        return raw.stream().map(type::cast).toList();
    }

    private static <T> void writeAll(Path dir, String name, List<T> records, JsonLines.Fields<T> fields) {
        try (JsonLines file = new JsonLines(dir.resolve(name))) {
            for (T r : records) {
                file.write(j -> fields.write(j, r));
            }
        }
    }

    private static void writeLines(Path dir, String name, List<String> lines) {
        try (JsonLines file = new JsonLines(dir.resolve(name))) {
            lines.forEach(file::writeRendered);
        }
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
        for (String table : TABLES) {
            Path file = out.resolve(table + ".jsonl");
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
