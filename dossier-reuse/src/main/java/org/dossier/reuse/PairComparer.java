package org.dossier.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.fingerprint.WordSpans;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.Reuse;

/**
 * Aligns one candidate pair and names its relation: shared passages, paraphrased sentences when both
 * sides are embedded, the kind of reuse and which side is the source. A pure function of the two
 * articles (and their embeddings), so pairs can be aligned anywhere, in any order, in parallel.
 */
public final class PairComparer {
    private final ReuseConfig config;

    public PairComparer(ReuseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** One side of a pair: the article and, for paraphrases, its sentence embeddings. */
    public record Side(Article article, Optional<SentenceEmbeddings> embeddings) {
        public Side {
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(embeddings, "embeddings");
        }
    }

    /**
     * The reuse between {@code older} (added first) and {@code newer}, when there is any.
     *
     * @param newerWords {@code WordSpans.of(newer.article().body())}, which a caller aligning one article
     *                   with many earlier ones computes once
     */
    public Optional<Reuse> compare(Side older, Side newer, WordSpans newerWords) {
        String bodyA = older.article().body();
        String bodyB = newer.article().body();
        WordSpans oldWords = WordSpans.of(bodyA);
        List<Passage> passages = config.aligner().align(bodyA, oldWords, bodyB, newerWords);
        List<Passage> paraphrases = older.embeddings().isPresent() && newer.embeddings().isPresent()
                ? config.paraphrases().align(bodyA, older.embeddings().get(), bodyB, newer.embeddings().get(), passages)
                : List.of();
        var verdict = config.classifier().classify(passages, paraphrases, oldWords.size(), newerWords.size());
        if (verdict.isEmpty()) {
            return Optional.empty();
        }
        double sharedA = 0;
        double sharedB = 0;
        for (Passage p : passages) {
            sharedA += oldWords.wordAt(p.a().end() - 1) - oldWords.wordAt(p.a().start()) + 1;
            sharedB += newerWords.wordAt(p.b().end() - 1) - newerWords.wordAt(p.b().start()) + 1;
        }
        sharedA /= Math.max(1, oldWords.size());
        sharedB /= Math.max(1, newerWords.size());
        Article a = older.article();
        Article b = newer.article();
        Provenance.Order order = config.provenance().order(a.metadata().published(), b.metadata().published(),
                a.id(), b.id(), sharedA, sharedB);
        List<Passage> all = new ArrayList<>(passages);
        all.addAll(paraphrases);
        all.sort(Comparator.comparingInt((Passage p) -> p.b().start()));
        if (order.firstIsSource()) {
            return Optional.of(new Reuse(a.id(), b.id(), verdict.get().kind(), all, verdict.get().score(), order.direction()));
        }
        List<Passage> swapped = new ArrayList<>(all.stream().map(Passage::swapped).toList());
        swapped.sort(Comparator.comparingInt((Passage p) -> p.b().start()));
        return Optional.of(new Reuse(b.id(), a.id(), verdict.get().kind(), swapped, verdict.get().score(), order.direction()));
    }

    /** {@link #compare(Side, Side, WordSpans)}, the newer side's words counted here. */
    public Optional<Reuse> compare(Side older, Side newer) {
        return compare(older, newer, WordSpans.of(newer.article().body()));
    }
}
