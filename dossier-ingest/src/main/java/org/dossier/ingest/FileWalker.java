package org.dossier.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

/**
 * Walks a file tree, reporting to a visitor: {@link Files#walkFileTree} following symbolic links in
 * production. A seam for tests, which run as root (whom permission bits do not stop) and inject the
 * listing failures a user meets.
 */
@FunctionalInterface
interface FileWalker {
    /** The real walk: links are followed, a link back to an ancestor is a {@code FileSystemLoopException}. */
    FileWalker FOLLOWING_LINKS = (start, visitor) ->
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, visitor);

    void walk(Path start, FileVisitor<? super Path> visitor) throws IOException;
}
