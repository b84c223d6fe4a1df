package org.dossier.server;

import java.util.Objects;
import java.util.function.Function;
import org.dossier.store.Store;
import org.dossier.store.StoreBusyException;
import org.dossier.store.Stores;

/**
 * How uploads get the store for writing. {@link #perWrite} is what {@code dossier serve} does: it
 * opens the store for writing for one upload and closes it after, so an embedded store's write
 * lock is held only that long and {@code dossier analyze --store} can add to a served store between
 * uploads. {@link #through} writes through a store that stays open for writing.
 */
public sealed interface WriteAccess {

    /**
     * Runs {@code work} with the store open for writing, for as long as it takes.
     *
     * @throws StoreBusyException when another process is writing the store
     */
    <T> T write(Function<Store, T> work);

    /** Opens {@code location} for writing for each {@link #write}, and closes it after. */
    static WriteAccess perWrite(String location) {
        return new PerWrite(location);
    }

    /** Writes through {@code store}, which stays open for writing (its owner closes it). */
    static WriteAccess through(Store store) {
        return new Through(store);
    }

    /**
     * The store opened per write.
     *
     * @param location the store's location, as {@link Stores#open} takes it
     */
    record PerWrite(String location) implements WriteAccess {
        public PerWrite {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public <T> T write(Function<Store, T> work) {
            try (Store store = Stores.open(location, Store.Access.READ_WRITE)) {
                return work.apply(store);
            }
        }
    }

    /**
     * One store kept open for writing.
     *
     * @param store open read-write
     */
    record Through(Store store) implements WriteAccess {
        public Through {
            Objects.requireNonNull(store, "store");
        }

        @Override
        public <T> T write(Function<Store, T> work) {
            return work.apply(store);
        }
    }
}
