package org.dossier.pipeline;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.dossier.batch.ModelLoadFailure;
import org.dossier.output.Failures;

/**
 * A model loaded when a run first needs it, on a thread of its own, so that the models a run needs
 * together load side by side and a run that needs none (every input already stored) loads none.
 * Thread-safe.
 *
 * @param <T> the model
 */
final class Loading<T> {
    private final String name;
    private final Supplier<T> load;
    private CompletableFuture<T> loaded;

    Loading(String name, Supplier<T> load) {
        this.name = Objects.requireNonNull(name, "name");
        this.load = Objects.requireNonNull(load, "load");
    }

    /** Starts loading, when not started yet; returns at once. */
    synchronized void start() {
        if (loaded == null) {
            loaded = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    loaded.complete(load.get());
                } catch (RuntimeException | Error e) {
                    loaded.completeExceptionally(e);
                }
            }, "dossier-load-" + name);
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * The model, waiting for it to load.
     *
     * @throws ModelLoadFailure when it cannot be loaded: the run cannot go on without it
     */
    T get() {
        start();
        CompletableFuture<T> f;
        synchronized (this) {
            f = loaded;
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // out of memory says which limit to raise; anything else says what it is
            throw new ModelLoadFailure("cannot load the " + name + " model: " + (cause instanceof OutOfMemoryError || cause.getMessage() == null
                    ? Failures.describe(cause) : cause.getMessage()), cause);
        }
    }

    /** The model when its loading was started, waiting for it to end; empty when it never was or it failed. */
    Optional<T> ifStarted() {
        CompletableFuture<T> f;
        synchronized (this) {
            f = loaded;
        }
        if (f == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(f.join());
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }
}
