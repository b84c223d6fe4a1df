package org.dossier.cluster;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.corpora.Corpora;

/**
 * Builds the shipped background table {@code document-frequencies.tsv.gz} from real news of the
 * benchmark corpora: {@code BuildDocumentFrequencies OUT SHARED_DIR SOURCE...}, each SOURCE one of
 * {@code polnear-train}, {@code polnear-dev}, {@code zyte}. Run by
 * {@code dossier-reuse/build-document-frequencies.sh}. The sample scrapes are never counted.
 */
public final class BuildDocumentFrequencies {
    private BuildDocumentFrequencies() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: BuildDocumentFrequencies OUT SHARED_DIR SOURCE... (polnear-train, polnear-dev, zyte)");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Path shared = Path.of(args[1]);
        List<Article> articles = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            articles.addAll(switch (args[i]) {
                case "polnear-train" -> Corpora.polnear(shared, "train");
                case "polnear-dev" -> Corpora.polnear(shared, "dev");
                case "zyte" -> Corpora.zyte(shared);
                default -> throw new IllegalArgumentException("unknown source " + args[i] + "; use polnear-train, polnear-dev or zyte");
            });
        }
        List<TermCounts> terms = articles.stream().map(a -> TermCounts.of(a.metadata().title().orElse(null), a.body())).toList();
        DocumentFrequencies df = DocumentFrequencies.count(terms);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            df.write(o);
        }
        System.out.printf("%s: %d documents, %d terms held by >= %d of them%n", out, df.documents(), df.counts().size(),
                DocumentFrequencies.MIN_STORED);
    }
}
