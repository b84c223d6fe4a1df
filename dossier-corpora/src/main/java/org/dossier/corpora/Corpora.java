package org.dossier.corpora;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Extraction;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.RawPage;
import org.dossier.model.Timestamp;

/** Loads the corpora under {@code ../shared}: the sample scrapes, the Zyte bodies and PolNeAR articles. */
public final class Corpora {

    private Corpora() {
    }

    /** The shared directory, or empty when this checkout has none beside it. */
    public static Optional<Path> shared() {
        String dir = System.getProperty("dossier.shared", "../../shared");
        Path p = Path.of(dir);
        return Files.isDirectory(p.resolve("corpus")) ? Optional.of(p) : Optional.empty();
    }

    /** The sample scrapes, extracted the way {@code dossier analyze} does, by file name. */
    public static Map<String, Article> samples(Path shared) {
        Map<String, Article> out = new java.util.TreeMap<>();
        PageExtractor extractor = new PageExtractor();
        try (Stream<Path> files = Files.list(shared.resolve("corpus/seeds"))) {
            for (Path f : files.sorted().toList()) {
                Extraction x = extractor.extract(RawPage.of(f.toString(), Files.readAllBytes(f)));
                if (x instanceof Extraction.Found found) {
                    out.put(f.getFileName().toString(), found.article());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The Zyte benchmark's true bodies as undated, untitled articles: clean text, no extractor in between. */
    public static List<Article> zyte(Path shared) {
        List<Article> out = new ArrayList<>();
        try {
            JsonNode truth = new ObjectMapper().readTree(shared.resolve("bench/extraction-zyte/ground-truth.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
                var e = it.next();
                List<Paragraph> paragraphs = paragraphs(e.getValue().path("articleBody").asText(""), "\n");
                if (!paragraphs.isEmpty()) {
                    out.add(Article.of(Ids.of("zyte", e.getKey()), "zyte/" + e.getKey(), ArticleMetadata.EMPTY, paragraphs, List.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** PolNeAR articles of one split ({@code dev} or {@code train}), titled and dated from metadata.tsv. */
    public static List<Article> polnear(Path shared, String split) {
        Path root = shared.resolve("bench/attribution-polnear");
        Map<String, String[]> meta = new HashMap<>();
        try {
            for (String line : Files.readAllLines(root.resolve("metadata.tsv"), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length > 7) {
                    meta.put(f[1], f);
                }
            }
            List<Article> out = new ArrayList<>();
            try (Stream<Path> files = Files.list(root.resolve(split).resolve("text"))) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    List<Paragraph> paragraphs = paragraphs(Files.readString(f, StandardCharsets.UTF_8), "\n");
                    if (paragraphs.size() < 2) {
                        continue;
                    }
                    String[] m = meta.get(name);
                    ArticleMetadata md = ArticleMetadata.EMPTY;
                    if (m != null && m[5].matches("\\d{4}-\\d\\d-\\d\\d")) {
                        md = md.withPublished(Optional.of(Timestamp.of(LocalDate.parse(m[5]))));
                    }
                    String title = paragraphs.get(0).text();
                    md = new ArticleMetadata(md.url(), md.outlet(), Optional.of(title), md.subtitle(), md.section(), md.authors(),
                            md.published(), md.language());
                    out.add(Article.of(Ids.of("polnear", name), "polnear/" + name, md, paragraphs.subList(1, paragraphs.size()),
                            List.of()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-blank lines (or blocks) of {@code text} as paragraphs. */
    public static List<Paragraph> paragraphs(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("\n\\s*\n", "\n")).map(Paragraph::new).toList();
    }
}
