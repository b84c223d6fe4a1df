package org.dossier.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dossier.extract.PageExtractor;
import org.dossier.ingest.InputResolver;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DateMention;
import org.dossier.model.Entity;
import org.dossier.model.Rejection;
import org.dossier.model.Timestamp;
import org.dossier.nlp.NlpAnalyzer;
import org.dossier.nlp.time.DossierDates;
import org.dossier.resolve.EntityResolver;
import org.junit.jupiter.api.Test;

/**
 * Entities, roles and dates on the bundled example corpus ({@code examples/corpus}), scored against
 * the hand-written {@code examples/expected.json} (written from the pages, independently of this
 * code) the way {@code check_seeds.py} scores its facets {@code entities} and {@code dates}. Skipped
 * where the example corpus is absent. Metadata the extractor does not give yet (publication date,
 * byline, outlet) is taken from the expectations before analysis, so that this test measures the
 * language layer and resolution, not extraction.
 */
class ExampleCorpusNlpIT {
    /** Misses left are the extractor's (an outlet or byline it does not give) and names no rule reaches. */
    private static final double REQUIRED = 0.85;
    private static final Set<String> PLACES = Set.of("PLACE");

    @Test
    void exampleCorpusGivesTheExpectedEntitiesRolesAndDates() throws Exception {
        Path examples = Path.of("..", "examples");
        assumeTrue(Files.isDirectory(examples.resolve("corpus")) && Files.isRegularFile(examples.resolve("expected.json")),
                "no example corpus at " + examples.toAbsolutePath());
        JsonNode expected = new ObjectMapper().readTree(examples.resolve("expected.json").toFile());
        NlpAnalyzer nlp = NlpAnalyzer.load();
        Map<String, JsonNode> byFile = new HashMap<>();
        expected.get("articles").forEach(g -> byFile.put(g.get("file").asText(), g));
        BatchRunner runner = new BatchRunner(new PageReader(new Limits(1 << 24)), new PageExtractor(),
                a -> nlp.analyse(withExpectedMetadata(a, byFile.get(Path.of(a.source()).getFileName().toString()))).analysed(), 2);
        EntityResolver resolver = new EntityResolver();
        DossierDates undated = new DossierDates(1_000_000);
        Map<String, String> idByFile = new HashMap<>();
        Map<String, List<DateMention>> dates = new HashMap<>();
        runner.run(new InputResolver().resolve(List.of(examples.resolve("corpus").toString())).files(), new BatchListener() {
            @Override
            public void article(Article a) {
                throw new AssertionError("the runner hands over analysed articles");
            }

            @Override
            public void analysed(AnalysedArticle a) {
                idByFile.put(Path.of(a.article().source()).getFileName().toString(), a.article().id());
                dates.computeIfAbsent(a.article().id(), k -> new ArrayList<>()).addAll(a.dates());
                resolver.add(a);
                undated.add(a);
            }

            @Override
            public void rejected(Rejection rejection) {
            }
        }, Progress.silent());
        undated.resolve().forEach(x -> dates.get(x.article()).add(x.date()));
        List<Entity> entities = resolver.resolve();
        List<String> misses = new ArrayList<>();
        int checks = 0;
        for (JsonNode g : expected.get("articles")) {
            String id = idByFile.get(g.get("file").asText());
            if (id == null) {
                continue;
            }
            for (JsonNode p : g.path("people")) {
                checks++;
                List<String> any = new ArrayList<>();
                (p.has("any") ? p.get("any") : List.of(p)).forEach(x -> any.add(x.asText()));
                if (any.stream().noneMatch(x -> has(entities, id, Set.of("PERSON"), x, null))) {
                    misses.add(g.get("file").asText() + " person " + any);
                }
            }
            for (JsonNode o : g.path("organisations")) {
                checks++;
                if (!has(entities, id, Set.of("ORGANIZATION"), o.asText(), null)) {
                    misses.add(g.get("file").asText() + " organisation " + o.asText());
                }
            }
            for (JsonNode pl : g.path("places")) {
                checks++;
                if (!has(entities, id, PLACES, pl.asText(), null)) {
                    misses.add(g.get("file").asText() + " place " + pl.asText());
                }
            }
            var roles = g.path("roles").fields();
            while (roles.hasNext()) {
                var r = roles.next();
                checks++;
                if (!has(entities, id, Set.of("PERSON"), r.getKey(), r.getValue().asText())) {
                    misses.add(g.get("file").asText() + " role " + r.getValue().asText() + " of " + r.getKey());
                }
            }
            for (JsonNode d : g.path("dates")) {
                checks++;
                String text = norm(d.get("text").asText());
                String value = d.get("value").asText();
                if (dates.getOrDefault(id, List.of()).stream()
                        .noneMatch(x -> norm(x.text()).contains(text) && x.value().iso().startsWith(value))) {
                    misses.add(g.get("file").asText() + " date " + d.get("text").asText() + " = " + value);
                }
            }
        }
        assumeTrue(checks > 0, "expected.json has no entity or date expectations");
        double share = 1.0 - (double) misses.size() / checks;
        assertTrue(share >= REQUIRED, String.format(Locale.ROOT, "%.2f of %d checks pass, misses: %s", share, checks, misses));
    }

    private static Article withExpectedMetadata(Article a, JsonNode g) {
        if (g == null) {
            return a;
        }
        ArticleMetadata m = a.metadata();
        if (m.published().isEmpty() && g.hasNonNull("published")) {
            m = m.withPublished(Optional.of(Timestamp.parse(g.get("published").asText())));
        }
        if (m.outlet().isEmpty() && g.hasNonNull("outlet")) {
            m = m.withOutlet(Optional.of(g.get("outlet").asText()));
        }
        if (m.authors().isEmpty() && g.hasNonNull("author")) {
            m = new ArticleMetadata(m.url(), m.outlet(), m.title(), m.subtitle(), m.section(),
                    List.of(g.get("author").asText()), m.published(), m.language());
        }
        return a.withMetadata(m);
    }

    private static boolean has(List<Entity> entities, String article, Set<String> types, String name, String role) {
        String n = norm(name);
        for (Entity e : entities) {
            if (!types.contains(e.type().name()) || e.mentions().stream().noneMatch(m -> m.article().equals(article))) {
                continue;
            }
            boolean named = norm(e.name()).equals(n) || e.variants().stream().anyMatch(v -> norm(v).equals(n));
            if (named && (role == null || e.roles().stream().anyMatch(r -> norm(r).contains(norm(role))))) {
                return true;
            }
        }
        return false;
    }

    /** As check_seeds.py compares: NFKC, straight quotes, one space, lower case. */
    private static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u00a0', ' ');
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
