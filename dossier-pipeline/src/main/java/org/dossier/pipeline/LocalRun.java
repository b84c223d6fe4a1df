package org.dossier.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.dossier.batch.BatchRunner;
import org.dossier.batch.PerArticle;
import org.dossier.batch.BatchStats;
import org.dossier.batch.Progress;
import org.dossier.ingest.InputResolver;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.model.RejectCode;
import org.dossier.model.StageClock;
import org.dossier.model.StageClock.Stage;
import org.dossier.model.Rejection;
import org.dossier.output.DossierWriter;
import org.dossier.store.Store;

/**
 * A whole dossier run in this JVM, as {@code dossier analyze} makes it: inputs read in parallel
 * through the per-article stages, then the cross-article phase, into a dossier directory, a store, or
 * both. The command line parses and prints; this runs. The Spark job runs the same stages and is
 * compared with this.
 */
public final class LocalRun {

    /**
     * How to run.
     *
     * @param stages       what the stages do (the language layer, embeddings, threads)
     * @param maxPageBytes pages larger than this are rejected
     */
    public record Options(Stages.Options stages, long maxPageBytes) {
        public Options {
            Objects.requireNonNull(stages, "stages");
            if (maxPageBytes < 1) {
                throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
            }
        }
    }

    /**
     * What a run did.
     *
     * @param batch    the per-article phase's counts
     * @param rejected inputs that gave no article, those that named nothing included
     * @param failure  when the cross-article phase failed, a sentence saying where and why
     * @param missing  the dossier files that failure left unwritten
     * @param stored   what the run did to the store, when it had one and did not fail
     */
    public record Outcome(BatchStats batch, long rejected, Optional<String> failure, List<String> missing,
                          Optional<StoreIngest.Outcome> stored) {
        public Outcome {
            missing = List.copyOf(missing);
        }
    }

    private LocalRun() {
    }

    /**
     * Runs {@code inputs} into {@code out} and/or {@code store} (at least one).
     *
     * @param resolved  the inputs, expanded into files
     * @param label     the store commit's label
     * @param notices   what the person running it should hear before the run (a store's damage notice)
     * @param progress  where the batch reports progress
     */
    public static Outcome run(InputResolver.Resolved resolved, Optional<Path> out, Optional<Store> store, Options options,
                              String label, Consumer<String> notices, Progress progress) {
        return run(resolved, out, store, options, label, notices, progress, StageClock.OFF);
    }

    /**
     * {@link #run(InputResolver.Resolved, Optional, Optional, Options, String, Consumer, Progress)},
     * each stage's time counted on {@code clock}, writing included.
     */
    public static Outcome run(InputResolver.Resolved resolved, Optional<Path> out, Optional<Store> store, Options options,
                              String label, Consumer<String> notices, Progress progress, StageClock clock) {
        if (out.isEmpty() && store.isEmpty()) {
            throw new IllegalArgumentException("a run writes a dossier directory, a store, or both");
        }
        store.ifPresent(s -> s.notices().forEach(notices));
        int threads = options.stages().threads();
        try (Stages stages = Stages.load(options.stages(), clock);
             DossierWriter writer = out.map(DossierWriter::new).orElse(null)) {
            // with no dossier to write, articles the store holds need no analysis
            PerArticle work = writer == null ? StoreIngest.skippingKnown(stages, store.orElseThrow()) : stages.perArticle();
            BatchRunner runner = new BatchRunner(new PageReader(new Limits(options.maxPageBytes())), work, threads)
                    .timed(clock);
            if (writer == null) {
                // a page whose article the store holds is neither extracted nor analysed again
                Store target = store.orElseThrow();
                runner = runner.skipping(id -> !target.knownArticles(Set.of(id)).isEmpty());
            }
            if (writer != null) {
                for (String absent : resolved.missing()) {
                    writer.rejected(Rejection.of(absent, RejectCode.UNREADABLE, "no such file, directory or matching glob"));
                }
            }
            DossierAssembler assembler = writer == null ? null : new DossierAssembler(writer, stages, progress);
            StoreIngest ingest = store.map(s -> new StoreIngest(s, stages, Optional.ofNullable(assembler), progress))
                    .orElse(null);
            BatchStats stats = runner.run(resolved.files(), ingest != null ? ingest : assembler, progress);
            Optional<String> failure = Optional.empty();
            List<String> missing = List.of();
            if (assembler != null) {
                failure = assembler.finish().failure();
                missing = writer.missing();
            }
            Optional<StoreIngest.Outcome> stored = ingest != null && failure.isEmpty()
                    ? Optional.of(ingest.finish(label)) : Optional.empty();
            if (writer != null) {
                // the briefing, the page and run.json are written on close; closing twice is harmless
                clock.run(Stage.WRITE, writer::close);
            }
            progress.done();
            return new Outcome(stats, stats.rejected() + resolved.missing().size(), failure, missing, stored);
        }
    }
}
