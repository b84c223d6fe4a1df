package org.dossier.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a run's errors as TSV, one line each: document, sentence, kind ({@code miss}: a gold entity
 * not predicted exactly; {@code false}: a prediction that is no gold entity), type, the entity's words
 * and its sentence, for reading what a change did.
 */
public final class NerErrors {
    private NerErrors() {
    }

    public static void write(Path file, List<ConllCorpus.Doc> docs, List<List<NerChunk>> predictions) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("doc\tsentence\tkind\ttype\tentity\tsentence text\n");
            for (int i = 0; i < docs.size(); i++) {
                ConllCorpus.Doc doc = docs.get(i);
                Set<NerChunk> gold = new HashSet<>(doc.chunks());
                Set<NerChunk> predicted = new HashSet<>(predictions.get(i));
                for (NerChunk g : doc.chunks()) {
                    if (!predicted.contains(g)) {
                        line(w, doc, g, "miss");
                    }
                }
                for (NerChunk p : predictions.get(i)) {
                    if (!gold.contains(p)) {
                        line(w, doc, p, "false");
                    }
                }
            }
        }
    }

    private static void line(Writer w, ConllCorpus.Doc doc, NerChunk c, String kind) throws IOException {
        List<String> words = doc.sentences().get(c.sentence()).words();
        w.write(doc.index() + "\t" + c.sentence() + "\t" + kind + "\t" + c.type() + "\t"
                + String.join(" ", words.subList(c.first(), c.end())) + "\t" + String.join(" ", words) + "\n");
    }
}
