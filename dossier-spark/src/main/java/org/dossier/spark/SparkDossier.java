package org.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.InputResolver;
import org.dossier.ingest.Limits;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.DossierResult;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;
import org.dossier.output.DossierWriter;
import org.dossier.pipeline.CrossArticle;
import org.dossier.pipeline.Stages;

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
     * @param perArticleSeconds   reading, extraction and analysis on the executors, results back on the driver
     * @param crossArticleSeconds the cross-article stages and the writing of the dossier on the driver
     */
    public record Summary(long articles, long rejected, int tasks, double perArticleSeconds, double crossArticleSeconds) {
        public double seconds() {
            return perArticleSeconds + crossArticleSeconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d articles, %d rejected, %.1f s (per-article %.1f s in %d tasks,"
                    + " cross-article %.1f s)", articles, rejected, seconds(), perArticleSeconds, tasks, crossArticleSeconds);
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
        int threads = Runtime.getRuntime().availableProcessors();

        long start = System.nanoTime();
        List<Item> items = new ArrayList<>(jsc.parallelize(slices, slices.size()).mapPartitions(it -> {
            Stages stages = ExecutorStages.get(new Stages.Options(nlp, embeddings, threads));
            SliceAnalysis analysis = new SliceAnalysis(new Limits(maxPageBytes), stages.analyzer());
            List<Item> done = new ArrayList<>();
            while (it.hasNext()) {
                done.addAll(analysis.run(it.next()));
            }
            return done.iterator();
        }).collect());
        items.sort(Comparator.comparingInt(Item::file).thenComparingLong(Item::ordinal));
        long perArticle = System.nanoTime();

        long rejected = resolved.missing().size();
        List<AnalysedArticle> articles = new ArrayList<>();
        try (DossierWriter writer = new DossierWriter(out)) {
            for (String missing : resolved.missing()) {
                writer.rejected(Rejection.of(missing, RejectCode.UNREADABLE, "no such file, directory or matching glob"));
            }
            for (int i = 0; i < items.size(); i++) {
                Item item = items.set(i, null);
                if (item.article()) {
                    AnalysedArticle a = RecordCodec.decode(item.payload(), AnalysedArticle.class);
                    writer.analysed(a);
                    articles.add(a);
                } else {
                    writer.rejected(RecordCodec.decode(item.payload(), Rejection.class));
                    rejected++;
                }
            }
            Stages stages = ExecutorStages.get(new Stages.Options(nlp, embeddings, threads));
            DossierResult result = new CrossArticle(stages).run(articles);
            writer.crossArticle(result);
        }
        if (options.format() == Format.PARQUET) {
            writeParquet(out);
        }
        long end = System.nanoTime();
        return new Summary(articles.size(), rejected, slices.size(), (perArticle - start) / 1e9, (end - perArticle) / 1e9);
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
                slices.add(new InputSlice(i, f.path().toAbsolutePath().toString(), f.source(), s, n));
            }
        }
        return slices;
    }

    private static boolean isContainer(InputFile f) {
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
