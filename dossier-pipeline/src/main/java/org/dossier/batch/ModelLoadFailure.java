package org.dossier.batch;

/**
 * A model the run needs could not be loaded. Unlike a failure on one page, this ends the run: every
 * page would fail the same way. The per-article safety net lets it through.
 */
public final class ModelLoadFailure extends RuntimeException {
    public ModelLoadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
