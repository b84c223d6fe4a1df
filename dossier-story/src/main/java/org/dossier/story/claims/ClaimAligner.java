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
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Passage;
import org.dossier.model.Reuse;
import org.dossier.model.SourceSpan;
import org.dossier.model.Span;
import org.dossier.story.StoryMaterial;

/**
 * Aligns one story's statements into claims. Each statement, with the statement of every other
 * article that best says the same thing (similarity over the threshold, no contradiction between
 * them), proposes a claim; proposals are kept greedily, most sources first, while they add a
 * statement no kept claim has. A claim's text is its most central source; its corroboration counts
 * independent outlets (one outlet's articles, and copies of one text, count once). A statement that
 * names no entity, date or number and that no other article makes is no claim.
 */
public final class ClaimAligner {
    private static final int EMBED_BATCH = 64;

    private final Optional<SentenceEmbedder> embedder;
    private final ClaimConfig config;
    private final Statements statements;

    public ClaimAligner(Optional<SentenceEmbedder> embedder, ClaimConfig config) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.config = Objects.requireNonNull(config, "config");
        this.statements = new Statements(config);
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
        Map<String, Integer> counts = new HashMap<>();
        index.forEach((k, v) -> counts.put(k, v.size()));
        // a story of one article has nothing to align: its claims need no embeddings
        boolean several = st.stream().mapToInt(Statement::articleNo).distinct().count() > 1;
        Scorer scorer = new Scorer(st, several ? embed(st) : null, config, counts);
        Map<Long, Pair> pairs = pairs(st, index, scorer);
        List<List<Pair>> byStatement = new ArrayList<>();
        for (int i = 0; i < st.size(); i++) {
            byStatement.add(new ArrayList<>());
        }
        for (Pair p : pairs.values()) {
            byStatement.get(p.a()).add(p);
        }
        List<Proposal> proposals = new ArrayList<>();
        for (Statement s : st) {
            Map<Integer, Pair> best = new LinkedHashMap<>();
            for (Pair p : byStatement.get(s.index())) {
                if (p.conflict().isPresent() || !aligned(p)) {
                    continue;
                }
                Statement o = st.get(p.b());
                Pair had = best.get(o.articleNo());
                if (had == null || p.score() > had.score()) {
                    best.put(o.articleNo(), p);
                }
            }
            if (best.isEmpty() && !s.keyed()) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            members.add(s.index());
            double total = 0;
            for (Pair p : best.values()) {
                members.add(p.b());
                total += p.score();
            }
            proposals.add(new Proposal(members, best.isEmpty() ? 0 : total / best.size()));
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
            out.add(claim(story, st, pairs, byStatement, p.members()));
        }
        out.sort(Comparator.comparingInt((Claim c) -> -c.corroboration()).thenComparingInt(c -> -c.sources().size()));
        return out;
    }

    private record Proposal(List<Integer> members, double mean) {
    }

    private boolean aligned(Pair p) {
        double bar = p.valued() ? config.alignOnValue() : p.keyed() ? config.align() : config.alignUnkeyed();
        return p.score() >= bar;
    }

    private float[][] embed(List<Statement> st) {
        if (embedder.isEmpty()) {
            return null;
        }
        float[][] out = new float[st.size()][];
        for (int from = 0; from < st.size(); from += EMBED_BATCH) {
            int to = Math.min(st.size(), from + EMBED_BATCH);
            List<String> texts = st.subList(from, to).stream().map(Statement::text).toList();
            float[][] v = embedder.get().embed(texts);
            System.arraycopy(v, 0, out, from, v.length);
        }
        return out;
    }

    /**
     * Both directions of every pair of statements of different articles that share an entity, a date
     * or a number, or two content words: keys block the comparison, so a story's cost grows with the
     * statements that could say the same thing, not with all pairs.
     */
    private Map<Long, Pair> pairs(List<Statement> st, Map<String, List<Integer>> index, Scorer scorer) {
        Map<Long, Pair> out = new HashMap<>();
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
                // only pairs that could align or that contradict are kept: a large story's pairs would not fit
                Pair ab = scorer.score(s.index(), j, c[1]);
                Pair ba = scorer.score(j, s.index(), c[1]);
                if (ab.score() >= config.alignOnValue() || ab.conflict().isPresent() || ba.conflict().isPresent()) {
                    out.put(key(s.index(), j), ab);
                    out.put(key(j, s.index()), ba);
                }
            }
        }
        return out;
    }

    private static List<String> keys(Statement s) {
        List<String> k = new ArrayList<>();
        s.entities().forEach(e -> k.add("e:" + e));
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

    private Claim claim(StoryMaterial story, List<Statement> st, Map<Long, Pair> pairs, List<List<Pair>> byStatement,
                        List<Integer> members) {
        int medoid = members.getFirst();
        double bestCentrality = -1;
        for (int m : members) {
            double c = 0;
            for (int o : members) {
                Pair p = pairs.get(key(m, o));
                c += p == null ? 0 : p.score();
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
        Set<Integer> memberSet = new HashSet<>(members);
        Map<Integer, String> conflicts = new LinkedHashMap<>();
        for (int m : ordered) {
            for (Pair p : byStatement.get(m)) {
                if (p.conflict().isPresent() && !memberSet.contains(p.b())) {
                    conflicts.putIfAbsent(p.b(), p.conflict().get());
                }
            }
        }
        List<Conflict> cs = conflicts.entrySet().stream().map(e -> {
            Statement t = st.get(e.getKey());
            return new Conflict(new SourceSpan(t.article(), t.span()), t.text(), e.getValue());
        }).toList();
        return new Claim(story.story().id(), st.get(first).text(), sources,
                Corroboration.independent(ordered.stream().map(st::get).toList(), story.reuses(), config.copyOverlap()), cs);
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
