package org.dossier.corpora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.dossier.model.RawPage;

/**
 * The sample scrapes under {@code corpus/seeds} of the shared directory, as pages the way
 * {@code dossier analyze} reads a file: its bytes and its path, nothing else known. The gold
 * stories of the samples are in {@link #gold}.
 */
public final class Samples {
    private Samples() {
    }

    /**
     * One sample scrape.
     *
     * @param name the file name, e.g. {@code 000_4abd5bae5a7688ba.txt}
     * @param page the file's bytes, its path as source
     */
    public record Sample(String name, RawPage page) {
        public Sample {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a sample's name must not be blank, got " + name);
            }
            Objects.requireNonNull(page, "page of " + name);
        }
    }

    /** The directory of the sample scrapes under {@code shared}. */
    public static Path dir(Path shared) {
        return shared.resolve("corpus/seeds");
    }

    /** The gold file of the samples: which of them tell one story. */
    public static Path gold(Path shared) {
        return shared.resolve("corpus/seeds.gold.json");
    }

    /** Every sample scrape, read now, in file-name order. */
    public static List<Sample> read(Path shared) throws IOException {
        List<Sample> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir(shared))) {
            for (Path f : files.sorted().toList()) {
                out.add(new Sample(f.getFileName().toString(), RawPage.of(f.toString(), Files.readAllBytes(f))));
            }
        }
        return out;
    }
}
