package org.dossier.corpora;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.extract.PageExtractor;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Extraction;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.Timestamp;

/**
 * The corpora under {@code ../shared} as articles, for tests: the sample scrapes ({@link Samples}),
 * the Zyte benchmark's true bodies ({@link ZyteLayout}) and PolNeAR articles ({@link PolnearLayout}).
 * Files are read by those loaders; this class only makes articles of what they read. I/O failures
 * are unchecked here: a test that cannot read its corpus fails.
 */
public final class Corpora {
    private static final String ZYTE = "bench/extraction-zyte";
    private static final String POLNEAR = "bench/attribution-polnear";

    private Corpora() {
    }

    /** The shared directory, or empty when this checkout has none beside it. */
    public static Optional<Path> shared() {
        String dir = System.getProperty("dossier.shared", "../../shared");
        Path p = Path.of(dir);
        return Files.isDirectory(p.resolve("corpus")) ? Optional.of(p) : Optional.empty();
    }

    /** The Zyte HTML benchmark under {@code shared}. */
    public static Path zyteDir(Path shared) {
        return shared.resolve(ZYTE);
    }

    /** The PolNeAR corpus under {@code shared}. */
    public static Path polnearDir(Path shared) {
        return shared.resolve(POLNEAR);
    }

    /** The sample scrapes, extracted the way {@code dossier analyze} does, by file name. */
    public static Map<String, Article> samples(Path shared) {
        Map<String, Article> out = new TreeMap<>();
        PageExtractor extractor = new PageExtractor();
        try {
            for (Samples.Sample s : Samples.read(shared)) {
                if (extractor.extract(s.page()) instanceof Extraction.Found found) {
                    out.put(s.name(), found.article());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The Zyte benchmark's true bodies as undated, untitled articles, in id order: clean text, no
     * extractor in between. A body's lines are its paragraphs; a page with an empty body is left out.
     */
    public static List<Article> zyte(Path shared) {
        List<Article> out = new ArrayList<>();
        try {
            for (ZyteLayout.Truth t : ZyteLayout.open(zyteDir(shared)).truth()) {
                List<Paragraph> paragraphs = paragraphs(t.articleBody(), "\n");
                if (!paragraphs.isEmpty()) {
                    out.add(Article.of(Ids.of("zyte", t.id()), "zyte/" + t.id(), ArticleMetadata.EMPTY, paragraphs, List.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * PolNeAR articles of one split ({@code dev} or {@code train}), in name order: the text's first
     * line is the title, the other lines the paragraphs; dated from {@code metadata.tsv}. A text of
     * fewer than two lines is left out.
     */
    public static List<Article> polnear(Path shared, String split) {
        try {
            PolnearLayout layout = PolnearLayout.open(polnearDir(shared));
            List<Article> out = new ArrayList<>();
            for (PolnearSplit.Text text : layout.split(split).texts()) {
                List<Paragraph> paragraphs = paragraphs(text.text(), "\n");
                if (paragraphs.size() < 2) {
                    continue;
                }
                Optional<Timestamp> published = layout.metadata(text.name()).flatMap(PolnearLayout.Metadata::published)
                        .map(Timestamp::of);
                ArticleMetadata md = ArticleMetadata.EMPTY.withPublished(published);
                md = new ArticleMetadata(md.url(), md.outlet(), Optional.of(paragraphs.getFirst().text()), md.subtitle(), md.section(),
                        md.authors(), md.published(), md.language());
                out.add(Article.of(Ids.of("polnear", text.name()), "polnear/" + text.name(), md,
                        paragraphs.subList(1, paragraphs.size()), List.of()));
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
