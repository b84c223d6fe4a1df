package org.dossier.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a server spools uploads: one directory per server, {@code dossier-upload-PID-RANDOM} under
 * the temporary directory, holding Jetty's multipart files and one subdirectory per upload (removed
 * when the upload is answered, whatever the answer). The server holds an OS lock on the directory's
 * {@code .lock} file while it runs, which the OS drops if the process dies.
 *
 * <p>A server killed mid-upload cannot clean up, so every server, when it opens its own directory,
 * first removes the ones no live process owns: their lock can be taken (or, for one that died
 * before it made the lock file, the process of its PID is gone). Directories of this process, and
 * of any process still holding its lock, are never touched; nor are names of another pattern.
 */
public final class UploadDirs implements AutoCloseable {
    static final String PREFIX = "dossier-upload-";
    static final String LOCK = ".lock";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.+");
    private static final Logger LOG = LoggerFactory.getLogger(UploadDirs.class);

    private final Path root;
    private final FileChannel channel;
    private final FileLock lock;
    private final AtomicLong uploads = new AtomicLong();

    private UploadDirs(Path root, FileChannel channel, FileLock lock) {
        this.root = root;
        this.channel = channel;
        this.lock = lock;
    }

    /** Removes stale directories under {@code parent}, then makes and locks this server's. */
    public static UploadDirs open(Path parent) {
        try {
            Files.createDirectories(parent);
            for (Path stale : sweep(parent)) {
                LOG.info("removed {}, left by a server that is gone", stale);
            }
            Path root = Files.createTempDirectory(parent, PREFIX + ProcessHandle.current().pid() + "-");
            FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new UploadDirs(root, channel, channel.lock());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a directory for uploads under " + parent + ": " + e.getMessage(), e);
        }
    }

    /** This server's directory (Jetty spools multipart files here). */
    public Path root() {
        return root;
    }

    /** A new, empty directory for one upload. */
    public Path newUpload() throws IOException {
        return Files.createDirectory(root.resolve("upload-" + uploads.incrementAndGet()));
    }

    /** Removes an upload's directory and everything in it; a failure is logged, not thrown. */
    public void delete(Path upload) {
        try {
            deleteTree(upload);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot remove {} ({}); the next server start removes it", upload, e.getMessage());
        }
    }

    /**
     * The directories under {@code parent} that a server which is gone left behind, removed.
     * Package-private for the tests.
     */
    static List<Path> sweep(Path parent) throws IOException {
        List<Path> removed = new ArrayList<>();
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(parent, PREFIX + "*")) {
            for (Path dir : all) {
                Matcher m = NAME.matcher(dir.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(dir) || Long.parseLong(m.group(1)) == self) {
                    // another program's name, or this process's: a lock it holds cannot be tested from here
                    continue;
                }
                if (stale(dir, Long.parseLong(m.group(1)))) {
                    try {
                        deleteTree(dir);
                        removed.add(dir);
                    } catch (IOException | UncheckedIOException e) {
                        LOG.warn("cannot remove stale upload directory {}: {}", dir, e.getMessage());
                    }
                }
            }
        }
        return removed;
    }

    private static boolean stale(Path dir, long pid) throws IOException {
        Path lockFile = dir.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            // died between making the directory and the lock file, or is just doing so
            return ProcessHandle.of(pid).isEmpty();
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock held = ch.tryLock();
            if (held == null) {
                return false;
            }
            held.release();
            return true;
        } catch (OverlappingFileLockException | NoSuchFileException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Removes this server's directory with whatever is left in it, and drops the lock. */
    @Override
    public void close() {
        try (Stream<Path> all = Files.list(root)) {
            for (Path p : all.toList()) {
                if (!p.getFileName().toString().equals(LOCK)) {
                    delete(p);
                }
            }
            lock.release();
            channel.close();
            Files.deleteIfExists(root.resolve(LOCK));
            Files.deleteIfExists(root);
        } catch (IOException e) {
            LOG.warn("cannot remove {} ({}); the next server start removes it", root, e.getMessage());
        }
    }
}
