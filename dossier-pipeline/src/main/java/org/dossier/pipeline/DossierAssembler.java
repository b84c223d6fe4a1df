package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.batch.BatchListener;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.batch.PerArticle;
import org.dossier.batch.Progress;
import org.dossier.model.StageClock;
import org.dossier.model.StageClock.Stage;
import org.dossier.provenance.ProvenanceStage;
import org.dossier.model.DossierResult;
import org.dossier.model.Duplicate;
import org.dossier.model.Rejection;
import org.dossier.output.DossierWriter;
import org.dossier.output.Failures;
import org.dossier.story.briefing.BriefingComposer;

/**
 * Receives a batch's results in input order: per-article output goes to the writer as it comes;
 * the analysed articles are kept for the {@link CrossArticle} stages, which {@link #finish()} runs,
 * handing each phase's results to the writer as the phase ends. Used from one thread.
 */
public final class DossierAssembler implements BatchListener {
    private DossierResult soFar;
    private final DossierWriter writer;
    private final Work work;
    private final StageClock clock;
    private final Progress progress;
    private final List<Optional<ProvenanceStage.Features>> features = new ArrayList<>();
    private final List<AnalysedArticle> articles = new ArrayList<>();

    /** The cross-article work over a run's articles, telling its phases as they end ({@link CrossArticle#run(List, CrossArticle.Phases)}). */
    @FunctionalInterface
    public interface Work {
        DossierResult run(List<AnalysedArticle> articles, List<Optional<ProvenanceStage.Features>> features,
                          CrossArticle.Phases phases);
    }

    public DossierAssembler(DossierWriter writer, Stages stages) {
        this(writer, stages, Progress.silent());
    }

    /** An assembler that reports the cross-article phases' progress and counts writing on the stages' clock. */
    public DossierAssembler(DossierWriter writer, Stages stages, Progress progress) {
        this(writer, new CrossArticle(stages)::run, stages.clock(), progress);
    }

    public DossierAssembler(DossierWriter writer, Work work) {
        this(writer, work, StageClock.OFF, Progress.silent());
    }

    private DossierAssembler(DossierWriter writer, Work work, StageClock clock, Progress progress) {
        this.writer = writer;
        this.work = work;
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    public void article(Article article) {
        analysed(AnalysedArticle.bare(article));
    }

    @Override
    public void analysed(AnalysedArticle article) {
        analysed(new PerArticle.Analysed(article, Optional.empty()));
    }

    @Override
    public void analysed(PerArticle.Analysed analysed) {
        clock.run(Stage.WRITE, () -> writer.analysed(analysed.article()));
        articles.add(analysed.article());
        features.add(analysed.features());
    }

    @Override
    public void rejected(Rejection rejection) {
        clock.run(Stage.WRITE, () -> writer.rejected(rejection));
    }

    @Override
    public void duplicate(Duplicate duplicate) {
        clock.run(Stage.WRITE, () -> writer.duplicate(duplicate));
    }

    /**
     * Runs the cross-article stages over everything received and writes their files phase by phase.
     * A failure (a bug, or the heap too small for the articles given) keeps the files of the phases
     * that ended and is told to the writer; it is returned rather than thrown so the run can finish
     * its briefing and say what is missing.
     *
     * @return the result, or the failure as a sentence naming the phase and what to do
     */
    public Outcome finish() {
        CrossArticle.Phases phases = new CrossArticle.Phases() {
            @Override
            public void planned(DossierResult found) {
                soFar = found;
                clock.run(Stage.WRITE, () -> writer.planned(found));
            }

            @Override
            public void aligned(DossierResult found) {
                soFar = found;
                clock.run(Stage.WRITE, () -> writer.aligned(found));
            }

            @Override
            public void progress(String phase, long done, long total) {
                progress.phase(phase, done, total, CrossArticle.units(phase));
            }
        };
        try {
            DossierResult result = work.run(articles, features, phases);
            clock.run(Stage.WRITE, () -> writer.crossArticle(result));
            return new Outcome(Optional.of(result), Optional.empty());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            articles.clear();
            features.clear();
            String why = Failures.describe(e);
            writer.failed("cross-article", why);
            briefPartly();
            return new Outcome(Optional.empty(), Optional.of("the cross-article phase failed: " + why));
        }
    }

    /** Briefs the stories a failed run found, when it got as far as its plan; a failure here leaves no briefing. */
    private void briefPartly() {
        if (soFar == null) {
            return;
        }
        try {
            writer.briefings(new BriefingComposer().compose(soFar));
        } catch (RuntimeException | OutOfMemoryError e) {
            // the page then lists the stories' articles as in no story; the failure is already told
        } finally {
            soFar = null;
        }
    }

    /**
     * How the cross-article phase ended: with its result, or with a failure.
     *
     * @param result  everything the run found, when every phase ended
     * @param failure otherwise, a sentence naming the phase that failed and why
     */
    public record Outcome(Optional<DossierResult> result, Optional<String> failure) {
        public Outcome {
            if (result.isPresent() == failure.isPresent()) {
                throw new IllegalArgumentException("an outcome has a result or a failure, not " + (result.isPresent() ? "both" : "neither"));
            }
        }

        /** The result; throws with the failure's sentence when the phase failed. */
        public DossierResult expectResult() {
            return result.orElseThrow(() -> new IllegalStateException(failure.orElseThrow()));
        }
    }
}
