package org.dossier.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.corpora.ZyteLayout;
import org.dossier.ingest.InputResolver;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.dossier.model.RawPage;

/**
 * The pages a benchmark runs over, read into memory first so that disk and gzip stay out of the
 * timings.
 *
 * @param source what was loaded
 * @param pages  the pages, in a fixed order
 * @param bytes  their total size in bytes, after gunzipping
 */
public record BenchPages(String source, List<RawPage> pages, long bytes) {

    public BenchPages {
        Objects.requireNonNull(source, "source");
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no pages to benchmark in " + source);
        }
    }

    /**
     * Loads {@code dir}: a benchmark in the {@link ZyteLayout} (its pages, with their URLs, in id
     * order; not its truth), or else every readable page below it, as {@code dossier analyze}
     * would read them.
     */
    public static BenchPages load(Path dir) throws IOException {
        List<RawPage> pages = new ArrayList<>();
        Optional<ZyteLayout> zyte = ZyteLayout.find(dir);
        if (zyte.isPresent()) {
            zyte.get().pages().forEach(p -> pages.add(p.page()));
        } else {
            PageReader reader = new PageReader(Limits.DEFAULT);
            for (var file : new InputResolver().resolve(List.of(dir.toString())).files()) {
                try (var items = reader.read(file)) {
                    items.forEach(item -> {
                        if (item instanceof ReadResult.Page p) {
                            pages.add(p.page());
                        }
                    });
                }
            }
        }
        if (pages.isEmpty()) {
            throw new IOException("no readable pages in " + dir);
        }
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        return new BenchPages(dir.toString(), pages, bytes);
    }

    public double megabytes() {
        return bytes / 1e6;
    }
}
