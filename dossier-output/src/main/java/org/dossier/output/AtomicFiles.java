package org.dossier.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files that appear whole or not at all: each is written beside its place as {@code NAME.part} and
 * moved into place when complete, so a run killed or failing half-way leaves the previous file (or
 * none) and a {@code .part}, never a truncated file under the real name.
 */
public final class AtomicFiles {
    private static final String PART = ".part";

    private AtomicFiles() {
    }

    /** Where {@code file} is written before it is complete. */
    public static Path part(Path file) {
        return file.resolveSibling(file.getFileName() + PART);
    }

    /** Moves the complete {@link #part} of {@code file} into place, replacing an older {@code file}. */
    public static void publish(Path file) throws IOException {
        Path part = part(file);
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without atomic renames (some network mounts): still never a half file
            // under the real name while the copy is not finished
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes {@code text} as UTF-8 to {@code file}, atomically. */
    public static void writeString(Path file, CharSequence text) throws IOException {
        Files.writeString(part(file), text, StandardCharsets.UTF_8);
        publish(file);
    }
}
