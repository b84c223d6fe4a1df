package org.dossier.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code run.json} in a dossier directory: whether the run that wrote it is {@code running},
 * {@code complete} or {@code failed}, its counts, and the files it did not write. A program reading
 * the directory checks it first: a run killed part-way leaves {@code running}, so its files are not
 * mistaken for a finished dossier.
 */
final class RunFile {
    static final String NAME = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunFile() {
    }

    static void running(Path dir) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("status", "running");
        write(dir, run);
    }

    static void finished(Path dir, long articles, long rejected, long duplicates, Optional<String> failure,
                         List<String> missing) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("status", failure.isPresent() ? "failed" : "complete");
        run.put("articles", articles);
        run.put("rejected", rejected);
        run.put("duplicates", duplicates);
        run.put("failure", failure.orElse(null));
        run.put("missing", missing);
        write(dir, run);
    }

    private static void write(Path dir, Map<String, Object> run) {
        Path file = dir.resolve(NAME);
        try {
            AtomicFiles.writeString(file, JSON.writeValueAsString(run) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
