package org.dossier.store.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Properties;

/**
 * Who holds a store's write lock: Lucene's lock file says nothing, so the writer leaves this note
 * beside the index when it takes the lock and removes it when it lets go, and a writer refused the
 * lock reads it to say who is writing. A note whose process is gone (it was killed) is ignored.
 */
final class WriterNote {
    private static final int MAX_COMMAND = 200;

    private WriterNote() {
    }

    /** Writes the note of this process (pid, time, command line) into {@code file}, atomically. */
    static void write(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("since", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        p.setProperty("command", command());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "the process writing this store; removed when it stops writing");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** "pid 4242, running 'dossier.jar analyze ...' since 2026-11-24T10:00:00Z", when a live process left the note. */
    static Optional<String> read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            long pid = Long.parseLong(p.getProperty("pid", "-1"));
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of("pid " + pid + ", running '" + p.getProperty("command", "?") + "' since "
                        + p.getProperty("since", "?"));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // no note, or a torn one: the refusal just cannot say who
            return Optional.empty();
        }
    }

    /** The Java command as launched, e.g. {@code dossier.jar analyze pages --store /data/s}. */
    private static String command() {
        String c = System.getProperty("sun.java.command");
        if (c == null || c.isBlank()) {
            c = ProcessHandle.current().info().commandLine().orElse("unknown command");
        }
        c = c.replaceAll("\\s+", " ").strip();
        int space = c.indexOf(' ');
        String launched = space < 0 ? c : c.substring(0, space);
        // the jar or main class as its file name, then the arguments
        String shortName = launched.substring(launched.lastIndexOf('/') + 1);
        c = shortName + (space < 0 ? "" : c.substring(space));
        return c.length() > MAX_COMMAND ? c.substring(0, MAX_COMMAND) + "…" : c;
    }
}
