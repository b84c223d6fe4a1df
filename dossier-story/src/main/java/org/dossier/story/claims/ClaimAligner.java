package org.dossier.story.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dossier.embed.SentenceEmbedder;
import org.dossier.embed.SentenceEmbeddings;
import org.dossier.embed.Vectors;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Passage;
import org.dossier.model.Reuse;
import org.dossier.model.SourceSpan;
import org.dossier.model.Span;
import org.dossier.story.StoryMaterial;

/**
 * Aligns one story's statements into claims by agreement. Pairs of statements of different articles
 * that share a key (an entity, a name, a date, a number or two content words) are classified
 * ({@link RelationClassifier}): the same claim, contradicting, related or unrelated. Each statement,
 * with the statement of every other article that best asserts the same thing, proposes a claim;
 * proposals are kept greedily, most sources first, while they add a statement no kept claim has. A
 * claim's text is its most central source; each source carries its strength (the model's probability
 * that it asserts what the claim's text does); its corroboration counts independent outlets (one
 * outlet's articles, and copies of one text, count once); contradicting statements are its
 * conflicts, with the source they contradict; statements only on its topic are listed as related,
 * never counted. A statement that names no entity, date or number and that no other article makes
 * is no claim.
 */
public final class ClaimAligner {
    private static final int EMBED_BATCH = 64;

    private final Optional<SentenceEmbedder> embedder;
    private final ClaimConfig config;
    private final Statements statements;
    private final RelationClassifier classifier;

    public ClaimAligner(Optional<SentenceEmbedder> embedder, ClaimConfig config) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.config = Objects.requireNonNull(config, "config");
        this.statements = new Statements(config);
        this.classifier = new RelationClassifier(config.model());
    }

    /** The story's claims, best corroborated first. */
    public List<Claim> align(StoryMaterial story) {
        List<Statement> st = statements.of(story);
        if (st.isEmpty()) {
            return List.of();
        }
        Map<String, List<Integer>> index = new HashMap<>();
        for (Statement s : st) {
            for (String k : keys(s)) {
                index.computeIfAbsent(k, x -> new ArrayList<>()).add(s.index());
            }
        }
        // a story of one article has nothing to align: its claims need no embeddings
        boolean several = st.stream().mapToInt(Statement::articleNo).distinct().count() > 1;
        float[][] embedded = several ? embed(st, story.embedded()) : null;
        float[][] vectors = embedded == null ? null : centred(embedded);
        Map<Long, Relation> pairs = pairs(st, index, vectors, KeyRarity.of(st));
        List<Map<Integer, Relation>> byStatement = new ArrayList<>();
        for (int i = 0; i < st.size(); i++) {
            byStatement.add(new HashMap<>());
        }
        pairs.forEach((k, r) -> byStatement.get((int) (k >>> 32)).put((int) (long) k, r));
        List<Proposal> proposals = new ArrayList<>();
        for (Statement s : st) {
            Map<Integer, Map.Entry<Integer, Relation>> best = new HashMap<>();
            for (Map.Entry<Integer, Relation> e : byStatement.get(s.index()).entrySet()) {
                if (!e.getValue().supports()) {
                    continue;
                }
                int article = st.get(e.getKey()).articleNo();
                Map.Entry<Integer, Relation> had = best.get(article);
                // of an article's statements, one that asserts the claim beats one that only mentions its fact
                if (had == null || BY_SUPPORT.compare(e.getValue(), had.getValue()) > 0) {
                    best.put(article, e);
                }
            }
            if (best.isEmpty() && !s.keyed()) {
                continue;
            }
            List<Map.Entry<Integer, Relation>> byStrength = new ArrayList<>(best.values());
            byStrength.sort(Comparator.comparingDouble((Map.Entry<Integer, Relation> e) -> -e.getValue().strength())
                    .thenComparingInt(Map.Entry::getKey));
            List<Integer> members = new ArrayList<>();
            members.add(s.index());
            double total = 0;
            for (Map.Entry<Integer, Relation> e : byStrength) {
                // two supporters of one claim that contradict each other cannot both assert it
                if (members.stream().noneMatch(m -> contradicts(byStatement, m, e.getKey()))) {
                    members.add(e.getKey());
                    total += e.getValue().strength();
                }
            }
            proposals.add(new Proposal(members, members.size() == 1 ? 0 : total / (members.size() - 1)));
        }
        proposals.sort(Comparator.comparingInt((Proposal p) -> -p.members().size())
                .thenComparingDouble(p -> -p.mean()).thenComparingInt(p -> p.members().getFirst()));
        Set<Integer> covered = new HashSet<>();
        List<Claim> out = new ArrayList<>();
        for (Proposal p : proposals) {
            if (covered.containsAll(p.members())) {
                continue;
            }
            covered.addAll(p.members());
            out.add(claim(story, st, byStatement, p.members()));
        }
        out.sort(Comparator.comparingInt((Claim c) -> -c.corroboration()).thenComparingInt(c -> -c.sources().size()));
        return out;
    }

    private record Proposal(List<Integer> members, double mean) {
    }

    private static final Comparator<Relation> BY_SUPPORT = Comparator.comparing((Relation r) -> r.kind() == SentenceRelation.SAME)
            .thenComparingDouble(Relation::strength);

    private static boolean contradicts(List<Map<Integer, Relation>> byStatement, int a, int b) {
        Relation r = byStatement.get(a).get(b);
        return r != null && r.kind() == SentenceRelation.CONTRADICTING;
    }

    /**
     * The vectors less their mean, made unit again: a story's sentences share its topic, which raises
     * every pair's cosine alike; taken out, what is left tells one statement from another. The claims
     * benchmark centres its pairs the same way, on their two articles' sentences.
     */
    static float[][] centred(float[][] v) {
        int n = v.length;
        if (n < 2) {
            return v;
        }
        int d = v[0].length;
        double[] mean = new double[d];
        for (float[] x : v) {
            for (int k = 0; k < d; k++) {
                mean[k] += x[k];
            }
        }
        float[][] out = new float[n][d];
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int k = 0; k < d; k++) {
                double y = v[i][k] - mean[k] / n;
                out[i][k] = (float) y;
                norm += y * y;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int k = 0; k < d; k++) {
                    out[i][k] /= (float) norm;
                }
            }
        }
        return out;
    }

    /**
     * Each statement's sentence vector: the one its article's features hold for the same sentence, else
     * embedded here (in batches), so a sentence the features embedded is not embedded again.
     */
    private float[][] embed(List<Statement> st, Map<String, SentenceEmbeddings> known) {
        if (embedder.isEmpty()) {
            return null;
        }
        Map<String, Map<Span, float[]>> bySpan = new HashMap<>();
        known.forEach((article, e) -> {
            Map<Span, float[]> m = new HashMap<>();
            for (int i = 0; i < e.sentences().size(); i++) {
                m.put(e.sentences().get(i), e.vectors()[i]);
            }
            bySpan.put(article, m);
        });
        float[][] out = new float[st.size()][];
        List<Statement> missing = new ArrayList<>();
        for (Statement s : st) {
            out[s.index()] = bySpan.getOrDefault(s.article(), Map.of()).get(s.span());
            if (out[s.index()] == null) {
                missing.add(s);
            }
        }
        for (int from = 0; from < missing.size(); from += EMBED_BATCH) {
            List<Statement> batch = missing.subList(from, Math.min(missing.size(), from + EMBED_BATCH));
            float[][] v = embedder.get().embed(batch.stream().map(Statement::text).toList());
            for (int i = 0; i < v.length; i++) {
                out[batch.get(i).index()] = v[i];
            }
        }
        return out;
    }

    /**
     * Both directions of every pair of statements of different articles that share an entity, a name, a
     * date or a number, or two content words, classified; unrelated pairs are dropped. Keys block the
     * comparison, so a story's cost grows with the statements that could say the same thing, not with
     * all pairs.
     */
    private Map<Long, Relation> pairs(List<Statement> st, Map<String, List<Integer>> index, float[][] vectors, KeyRarity rarity) {
        Map<Long, Relation> out = new HashMap<>();
        for (Statement s : st) {
            Map<Integer, int[]> shared = new HashMap<>();
            for (String k : keys(s)) {
                boolean stem = k.startsWith("s:");
                for (int j : index.get(k)) {
                    if (j <= s.index() || st.get(j).articleNo() == s.articleNo()) {
                        continue;
                    }
                    int[] c = shared.computeIfAbsent(j, x -> new int[2]);
                    c[stem ? 1 : 0]++;
                }
            }
            for (Map.Entry<Integer, int[]> e : shared.entrySet()) {
                int j = e.getKey();
                int[] c = e.getValue();
                if (c[0] == 0 && c[1] < 2) {
                    continue;
                }
                double cos = vectors == null ? Double.NaN : Vectors.dot(vectors[s.index()], vectors[j]);
                Relation ab = classifier.relate(s, st.get(j), cos, rarity);
                if (ab.kind() == SentenceRelation.UNRELATED) {
                    continue;
                }
                // the reason of a contradiction is phrased from each side's point of view
                Relation ba = ab.kind() == SentenceRelation.CONTRADICTING ? classifier.relate(st.get(j), s, cos, rarity) : ab;
                if (ba.kind() != ab.kind()) {
                    ba = new Relation(ab.kind(), ab.strength(), ab.why(), ab.sharesFact());
                }
                out.put(key(s.index(), j), ab);
                out.put(key(j, s.index()), ba);
            }
        }
        return out;
    }

    private static List<String> keys(Statement s) {
        List<String> k = new ArrayList<>();
        s.entities().forEach(e -> k.add("e:" + e));
        s.names().forEach(n -> k.add("m:" + n));
        s.dates().forEach(d -> k.add(dateKey(d)));
        s.numbers().forEach(n -> k.add("n:" + n.value()));
        s.stems().forEach(w -> k.add("s:" + w));
        return k.stream().distinct().toList();
    }

    /** A date's key, to the month: "2020-11" for the 10th of November 2020 and for November 2020. */
    static String dateKey(org.dossier.model.Timestamp d) {
        String iso = d.iso();
        return "d:" + iso.substring(0, Math.min(7, iso.length()));
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private Claim claim(StoryMaterial story, List<Statement> st, List<Map<Integer, Relation>> byStatement, List<Integer> members) {
        int medoid = members.getFirst();
        double bestCentrality = -1;
        for (int m : members) {
            double c = 0;
            for (int o : members) {
                Relation r = byStatement.get(m).get(o);
                c += r == null || !r.supports() ? 0 : r.strength();
            }
            if (c > bestCentrality + 1e-9) {
                bestCentrality = c;
                medoid = m;
            }
        }
        List<Integer> ordered = new ArrayList<>(members);
        final int first = medoid;
        ordered.sort(Comparator.comparingInt((Integer i) -> i == first ? -1 : st.get(i).articleNo()));
        List<SourceSpan> sources = ordered.stream().map(i -> new SourceSpan(st.get(i).article(), st.get(i).span())).toList();
        List<Double> strengths = new ArrayList<>();
        for (int i : ordered) {
            strengths.add(i == first ? 1.0 : strength(byStatement, first, i, members));
        }
        Set<Integer> memberSet = new HashSet<>(members);
        Map<Integer, Conflict> conflicts = new LinkedHashMap<>();
        Map<Integer, Double> related = new HashMap<>();
        Set<Integer> relatedArticles = new HashSet<>();
        for (int m : ordered) {
            Statement mine = st.get(m);
            for (Map.Entry<Integer, Relation> e : byStatement.get(m).entrySet()) {
                int o = e.getKey();
                Relation r = e.getValue();
                if (memberSet.contains(o)) {
                    continue;
                }
                if (r.kind() == SentenceRelation.CONTRADICTING && !conflicts.containsKey(o)) {
                    Statement t = st.get(o);
                    conflicts.put(o, new Conflict(new SourceSpan(t.article(), t.span()), t.text(), r.why().orElseThrow(),
                            Optional.of(new Conflict.Side(new SourceSpan(mine.article(), mine.span()), mine.text()))));
                } else if (r.kind() == SentenceRelation.RELATED) {
                    related.merge(o, r.strength(), Math::max);
                }
            }
        }
        List<SourceSpan> relatedSpans = new ArrayList<>();
        related.entrySet().stream()
                .filter(e -> !conflicts.containsKey(e.getKey()))
                .sorted(Comparator.comparingDouble((Map.Entry<Integer, Double> e) -> -e.getValue()).thenComparingInt(Map.Entry::getKey))
                .forEach(e -> {
                    Statement t = st.get(e.getKey());
                    // one related statement per article, the closest
                    if (relatedSpans.size() < config.maxRelated() && relatedArticles.add(t.articleNo())) {
                        relatedSpans.add(new SourceSpan(t.article(), t.span()));
                    }
                });
        // corroboration counts the sources that assert the claim; those that only mention its fact are listed, not counted
        List<Statement> asserting = ordered.stream().filter(i -> i == first || asserts(byStatement, first, i, members))
                .map(st::get).toList();
        return new Claim(story.story().id(), st.get(first).text(), sources,
                Corroboration.independent(asserting, story.reuses(), config.copyOverlap()),
                List.copyOf(conflicts.values()), strengths, relatedSpans);
    }

    /** Whether {@code source} asserts the claim: the same claim as its text, or as the member it joined through. */
    private static boolean asserts(List<Map<Integer, Relation>> byStatement, int text, int source, List<Integer> members) {
        Relation r = byStatement.get(text).get(source);
        Relation via = byStatement.get(members.getFirst()).get(source);
        return (r != null && r.kind() == SentenceRelation.SAME) || (via != null && via.kind() == SentenceRelation.SAME);
    }

    /** How strongly {@code source} asserts the claim: its strength against the claim's text, else against the member it joined through. */
    private static double strength(List<Map<Integer, Relation>> byStatement, int text, int source, List<Integer> members) {
        Relation r = byStatement.get(text).get(source);
        if (r != null && r.supports()) {
            return r.strength();
        }
        Relation via = byStatement.get(members.getFirst()).get(source);
        return via == null ? 0 : via.strength();
    }

    /** Counting independent voices among a claim's sources. */
    static final class Corroboration {
        private Corroboration() {
        }

        /** Outlets among {@code sources}, where copies of one text (by word overlap or a near-verbatim reuse passage) count once. */
        static int independent(List<Statement> sources, List<Reuse> reuses, double copyOverlap) {
            int n = sources.size();
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    Statement a = sources.get(i);
                    Statement b = sources.get(j);
                    if (a.outlet().equals(b.outlet()) || jaccard(a, b) >= copyOverlap || copied(a, b, reuses)) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
            }
            Set<Integer> roots = new HashSet<>();
            for (int i = 0; i < n; i++) {
                roots.add(find(parent, i));
            }
            return roots.size();
        }

        private static int find(int[] parent, int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        private static double jaccard(Statement a, Statement b) {
            Set<String> x = new HashSet<>(a.words());
            Set<String> y = new HashSet<>(b.words());
            int inter = 0;
            for (String w : x) {
                if (y.contains(w)) {
                    inter++;
                }
            }
            int union = x.size() + y.size() - inter;
            return union == 0 ? 0 : (double) inter / union;
        }

        /** Whether a mostly verbatim reuse passage between the two articles holds both statements. */
        private static boolean copied(Statement a, Statement b, List<Reuse> reuses) {
            for (Reuse r : reuses) {
                boolean ab = r.a().equals(a.article()) && r.b().equals(b.article());
                boolean ba = r.a().equals(b.article()) && r.b().equals(a.article());
                if (!ab && !ba) {
                    continue;
                }
                for (Passage p : r.passages()) {
                    Span inA = ab ? p.a() : p.b();
                    Span inB = ab ? p.b() : p.a();
                    if (p.verbatim() >= 0.8 && inA.overlaps(a.span()) && inB.overlaps(b.span())
                            && overlapShare(inA, a.span()) >= 0.5 && overlapShare(inB, b.span()) >= 0.5) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static double overlapShare(Span passage, Span sentence) {
            int o = Math.min(passage.end(), sentence.end()) - Math.max(passage.start(), sentence.start());
            return sentence.length() == 0 ? 0 : Math.max(0, o) / (double) sentence.length();
        }
    }
}
