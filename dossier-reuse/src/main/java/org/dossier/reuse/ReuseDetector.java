package org.dossier.reuse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.fingerprint.Fingerprint;
import org.dossier.fingerprint.MinHash;
import org.dossier.fingerprint.Words;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.Reuse;

/**
 * Finds text reuse incrementally: each article {@linkplain #add added} is compared with the earlier
 * articles that share a winnowed shingle or a MinHash LSH band with it (never with all of them), plus
 * any the caller names (the members of its story, where paraphrases hide). Holds the fingerprint index
 * and a reference to each article; not thread-safe (calls are serialised).
 */
public final class ReuseDetector {
    private final ReuseConfig config;
    private PostingIndex winnowed;
    private LshIndex lsh;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byId = new HashMap<>();
    private long pairsAligned;
    /** Entries below this number were {@linkplain #forgetAllBut forgotten}: their slots hold null. */
    private int forgotten;
    /** Entries below this number had their postings dropped when the indexes were last rebuilt. */
    private int indexedFrom;

    /** One indexed article. */
    private record Entry(Article article, Fingerprint fingerprint, Optional<SentenceEmbeddings> embeddings) {
    }

    public ReuseDetector(ReuseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.winnowed = new PostingIndex(config.postingCap());
        this.lsh = new LshIndex(32, 4, config.postingCap() * 16);
    }

    /** Puts {@code doc}'s fingerprint in the indexes. */
    private void index(int doc, Fingerprint fingerprint) {
        for (long h : fingerprint.winnowed()) {
            winnowed.add(h, doc);
        }
        lsh.add(fingerprint.minHash(), doc);
    }

    /**
     * Adds an article and returns its reuse relations with the articles added before it.
     *
     * @param fingerprint  its fingerprint, from {@link org.dossier.fingerprint.Fingerprinter}
     * @param embeddings   its sentence embeddings, for paraphrases; empty to look for shared text only
     * @param alsoCompare  ids of earlier articles to compare whatever the index says (unknown ids are ignored)
     */
    public synchronized List<Reuse> add(Article article, Fingerprint fingerprint, Optional<SentenceEmbeddings> embeddings,
                                        Collection<String> alsoCompare) {
        if (!article.id().equals(fingerprint.articleId())) {
            throw new IllegalArgumentException("fingerprint of " + fingerprint.articleId() + " given for article " + article.id());
        }
        if (byId.containsKey(article.id())) {
            throw new IllegalArgumentException("article " + article.id() + " was already added");
        }
        Entry entry = new Entry(article, fingerprint, embeddings);
        List<Reuse> found = new ArrayList<>();
        Words words = Words.of(article.body());
        for (int doc : candidates(fingerprint, alsoCompare)) {
            pairsAligned++;
            compare(entries.get(doc), entry, words).ifPresent(found::add);
        }
        int doc = entries.size();
        entries.add(entry);
        byId.put(article.id(), doc);
        index(doc, fingerprint);
        return found;
    }

    /**
     * Forgets the bodies and fingerprints of all but the latest {@code latest} articles, which then
     * are never candidates again: what a stream calls, as it goes, to keep its heap bounded by a
     * window of articles rather than by all it has seen (a copy published after {@code latest}
     * newer articles goes unnoticed). Their postings leave the indexes when these are next rebuilt
     * from the remembered articles, which happens once as many were forgotten as are remembered.
     */
    public synchronized void forgetAllBut(int latest) {
        if (latest < 0) {
            throw new IllegalArgumentException("latest must not be negative, got " + latest);
        }
        for (int end = entries.size() - latest; forgotten < end; forgotten++) {
            Entry e = entries.set(forgotten, null);
            byId.remove(e.article().id());
        }
        // once as many articles were forgotten as are remembered, rebuild the indexes from the
        // remembered ones: each article is re-indexed a bounded number of times, and the postings,
        // too, are bounded by the window
        if (forgotten - indexedFrom >= Math.max(1, entries.size() - forgotten)) {
            winnowed = new PostingIndex(config.postingCap());
            lsh = new LshIndex(32, 4, config.postingCap() * 16);
            for (int d = forgotten; d < entries.size(); d++) {
                index(d, entries.get(d).fingerprint());
            }
            indexedFrom = forgotten;
        }
    }

    /** Articles added so far. */
    public synchronized int size() {
        return entries.size();
    }

    /** Pairs aligned so far: the work done, to compare with the {@code n²/2} pairs a full scan would align. */
    public synchronized long pairsAligned() {
        return pairsAligned;
    }

    /** Approximate heap bytes of the indexes (not of the articles, which the caller owns). */
    public synchronized long indexBytes() {
        return winnowed.bytes() + lsh.bytes() + (entries.size() - forgotten) * 600L + entries.size() * 8L;
    }

    private List<Integer> candidates(Fingerprint fp, Collection<String> alsoCompare) {
        // each shared hash counts 1 / (articles holding it): a passage two articles alone share counts
        // 0.5 a hash, a stock phrase in forty articles 0.025, so stock phrases alone propose nobody
        Map<Integer, Double> evidence = new HashMap<>();
        for (long h : fp.winnowed()) {
            int holders = winnowed.count(h);
            if (holders > 0) {
                double weight = 1.0 / (holders + 1);
                winnowed.forEach(h, d -> {
                    if (d >= forgotten) {
                        evidence.merge(d, weight, Double::sum);
                    }
                });
            }
        }
        Map<Integer, Integer> shared = new HashMap<>();
        evidence.forEach((d, e) -> {
            if (e >= config.minEvidence()) {
                shared.put(d, (int) Math.ceil(e * 1000));
            }
        });
        int sure = Integer.MAX_VALUE;
        lsh.candidates(fp.minHash(), d -> {
            if (d >= forgotten && shared.getOrDefault(d, 0) < sure
                    && MinHash.similarity(entries.get(d).fingerprint().minHash(), fp.minHash()) >= config.lshMinJaccard()) {
                shared.put(d, sure);
            }
        });
        for (String id : alsoCompare) {
            Integer d = byId.get(id);
            if (d != null) {
                shared.putIfAbsent(d, 0);
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(config.maxCandidates()).map(Map.Entry::getKey).toList();
    }

    private Optional<Reuse> compare(Entry old, Entry now, Words nowWords) {
        String bodyA = old.article().body();
        String bodyB = now.article().body();
        Words oldWords = Words.of(bodyA);
        List<Passage> passages = config.aligner().align(bodyA, oldWords, bodyB, nowWords);
        List<Passage> paraphrases = old.embeddings().isPresent() && now.embeddings().isPresent()
                ? config.paraphrases().align(bodyA, old.embeddings().get(), bodyB, now.embeddings().get(), passages)
                : List.of();
        var verdict = config.classifier().classify(passages, paraphrases, oldWords.size(), nowWords.size());
        if (verdict.isEmpty()) {
            return Optional.empty();
        }
        double sharedA = 0;
        double sharedB = 0;
        for (Passage p : passages) {
            sharedA += oldWords.wordAt(p.a().end() - 1) - oldWords.wordAt(p.a().start()) + 1;
            sharedB += nowWords.wordAt(p.b().end() - 1) - nowWords.wordAt(p.b().start()) + 1;
        }
        sharedA /= Math.max(1, oldWords.size());
        sharedB /= Math.max(1, nowWords.size());
        Provenance.Order order = config.provenance().order(old.article().metadata().published(),
                now.article().metadata().published(), old.article().id(), now.article().id(), sharedA, sharedB);
        List<Passage> all = new ArrayList<>(passages);
        all.addAll(paraphrases);
        all.sort(Comparator.comparingInt((Passage p) -> p.b().start()));
        if (order.firstIsSource()) {
            return Optional.of(new Reuse(old.article().id(), now.article().id(), verdict.get().kind(), all,
                    verdict.get().score(), order.direction()));
        }
        List<Passage> swapped = new ArrayList<>(all.stream().map(Passage::swapped).toList());
        swapped.sort(Comparator.comparingInt((Passage p) -> p.b().start()));
        return Optional.of(new Reuse(now.article().id(), old.article().id(), verdict.get().kind(), swapped,
                verdict.get().score(), order.direction()));
    }
}
