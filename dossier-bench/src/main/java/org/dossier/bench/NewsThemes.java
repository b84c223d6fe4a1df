package org.dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.corpora.Corpora;
import org.dossier.corpora.PolnearLayout;
import org.dossier.corpora.ZyteLayout;
import org.dossier.model.Article;

/**
 * The real articles {@link SyntheticNews} rewrites for the reuse benchmark, as lists of
 * paragraphs: the Zyte benchmark's true bodies and PolNeAR's train and dev texts (title left out),
 * under the shared directory, as {@link Corpora} reads them.
 */
public final class NewsThemes {
    private NewsThemes() {
    }

    /**
     * @throws IOException naming the file that is missing or unreadable
     */
    public static List<List<String>> load(Path shared) throws IOException {
        Path polnear = Corpora.polnearDir(shared);
        for (Path p : List.of(Corpora.zyteDir(shared).resolve(ZyteLayout.TRUTH), polnear.resolve(PolnearLayout.METADATA),
                polnear.resolve("train/text"), polnear.resolve("dev/text"))) {
            if (!Files.exists(p)) {
                throw new IOException(p + " is missing: the reuse benchmark rewrites the Zyte and PolNeAR benchmark corpora"
                        + " (give the directory holding bench/ with --corpora)");
            }
        }
        List<Article> articles = new ArrayList<>();
        try {
            articles.addAll(Corpora.zyte(shared));
            articles.addAll(Corpora.polnear(shared, "train"));
            articles.addAll(Corpora.polnear(shared, "dev"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return articles.stream().map(Article::paragraphTexts).toList();
    }
}
