package org.dossier.cli;

/** A command was used wrongly in a way picocli's parser cannot see (e.g. no input matched). Exit 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
