package org.dossier.corpora;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.ingest.BoundedReader;
import org.dossier.ingest.Gzip;
import org.dossier.ingest.Limits;
import org.dossier.model.RawPage;

/**
 * A benchmark directory in the Zyte layout: {@code ground-truth.json} ({@code {id: {articleBody,
 * url}}}) beside each page as {@code html/<id>.html.gz}, {@code html/<id>.html} or
 * {@code text/<id>.txt}. The truth is read when the directory is opened; the pages when asked for,
 * gunzipped and capped at {@link Limits#DEFAULT}'s page size. Everything comes in id order.
 */
public final class ZyteLayout {
    /** The truth file's name. */
    public static final String TRUTH = "ground-truth.json";

    /**
     * One page's truth.
     *
     * @param id          the page's id, the name of its file without the extension
     * @param articleBody the true body, lines separated by {@code "\n"}; empty when the truth gives none
     * @param url         the page's URL, when the truth gives one
     */
    public record Truth(String id, String articleBody, Optional<String> url) {
        public Truth {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("a page id must not be blank, got " + id);
            }
            Objects.requireNonNull(articleBody, "articleBody of " + id);
            Objects.requireNonNull(url, "url of " + id);
        }
    }

    /**
     * One page with its truth.
     *
     * @param truth the page's truth
     * @param page  the page's bytes (gunzipped), its file as source and its URL
     */
    public record Page(Truth truth, RawPage page) {
        public Page {
            Objects.requireNonNull(truth, "truth");
            Objects.requireNonNull(page, "page of " + truth.id());
        }

        public String id() {
            return truth.id();
        }
    }

    private final Path dir;
    private final List<Truth> truth;

    private ZyteLayout(Path dir, List<Truth> truth) {
        this.dir = dir;
        this.truth = List.copyOf(truth);
    }

    /** The benchmark in {@code dir}; throws naming the directory when it has no truth file. */
    public static ZyteLayout open(Path dir) throws IOException {
        return find(dir).orElseThrow(() -> new IOException(dir + " is not a benchmark in the Zyte layout: it has no " + TRUTH));
    }

    /** The benchmark in {@code dir}, or empty when it has no truth file; throws when the truth file is unreadable. */
    public static Optional<ZyteLayout> find(Path dir) throws IOException {
        Path file = dir.resolve(TRUTH);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not the Zyte ground truth JSON: " + e.getMessage(), e);
        }
        Map<String, Truth> byId = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode url = e.getValue().get("url");
            byId.put(e.getKey(), new Truth(e.getKey(), e.getValue().path("articleBody").asText(""),
                    url == null || url.isNull() ? Optional.empty() : Optional.of(url.asText())));
        }
        return Optional.of(new ZyteLayout(dir, new ArrayList<>(byId.values())));
    }

    public Path dir() {
        return dir;
    }

    /** Every page's truth, in id order. */
    public List<Truth> truth() {
        return truth;
    }

    /**
     * Every page with its truth, in id order, read from disk now.
     *
     * @throws IOException naming the id whose page file is missing, or the file that is over the cap
     */
    public List<Page> pages() throws IOException {
        List<Page> out = new ArrayList<>(truth.size());
        for (Truth t : truth) {
            Path file = pageFile(t.id()).orElseThrow(() -> new IOException(dir + ": no page file for truth id " + t.id()
                    + " (looked for html/" + t.id() + ".html.gz, html/" + t.id() + ".html and text/" + t.id() + ".txt)"));
            byte[] bytes;
            try (InputStream in = Gzip.maybeInflate(new BufferedInputStream(Files.newInputStream(file)))) {
                bytes = BoundedReader.readAtMost(in, Limits.DEFAULT.maxPageBytes())
                        .orElseThrow(() -> new IOException(file + " is over the page size cap"));
            }
            out.add(new Page(t, new RawPage(file.toString(), bytes, t.url(), Optional.empty(), Optional.empty())));
        }
        return out;
    }

    private Optional<Path> pageFile(String id) {
        for (Path p : List.of(dir.resolve("html").resolve(id + ".html.gz"), dir.resolve("html").resolve(id + ".html"),
                dir.resolve("text").resolve(id + ".txt"))) {
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
