package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dossier.batch.BatchListener;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.DossierResult;
import org.dossier.model.Rejection;
import org.dossier.output.DossierWriter;

/**
 * Receives a batch's results in input order: per-article output goes to the writer as it comes;
 * the analysed articles are kept for the {@link CrossArticle} stages, which {@link #finish()} runs
 * and hands to the writer. Used from one thread.
 */
public final class DossierAssembler implements BatchListener {
    private final DossierWriter writer;
    private final CrossArticle crossArticle;
    private final List<AnalysedArticle> articles = new ArrayList<>();

    public DossierAssembler(DossierWriter writer, Stages stages) {
        this.writer = writer;
        this.crossArticle = new CrossArticle(stages);
    }

    @Override
    public void article(Article article) {
        analysed(AnalysedArticle.bare(article));
    }

    @Override
    public void analysed(AnalysedArticle article) {
        writer.analysed(article);
        articles.add(article);
    }

    @Override
    public void rejected(Rejection rejection) {
        writer.rejected(rejection);
    }

    /** Runs the cross-article stages over everything received, writes their files and returns them. */
    public DossierResult finish() {
        DossierResult result = crossArticle.run(articles);
        writer.crossArticle(result);
        return result;
    }
}
