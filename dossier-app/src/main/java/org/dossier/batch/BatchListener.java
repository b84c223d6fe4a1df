package org.dossier.batch;

import org.dossier.model.AnalysedArticle;
import org.dossier.model.Rejection;

/** Receives a batch's results in input order, on the thread that runs the batch. */
public interface BatchListener {

    /** An article and its per-article annotations (bare when the run does no analysis). */
    void article(AnalysedArticle article);

    void rejected(Rejection rejection);
}
