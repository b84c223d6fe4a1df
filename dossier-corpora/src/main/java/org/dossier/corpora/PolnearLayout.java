package org.dossier.corpora;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A corpus in the PolNeAR layout: {@code metadata.tsv} (one row per article: compartment, file
 * name, level, annotators, publisher, publication date, author, title, ...) beside its splits, each
 * a {@link PolnearSplit} directory ({@code train/}, {@code dev/}). Reads the metadata when opened.
 */
public final class PolnearLayout {
    /** The metadata file's name. */
    public static final String METADATA = "metadata.tsv";
    private static final int FIELDS = 8;

    /**
     * One article's row of {@code metadata.tsv}.
     *
     * @param name        the article's file name without {@code .txt}
     * @param compartment the split or set it belongs to ({@code train}, {@code dev}, {@code test}, ...)
     * @param publisher   the outlet, as in the file name ({@code breitbart}, {@code nytimes}, ...)
     * @param published   the publication date, when the row gives one as YYYY-MM-DD
     * @param author      the byline as given ({@code None} when there is none)
     * @param title       the headline as given
     */
    public record Metadata(String name, String compartment, String publisher, Optional<LocalDate> published, String author,
                           String title) {
        public Metadata {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a metadata row's name must not be blank, got " + name);
            }
            Objects.requireNonNull(compartment, "compartment of " + name);
            Objects.requireNonNull(publisher, "publisher of " + name);
            Objects.requireNonNull(published, "published of " + name);
            Objects.requireNonNull(author, "author of " + name);
            Objects.requireNonNull(title, "title of " + name);
        }
    }

    private final Path root;
    private final Map<String, Metadata> metadata;

    private PolnearLayout(Path root, Map<String, Metadata> metadata) {
        this.root = root;
        this.metadata = Map.copyOf(metadata);
    }

    /**
     * The corpus in {@code root}.
     *
     * @throws IOException naming the directory when it has no metadata file, or the file and line of a short row
     */
    public static PolnearLayout open(Path root) throws IOException {
        Path file = root.resolve(METADATA);
        if (!Files.isRegularFile(file)) {
            throw new IOException(root + " is not a corpus in the PolNeAR layout: it has no " + METADATA);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Metadata> rows = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || i == 0 && line.startsWith("compartment\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < FIELDS) {
                throw new IOException(file + ":" + (i + 1) + ": " + f.length + " fields, expected at least " + FIELDS);
            }
            Optional<LocalDate> date = f[5].matches("\\d{4}-\\d\\d-\\d\\d") ? Optional.of(LocalDate.parse(f[5])) : Optional.empty();
            rows.put(f[1], new Metadata(f[1], f[0], f[4], date, f[6], f[7]));
        }
        return new PolnearLayout(root, rows);
    }

    public Path root() {
        return root;
    }

    /** The metadata row of the article called {@code name}, when {@code metadata.tsv} has one. */
    public Optional<Metadata> metadata(String name) {
        return Optional.ofNullable(metadata.get(name));
    }

    /** The split called {@code name} ({@code train}, {@code dev}). */
    public PolnearSplit split(String name) throws IOException {
        return PolnearSplit.open(root.resolve(name));
    }

    /** Every split: the directories beside {@code metadata.tsv} that hold a {@code text/}, in name order. */
    public List<PolnearSplit> splits() throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            List<Path> found = dirs.filter(d -> Files.isDirectory(d.resolve("text"))).sorted().toList();
            List<PolnearSplit> out = new ArrayList<>();
            for (Path d : found) {
                out.add(PolnearSplit.open(d));
            }
            return out;
        }
    }
}
