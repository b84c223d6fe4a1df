package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Expands command-line inputs into files: a file stands for itself, a directory for every regular
 * file below it (sorted, hidden files skipped, symbolic links followed), a glob ({@code pages/*.html},
 * {@code **}) for the files it matches, and {@code -} for standard input. Each file is listed once,
 * however many names (links, overlapping arguments) reach it. Arguments that match nothing are
 * reported; what is found but cannot be read (a directory that cannot be listed, a broken link)
 * becomes an {@link InputFile#unreadable} entry; nothing is thrown.
 */
public final class InputResolver {
    private final FileWalker walker;

    /** What the expansion found, and the arguments that named nothing. */
    public record Resolved(List<InputFile> files, List<String> missing) {
        public Resolved {
            files = List.copyOf(files);
            missing = List.copyOf(missing);
        }
    }

    public InputResolver() {
        this(FileWalker.FOLLOWING_LINKS);
    }

    InputResolver(FileWalker walker) {
        this.walker = walker;
    }

    public Resolved resolve(List<String> args) {
        List<InputFile> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (String arg : args) {
            if (!expand(arg, seen, files)) {
                missing.add(arg);
            }
        }
        return new Resolved(files, missing);
    }

    /** Adds what {@code arg} names to {@code files}; false when it names nothing. */
    private boolean expand(String arg, Set<Object> seen, List<InputFile> files) {
        if (arg.equals("-")) {
            files.add(InputFile.STDIN);
            return true;
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            return TreeListing.list(walker, path, p -> true, p -> true, seen, files) > 0;
        }
        if (Files.exists(path)) {
            if (seen.add(identity(path))) {
                files.add(InputFile.of(path));
            }
            return true;
        }
        if (Files.isSymbolicLink(path)) {
            files.add(InputFile.unreadable(path, TreeListing.brokenLink(path)));
            return true;
        }
        Optional<Glob> glob = Glob.isGlob(arg) ? Glob.of(arg) : Optional.empty();
        return glob.isPresent()
                && TreeListing.list(walker, glob.get().walkRoot(), glob.get()::matches, glob.get()::couldHold, seen, files) > 0;
    }

    private static Object identity(Path file) {
        try {
            return TreeListing.identity(file, Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            // unreadable attributes: the reader will say why; the path stands for the file
            return file.toAbsolutePath().normalize();
        }
    }
}
