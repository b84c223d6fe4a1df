package org.dossier.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One input named by the user: a file on disk, standard input, or an entry found while listing a
 * directory that cannot be read (a directory that cannot be listed, a broken symbolic link), which
 * {@link PageReader} reports as one {@code unreadable} rejection without opening it.
 *
 * @param path       the file, or null for standard input
 * @param source     the name reports use: the path as given, or {@code -} for standard input
 * @param unreadable why the entry cannot be read, when listing already found out
 */
public record InputFile(Path path, String source, Optional<String> unreadable) {
    public static final InputFile STDIN = new InputFile(null, "-");

    public InputFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unreadable, "unreadable");
        if (path == null && unreadable.isPresent()) {
            throw new IllegalArgumentException("standard input cannot be unreadable before it is read: " + unreadable.get());
        }
    }

    public InputFile(Path path, String source) {
        this(path, source, Optional.empty());
    }

    public static InputFile of(Path path) {
        return new InputFile(path, path.toString());
    }

    /** An entry that listing found but that cannot be read, with the sentence saying why. */
    public static InputFile unreadable(Path path, String why) {
        return new InputFile(path, path.toString(), Optional.of(why));
    }

    public boolean isStdin() {
        return path == null;
    }
}
