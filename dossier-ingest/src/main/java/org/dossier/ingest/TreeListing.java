package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lists the files under one directory for {@link InputResolver}: regular files (through symbolic
 * links too), sorted, hidden entries skipped. Whatever cannot be read becomes an
 * {@link InputFile#unreadable} entry in its place — a directory that cannot be listed, a broken
 * link, a pipe or device — so nothing vanishes without a rejection and one bad directory never
 * stops the walk. A link back to an ancestor is not followed: every file under it is listed already.
 */
final class TreeListing extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Predicate<Path> keepFile;
    private final Predicate<Path> keepDirectory;
    private final List<Found> found = new ArrayList<>();

    /** A listed entry; {@code identity} tells two names of one file apart from two files, null for a failure. */
    private record Found(InputFile file, Object identity) {
    }

    private TreeListing(Path root, Predicate<Path> keepFile, Predicate<Path> keepDirectory) {
        this.root = root;
        this.keepFile = keepFile;
        this.keepDirectory = keepDirectory;
    }

    /**
     * Adds to {@code out} the files under {@code root} that {@code keepFile} accepts, in sorted
     * order, skipping files {@code seen} holds (their identities) and adding the rest to it.
     * Directories {@code keepDirectory} rejects are neither entered nor reported.
     *
     * @return how many entries the walk found, counting those already seen
     */
    static int list(FileWalker walker, Path root, Predicate<Path> keepFile, Predicate<Path> keepDirectory,
                     Set<Object> seen, List<InputFile> out) {
        TreeListing listing = new TreeListing(root, keepFile, keepDirectory);
        try {
            walker.walk(root, listing);
        } catch (IOException e) {
            // the visitor never throws; a walker that does still costs one rejection, not the run
            listing.unlistable(root, e);
        }
        listing.found.sort(Comparator.comparing(f -> f.file().path()));
        for (Found f : listing.found) {
            if (f.identity() == null || seen.add(f.identity())) {
                out.add(f.file());
            }
        }
        return listing.found.size();
    }

    /** What makes two paths the same file: the file system's key (device and inode), else the absolute path. */
    static Object identity(Path file, BasicFileAttributes attrs) {
        return attrs.fileKey() != null ? attrs.fileKey() : file.toAbsolutePath().normalize();
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return dir.equals(root) || !hidden(dir) && keepDirectory.test(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (hidden(file) || !keepFile.test(file)) {
            return FileVisitResult.CONTINUE;
        }
        if (attrs.isRegularFile()) {
            found.add(new Found(InputFile.of(file), identity(file, attrs)));
        } else if (attrs.isSymbolicLink()) {
            // following links, the walk hands over the link itself only when its target cannot be read
            found.add(new Found(InputFile.unreadable(file, brokenLink(file)), null));
        } else if (attrs.isOther()) {
            found.add(new Found(InputFile.unreadable(file, "not a regular file (a pipe, socket or device); not opened"), null));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException exc) {
        if (exc instanceof FileSystemLoopException || !file.equals(root) && hidden(file)) {
            return FileVisitResult.CONTINUE;
        }
        boolean directory = Files.isDirectory(file);
        if (directory ? file.equals(root) || keepDirectory.test(file) : keepFile.test(file)) {
            if (directory) {
                unlistable(file, exc);
            } else {
                found.add(new Found(InputFile.unreadable(file, "cannot read " + file + ": " + IoErrors.describe(exc)), null));
            }
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        if (exc != null) {
            found.add(new Found(InputFile.unreadable(dir, "the listing of the directory " + dir + " failed part-way: "
                    + IoErrors.describe(exc) + "; some of its files may not have been read"), null));
        }
        return FileVisitResult.CONTINUE;
    }

    private void unlistable(Path dir, IOException exc) {
        found.add(new Found(InputFile.unreadable(dir, "cannot list the directory " + dir + ": " + IoErrors.describe(exc)
                + "; none of its files were read"), null));
    }

    /** Hidden: a name starting with a dot, like {@code .git} or an editor's {@code .swp} file. */
    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String brokenLink(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            return Files.notExists(link) ? "broken symbolic link to " + target
                    : "symbolic link to " + target + ", which cannot be read";
        } catch (IOException e) {
            return "symbolic link that cannot be read: " + IoErrors.describe(e);
        }
    }
}
