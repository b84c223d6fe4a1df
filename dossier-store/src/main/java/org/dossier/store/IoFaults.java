package org.dossier.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Sentences for people about the I/O faults a store meets on a real machine: a full disk, a
 * read-only file system, a permission. What to do comes with what happened.
 */
public final class IoFaults {
    private IoFaults() {
    }

    /** What {@code e} means for the person running Dossier, with what to do about it. */
    public static String describe(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        String where = e instanceof FileSystemException f && f.getFile() != null ? " (" + f.getFile() + ")" : "";
        if (lower.contains("no space left on device") || lower.contains("disk quota exceeded")) {
            return "the disk is full" + where + ": free some space, or move the store to a larger disk, and run again";
        }
        if (lower.contains("read-only file system")) {
            return "the store is on a read-only file system" + where + ": it can be searched and served, but to add"
                    + " to it, copy it to a writable place";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied" + where + ": the store's files must be writable by this user to add to it";
        }
        return message;
    }
}
