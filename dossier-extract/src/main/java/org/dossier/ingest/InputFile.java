package org.dossier.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input named by the user: a file on disk, or standard input.
 *
 * @param path   the file, or null for standard input
 * @param source the name reports use: the path as given, or {@code -} for standard input
 */
public record InputFile(Path path, String source) {
    public static final InputFile STDIN = new InputFile(null, "-");

    public InputFile {
        Objects.requireNonNull(source, "source");
    }

    public static InputFile of(Path path) {
        return new InputFile(path, path.toString());
    }

    public boolean isStdin() {
        return path == null;
    }
}
