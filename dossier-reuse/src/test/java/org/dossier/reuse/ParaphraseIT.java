package org.dossier.reuse;

import org.dossier.nlp.Segmenting;
import org.dossier.nlp.NlpLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.embed.ArticleEmbedder;
import org.dossier.embed.MiniLmEmbedder;
import org.dossier.fingerprint.Fingerprinter;
import org.dossier.model.Article;
import org.dossier.model.Direction;
import org.dossier.model.Passage;
import org.dossier.model.Reuse;
import org.dossier.model.ReuseKind;
import org.dossier.corpora.Texts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ParaphraseIT {
    private static MiniLmEmbedder model;
    private static ArticleEmbedder embedder;
    private final Fingerprinter fingerprinter = new Fingerprinter();

    @BeforeAll
    static void load() {
        model = new MiniLmEmbedder(2);
        embedder = new ArticleEmbedder(model, 40, 5);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    /** Adds the articles in order, each compared with all earlier ones as if they were one story. */
    private List<Reuse> detect(Article... articles) {
        ReuseDetector detector = new ReuseDetector(ReuseConfig.DEFAULT);
        List<Reuse> all = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        for (Article a : articles) {
            all.addAll(detector.add(a, fingerprinter.of(a), Optional.of(embedder.embed(new Segmenting(NlpLimits.DEFAULT).analyse(a))), earlier));
            earlier.add(a.id());
        }
        return all;
    }

    @Test
    void aRewordedAccountIsAParaphraseWithItsSentencesPaired() {
        Article source = Texts.article("source", Texts.FLOOD, "2025-10-12T08:00:00Z");
        Article reworded = Texts.article("reworded", Texts.FLOOD_REWORDED, "2025-10-12T09:00:00Z");
        List<Reuse> found = detect(source, reworded);
        assertEquals(1, found.size());
        Reuse r = found.get(0);
        assertEquals(ReuseKind.PARAPHRASE, r.kind());
        assertEquals(source.id(), r.a());
        assertEquals(Direction.PUBLISHED, r.direction());
        long paraphrased = r.passages().stream().filter(p -> p.verbatim() < 1).count();
        assertTrue(paraphrased >= 3, "paired sentences: " + r.passages());
        for (Passage p : r.passages()) {
            assertTrue(p.a().end() <= source.body().length() && p.b().end() <= reworded.body().length());
        }
    }

    @Test
    void unrelatedNewsSharingACountryNameIsNotAParaphrase() {
        assertEquals(List.of(), detect(Texts.article("flood", Texts.FLOOD), Texts.article("match", Texts.FOOTBALL)));
    }
}
