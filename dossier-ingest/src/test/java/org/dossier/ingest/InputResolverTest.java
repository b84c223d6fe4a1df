package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.dossier.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expanding directories and globs when part of the tree cannot be listed. The tests run as root,
 * whom permission bits do not stop, so the failures are injected: the real file-tree walk runs, but
 * the named directory fails to open (or fails part-way through) exactly as the JDK reports it.
 */
class InputResolverTest {
    @TempDir
    Path tmp;

    private Path write(String name) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "The harbour board met on Monday.\n");
    }

    /** The real walk, except that opening {@code denied} fails as a directory without permission does. */
    private static FileWalker denying(Path denied, IOException failure) {
        return (start, visitor) -> FileWalker.FOLLOWING_LINKS.walk(start, new Forwarding(visitor) {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                // the JDK reports a directory it cannot open to visitFileFailed, in place of preVisitDirectory
                return dir.equals(denied) ? visitor.visitFileFailed(dir, failure) == FileVisitResult.TERMINATE
                        ? FileVisitResult.TERMINATE : FileVisitResult.SKIP_SUBTREE : visitor.preVisitDirectory(dir, attrs);
            }
        });
    }

    private static Rejection rejectionOf(InputFile file) {
        List<ReadResult> read = new PageReader(Limits.DEFAULT, List.of()).read(file).toList();
        assertEquals(1, read.size(), read.toString());
        return assertInstanceOf(ReadResult.Failed.class, read.getFirst()).rejection();
    }

    @Test
    void anUnreadableSubdirectoryIsOneUnreadableRejectionAndTheRestOfTheTreeIsRead() throws IOException {
        write("news/a.txt");
        write("news/locked/hidden-from-us.txt");
        write("news/z/b.txt");
        Path locked = tmp.resolve("news/locked");
        InputResolver resolver = new InputResolver(denying(locked, new AccessDeniedException(locked.toString())));
        List<InputFile> files = resolver.resolve(List.of(tmp.resolve("news").toString())).files();
        assertEquals(List.of(tmp.resolve("news/a.txt").toString(), locked.toString(), tmp.resolve("news/z/b.txt").toString()),
                files.stream().map(InputFile::source).toList());
        Rejection r = rejectionOf(files.get(1));
        assertEquals("unreadable", r.code());
        assertEquals(locked.toString(), r.source());
        assertEquals("cannot list the directory " + locked + ": permission denied; none of its files were read", r.message());
    }

    @Test
    void anUnreadableDirectoryNamedOnTheCommandLineIsOneRejectionNotAnAbortedRun() throws IOException {
        write("news/a.txt");
        Path news = tmp.resolve("news");
        InputResolver resolver = new InputResolver(denying(news, new AccessDeniedException(news.toString())));
        InputResolver.Resolved resolved = resolver.resolve(List.of(news.toString()));
        assertEquals(List.of(), resolved.missing());
        assertEquals(1, resolved.files().size());
        assertEquals("cannot list the directory " + news + ": permission denied; none of its files were read",
                rejectionOf(resolved.files().getFirst()).message());
    }

    @Test
    void anIoErrorPartWayThroughAListingKeepsTheFilesListedAndReportsTheDirectory() throws IOException {
        write("news/a.txt");
        write("news/b.txt");
        Path news = tmp.resolve("news");
        FileWalker failingAtTheEnd = (start, visitor) -> FileWalker.FOLLOWING_LINKS.walk(start, new Forwarding(visitor) {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                // what Files.walkFileTree passes on when the directory stream fails while iterating
                IOException failure = dir.equals(news) ? new FileSystemException(dir.toString(), null, "Input/output error") : exc;
                return visitor.postVisitDirectory(dir, failure);
            }
        });
        List<InputFile> files = new InputResolver(failingAtTheEnd).resolve(List.of(news.toString())).files();
        assertEquals(List.of(news.toString(), news.resolve("a.txt").toString(), news.resolve("b.txt").toString()),
                files.stream().map(InputFile::source).toList());
        assertEquals("the listing of the directory " + news + " failed part-way: Input/output error; some of its files may not have been read",
                rejectionOf(files.getFirst()).message());
    }

    @Test
    void aGlobReportsAnUnreadableDirectoryOnlyWhereItCouldHoldAMatch() throws IOException {
        write("news/a.html");
        write("news/deep/b.html");
        write("news/sub/c.html");
        Path deep = tmp.resolve("news/deep");
        InputResolver resolver = new InputResolver(denying(deep, new AccessDeniedException(deep.toString())));
        assertEquals(List.of(tmp.resolve("news/a.html").toString()),
                resolver.resolve(List.of(tmp.resolve("news/*.html").toString())).files().stream().map(InputFile::source).toList(),
                "news/*.html cannot match anything inside news/deep");
        assertEquals(List.of(deep.toString(), tmp.resolve("news/sub/c.html").toString()),
                resolver.resolve(List.of(tmp.resolve("news/*/*.html").toString())).files().stream().map(InputFile::source).toList());
    }

    @Test
    void hiddenFilesAndDirectoriesAreSkippedAndTheRestIsSorted() throws IOException {
        write("news/b.txt");
        write("news/a.txt");
        write("news/.cache/x.txt");
        write("news/.notes.txt");
        write("news/sub/c.txt");
        assertEquals(List.of("a.txt", "b.txt", "sub/c.txt"), new InputResolver().resolve(List.of(tmp.resolve("news").toString()))
                .files().stream().map(f -> tmp.resolve("news").relativize(f.path()).toString()).toList());
    }

    @Test
    void aDirectoryHandedStraightToTheReaderIsOneRejectionNotACrash() throws IOException {
        Path news = Files.createDirectories(tmp.resolve("news"));
        Rejection r = rejectionOf(InputFile.of(news));
        assertEquals("unreadable", r.code());
        assertEquals("a directory, not a file: " + news, r.message());
    }

    /** A visitor that forwards every call, for tests to override one. */
    private static class Forwarding implements FileVisitor<Path> {
        private final FileVisitor<? super Path> to;

        Forwarding(FileVisitor<? super Path> to) {
            this.to = to;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            return to.preVisitDirectory(dir, attrs);
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            return to.visitFile(file, attrs);
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
            return to.visitFileFailed(file, exc);
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            return to.postVisitDirectory(dir, exc);
        }
    }
}
