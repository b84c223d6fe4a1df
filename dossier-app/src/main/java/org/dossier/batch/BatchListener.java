package org.dossier.batch;

import org.dossier.model.Article;
import org.dossier.model.Rejection;

/** Receives a batch's results in input order, on the thread that runs the batch. */
public interface BatchListener {

    void article(Article article);

    void rejected(Rejection rejection);
}
