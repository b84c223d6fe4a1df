package org.dossier.store;

/**
 * A store could not be opened, read or written; the message names the location and what failed.
 * {@link StoreBusyException} is the one a caller may wait out: another process is writing.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
