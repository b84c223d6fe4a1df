package org.dossier.store;

import java.util.Objects;
import java.util.Optional;

/**
 * The store is being written by another process, and the backend takes one writer at a time. The
 * message names the store, the writing process when the backend can tell, and what to do instead;
 * {@link #who()} says the first two alone, for a caller (the server) that gives its own advice.
 */
public final class StoreBusyException extends StoreException {
    private final String who;

    /**
     * @param location the store
     * @param writer   the process that writes it, as the backend knows it ("pid 42 since ..."), if known
     * @param advice   what to do instead, a sentence
     * @param cause    the backend's own refusal
     */
    public StoreBusyException(String location, Optional<String> writer, String advice, Throwable cause) {
        this(who(location, writer), advice, cause);
    }

    private StoreBusyException(String who, String advice, Throwable cause) {
        super(who + ". " + Objects.requireNonNull(advice, "advice"), cause);
        this.who = who;
    }

    private static String who(String location, Optional<String> writer) {
        return "store " + location + " is being written by another process" + writer.map(w -> " (" + w + ")").orElse("");
    }

    /** "store L is being written by another process (pid ...)", without the advice. */
    public String who() {
        return who;
    }
}
