package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links and other entries that are not plain files, in a directory named as input: links
 * are followed, a file is read once however many names reach it, and what cannot be read is one
 * {@code unreadable} rejection, never an entry that silently vanishes.
 */
class InputLinksTest {
    @TempDir
    Path tmp;

    private final InputResolver resolver = new InputResolver();
    private final PageReader reader = new PageReader(Limits.DEFAULT, List.of());

    private List<String> sources(String... args) {
        return resolver.resolve(List.of(args)).files().stream().map(InputFile::source).toList();
    }

    private Rejection rejectionOf(InputFile file) {
        List<ReadResult> read = reader.read(file).toList();
        assertEquals(1, read.size(), read.toString());
        return assertInstanceOf(ReadResult.Failed.class, read.getFirst()).rejection();
    }

    private Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "The ferry to the islands runs again from Monday, the harbour board said.\n");
    }

    @Test
    void aSymbolicLinkToAFileOutsideTheDirectoryIsReadUnderTheLinksName() throws IOException {
        Path outside = write(tmp.resolve("elsewhere/story.txt"));
        Path news = Files.createDirectories(tmp.resolve("news"));
        Files.createSymbolicLink(news.resolve("linked.txt"), outside);
        assertEquals(List.of(news.resolve("linked.txt").toString()), sources(news.toString()));
    }

    @Test
    void aSymbolicLinkToADirectoryIsFollowedIntoIt() throws IOException {
        write(tmp.resolve("archive/2024/ferry.txt"));
        Path news = Files.createDirectories(tmp.resolve("news"));
        Files.createSymbolicLink(news.resolve("2024"), tmp.resolve("archive/2024"));
        assertEquals(List.of(news.resolve("2024/ferry.txt").toString()), sources(news.toString()));
    }

    @Test
    void aBrokenSymbolicLinkIsOneUnreadableRejectionNamingItsTarget() throws IOException {
        Path news = Files.createDirectories(tmp.resolve("news"));
        write(news.resolve("kept.txt"));
        Path link = Files.createSymbolicLink(news.resolve("gone.txt"), tmp.resolve("deleted/story.txt"));
        List<InputFile> files = resolver.resolve(List.of(news.toString())).files();
        assertEquals(List.of(link.toString(), news.resolve("kept.txt").toString()), files.stream().map(InputFile::source).toList());
        Rejection r = rejectionOf(files.getFirst());
        assertEquals("unreadable", r.code());
        assertEquals(link.toString(), r.source());
        assertEquals("broken symbolic link to " + tmp.resolve("deleted/story.txt"), r.message());
    }

    @Test
    void aBrokenSymbolicLinkNamedOnTheCommandLineIsUnreadableRatherThanMissing() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("gone.txt"), Path.of("nowhere.txt"));
        InputResolver.Resolved resolved = resolver.resolve(List.of(link.toString()));
        assertEquals(List.of(), resolved.missing());
        assertEquals("broken symbolic link to nowhere.txt", rejectionOf(resolved.files().getFirst()).message());
    }

    @Test
    void aLinkBackToAnAncestorDoesNotLoopAndEveryFileIsListedOnce() throws IOException {
        Path news = Files.createDirectories(tmp.resolve("news"));
        write(news.resolve("a.txt"));
        write(news.resolve("sub/b.txt"));
        Files.createSymbolicLink(news.resolve("sub/up"), news);
        assertEquals(List.of(news.resolve("a.txt").toString(), news.resolve("sub/b.txt").toString()), sources(news.toString()));
    }

    @Test
    void aFileReachedByTwoNamesIsReadOnceUnderTheFirstNameInSortedOrder() throws IOException {
        Path news = Files.createDirectories(tmp.resolve("news"));
        Path story = write(news.resolve("b-story.txt"));
        Files.createSymbolicLink(news.resolve("a-latest.txt"), story);
        assertEquals(List.of(news.resolve("a-latest.txt").toString()), sources(news.toString()));
        assertEquals(List.of(story.toString()), sources(story.toString(), news.toString()),
                "a directory does not list again a file named before it");
    }

    @Test
    void aNamedPipeInADirectoryIsRejectedWithoutBeingOpened() throws IOException, InterruptedException {
        Path news = Files.createDirectories(tmp.resolve("news"));
        Path fifo = news.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        List<InputFile> files = resolver.resolve(List.of(news.toString())).files();
        assertEquals(1, files.size(), files.toString());
        Rejection r = rejectionOf(files.getFirst());
        assertEquals("unreadable", r.code());
        assertTrue(r.message().startsWith("not a regular file"), r.message());
    }
}
