package org.dossier.provenance;

import org.dossier.nlp.Segmenting;
import org.dossier.nlp.NlpLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.cluster.StoryClusterer;
import org.dossier.cluster.StoryConfig;
import org.dossier.embed.ArticleEmbedder;
import org.dossier.embed.MiniLmEmbedder;
import org.dossier.model.Article;
import org.dossier.model.Passage;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.reuse.PairComparer;
import org.dossier.reuse.ReuseConfig;
import org.dossier.corpora.Corpora;
import org.dossier.corpora.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five sample scrapes mixed with the 181 Zyte bodies and the 84 PolNeAR dev articles. Gold: the
 * samples listed in {@code seeds.gold.json} as one story form one story, every other article is its
 * own story (see docs/REUSE.md for the pairs of PolNeAR articles that do report one event).
 */
class SamplesMixIT {
    private static Path shared;
    private static JsonNode gold;
    private static Map<String, Article> samples;
    private static List<Article> mix;
    private static MiniLmEmbedder model;

    @BeforeAll
    static void load() throws Exception {
        Optional<Path> dir = Corpora.shared();
        assumeTrue(dir.isPresent(), "no ../shared beside this checkout");
        shared = dir.get();
        gold = new ObjectMapper().readTree(Samples.gold(shared).toFile()).get("corpus");
        samples = Corpora.samples(shared);
        mix = new ArrayList<>(samples.values());
        mix.addAll(Corpora.zyte(shared));
        mix.addAll(Corpora.polnear(shared, "dev"));
        model = new MiniLmEmbedder(2);
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    /** What the three steps found: the plan's stories and assignments, the reuse its pairs gave. */
    private record Found(List<Story> stories, List<Reuse> reuses, Map<String, StoryClusterer.Assignment> assignments) {
    }

    /**
     * The stage's three steps as the dossier's cross-article run calls them (with no entity keys):
     * features per article, the plan over their compact form, each planned pair aligned.
     */
    private static Found steps(ProvenanceStage stage, List<Article> articles) {
        // the articles cut into sentences as the per-article phase cuts them
        Segmenting segmenting = new Segmenting(NlpLimits.DEFAULT);
        List<ProvenanceStage.Features> features = articles.parallelStream().map(a -> stage.features(segmenting.analyse(a))).toList();
        Map<String, PairComparer.Side> sides = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            sides.put(articles.get(i).id(), new PairComparer.Side(articles.get(i), features.get(i).embeddings()));
        }
        ProvenanceStage.Plan plan = stage.plan(features.stream().map(f -> f.compact(Set.of())).toList());
        List<Reuse> reuses = plan.pairs().parallelStream()
                .map(p -> stage.align(sides.get(p.older()), sides.get(p.newer())))
                .flatMap(Optional::stream).toList();
        return new Found(plan.stories(), reuses, plan.assignments());
    }

    private static Found run(boolean embeddings) {
        return run(embeddings, StoryConfig.DEFAULT);
    }

    private static Found run(boolean embeddings, StoryConfig config) {
        ProvenanceStage stage = new ProvenanceStage(
                embeddings ? Optional.of(new ArticleEmbedder(model, 12, 5)) : Optional.empty(),
                ReuseConfig.DEFAULT, config);
        long t0 = System.nanoTime();
        Found r = steps(stage, mix);
        System.out.printf(Locale.ROOT, "%s embeddings: %d articles, %d stories, %d reuse pairs in %.1f s%n",
                embeddings ? "with" : "without", mix.size(), r.stories().size(), r.reuses().size(), (System.nanoTime() - t0) / 1e9);
        return r;
    }

    private static Set<String> oneStory() {
        Set<String> ids = new HashSet<>();
        gold.get("one_story").forEach(f -> ids.add(samples.get(f.asText()).id()));
        return ids;
    }

    @Test
    void theFiveSamplesFormOneStoryHoldingNothingElse() throws Exception {
        Map<String, Integer> gold = goldClusters();
        List<String> failures = new ArrayList<>();
        for (boolean embeddings : new boolean[] {false, true}) {
            Found r = run(embeddings);
            Set<String> five = oneStory();
            assertEquals(5, five.size());
            List<Story> holding = r.stories().stream().filter(s -> s.articles().stream().anyMatch(five::contains)).toList();
            report(r, gold);
            double[] pr = pairwise(r.stories(), gold);
            System.out.printf(Locale.ROOT, "pairwise precision %.3f recall %.3f F1 %.3f (%s embeddings)%n", pr[0], pr[1],
                    2 * pr[0] * pr[1] / (pr[0] + pr[1]), embeddings ? "with" : "without");
            if (holding.size() != 1 || !five.equals(Set.copyOf(holding.get(0).articles()))) {
                failures.add((embeddings ? "with" : "without") + " embeddings, the samples are in " + holding);
            }
            if (pr[0] < 0.9 || pr[1] < 0.7) {
                failures.add((embeddings ? "with" : "without") + " embeddings, pairwise precision " + pr[0] + " recall " + pr[1]);
            }
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The five samples on their own, as {@code dossier analyze} on the sample folder sees them: with no
     * other articles the term weights come from the shipped background table, not from the five alone.
     */
    @Test
    void theFiveSamplesAloneFormOneStory() {
        for (boolean embeddings : new boolean[] {false, true}) {
            ProvenanceStage stage = new ProvenanceStage(
                    embeddings ? Optional.of(new ArticleEmbedder(model, 12, 5)) : Optional.empty(),
                    ReuseConfig.DEFAULT, StoryConfig.DEFAULT);
            Found r = steps(stage, new ArrayList<>(samples.values()));
            assertEquals(1, r.stories().size(), (embeddings ? "with" : "without") + " embeddings: " + r.assignments());
            assertEquals(oneStory(), Set.copyOf(r.stories().get(0).articles()));
        }
    }

    /** Article id to gold cluster number: the five samples, the groups of same-event.tsv, else alone. */
    private static Map<String, Integer> goldClusters() throws Exception {
        Map<String, Integer> gold = new HashMap<>();
        for (String id : oneStory()) {
            gold.put(id, 0);
        }
        int group = 1;
        try (var in = SamplesMixIT.class.getResourceAsStream("/cluster/same-event.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                for (String key : line.strip().split("\t")) {
                    List<Article> hits = mix.stream().filter(a -> a.source().contains("/" + key)).toList();
                    assertEquals(1, hits.size(), "gold key " + key + " matches " + hits.size() + " articles");
                    gold.put(hits.get(0).id(), group);
                }
                group++;
            }
        }
        for (Article a : mix) {
            if (!gold.containsKey(a.id())) {
                gold.put(a.id(), group++);
            }
        }
        return gold;
    }

    @Test
    void theSharedPassageOfTheGoldIsFoundWithOffsetsOnBothSides() {
        Found r = run(false);
        for (JsonNode want : gold.get("text_reuse")) {
            Article a = samples.get(want.get("a").asText());
            Article b = samples.get(want.get("b").asText());
            String shared = want.get("shared").asText();
            Reuse reuse = r.reuses().stream().filter(x -> Set.of(x.a(), x.b()).equals(Set.of(a.id(), b.id()))).findFirst()
                    .orElseThrow(() -> new AssertionError("no reuse between " + a.source() + " and " + b.source() + ": " + r.reuses()));
            Article first = reuse.a().equals(a.id()) ? a : b;
            Article second = first == a ? b : a;
            boolean found = false;
            for (Passage p : reuse.passages()) {
                String ta = norm(p.a().of(first.body()));
                String tb = norm(p.b().of(second.body()));
                found |= ta.contains(norm(shared)) && tb.contains(norm(shared));
            }
            assertTrue(found, "passages " + reuse.passages());
            System.out.println("reuse " + reuse.kind().code() + " " + first.source() + " -> " + second.source() + " "
                    + reuse.direction() + " score " + reuse.score());
        }
        for (Reuse x : r.reuses()) {
            System.out.println("reuse pair: " + x.kind().code() + " " + x.passages().size() + " passages, score "
                    + String.format(Locale.ROOT, "%.2f", x.score()) + " " + source(x.a()) + " -> " + source(x.b()));
        }
    }

    /**
     * Writes the contract's articles.jsonl, stories.jsonl and reuse.jsonl for the mix to
     * {@code target/samples-mix-dossier}, the way the CLI should, so that
     * {@code check_seeds.py target/samples-mix-dossier --facet stories --facet reuse} can be run on it.
     */
    @Test
    void writesTheContractFilesTheSeedCheckerReads() throws Exception {
        Found r = run(false);
        Path out = Path.of("target", "samples-mix-dossier");
        java.nio.file.Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper();
        Map<String, Article> byId = new HashMap<>();
        mix.forEach(a -> byId.put(a.id(), a));
        try (var w = java.nio.file.Files.newBufferedWriter(out.resolve("articles.jsonl"))) {
            for (Article a : mix) {
                var n = json.createObjectNode().put("id", a.id()).put("source", a.source()).put("body", a.body());
                w.write(json.writeValueAsString(n) + "\n");
            }
        }
        try (var w = java.nio.file.Files.newBufferedWriter(out.resolve("stories.jsonl"))) {
            for (Story s : r.stories()) {
                var n = json.createObjectNode().put("id", s.id()).put("title", s.title());
                s.articles().forEach(n.putArray("articles")::add);
                n.put("first_seen", s.firstSeen().map(Object::toString).orElse(null));
                n.put("last_seen", s.lastSeen().map(Object::toString).orElse(null));
                w.write(json.writeValueAsString(n) + "\n");
            }
        }
        try (var w = java.nio.file.Files.newBufferedWriter(out.resolve("reuse.jsonl"))) {
            for (Reuse x : r.reuses()) {
                var n = json.createObjectNode().put("a", x.a()).put("b", x.b()).put("kind", x.kind().code());
                var passages = n.putArray("passages");
                for (Passage p : x.passages()) {
                    passages.addObject().put("a_start", p.a().start()).put("a_end", p.a().end()).put("b_start", p.b().start())
                            .put("b_end", p.b().end()).put("text", p.a().of(byId.get(x.a()).body()));
                }
                n.put("score", x.score());
                w.write(json.writeValueAsString(n) + "\n");
            }
        }
        assertTrue(java.nio.file.Files.size(out.resolve("reuse.jsonl")) > 0);
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String source(String id) {
        return mix.stream().filter(a -> a.id().equals(id)).findFirst().map(Article::source).orElse(id);
    }

    private static void report(Found r, Map<String, Integer> gold) {
        for (Story s : r.stories()) {
            if (s.articles().size() > 1) {
                System.out.println("story '" + s.title() + "':");
                for (String id : s.articles()) {
                    var as = r.assignments().get(id);
                    System.out.printf(Locale.ROOT, "    %.3f %s g%d %s%n", as.score(),
                            as.lead().map(x -> String.format(Locale.ROOT, "%.2f", x)).orElse("-"), gold.get(id), source(id));
                }
            }
        }
    }

    /** Pairwise precision and recall of {@code stories} against gold cluster numbers. */
    static double[] pairwise(List<Story> stories, Map<String, Integer> gold) {
        long truePairs = 0;
        long predicted = 0;
        for (Story s : stories) {
            long n = s.articles().size();
            predicted += n * (n - 1) / 2;
            Map<Integer, Long> byGold = new HashMap<>();
            s.articles().forEach(id -> byGold.merge(gold.get(id), 1L, Long::sum));
            for (long k : byGold.values()) {
                truePairs += k * (k - 1) / 2;
            }
        }
        Map<Integer, Long> sizes = new HashMap<>();
        gold.values().forEach(g -> sizes.merge(g, 1L, Long::sum));
        long goldPairs = sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
        return new double[] {predicted == 0 ? 1 : (double) truePairs / predicted, (double) truePairs / goldPairs};
    }
}
