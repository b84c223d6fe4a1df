package org.dossier.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.dossier.model.DateMention;
import org.dossier.model.Entity;
import org.dossier.model.EntityType;
import org.dossier.model.Rejection;
import org.dossier.model.Timestamp;
import org.dossier.nlp.NlpAnalyzer;
import org.dossier.resolve.EntityResolver;
import org.junit.jupiter.api.Test;

/**
 * Extraction, NLP and resolution over the sample pages in {@code ../shared/corpus/seeds}, scored
 * against expectations written for this test from reading the pages (not from the program's output
 * or the shared gold file). Articles the extractor gives no publication date are anchored on
 * 19 April 2024, the date their bylines show, so relative dates can be checked.
 */
class SeedsNlpIT {
    private static final double REQUIRED = 0.9;

    private record Expect(String file, EntityType type, String name, String role) {
    }

    private static final List<Expect> ENTITIES = List.of(
            new Expect("000_", EntityType.PERSON, "Dmitry Peskov", "spokesperson"),
            new Expect("000_", EntityType.PERSON, "Sergey Markov", "Russian politician"),
            new Expect("000_", EntityType.PERSON, "Alexei Nezhivoy", "political scientist"),
            new Expect("000_", EntityType.ORGANIZATION, "Laboratory of Political and Social Technologies", null),
            new Expect("000_", EntityType.PLACE, "Baku", null),
            new Expect("001_", EntityType.PERSON, "Ilham Ismail", "expert"),
            new Expect("001_", EntityType.PERSON, "Elmar Mammadyarov", "Former Foreign Minister"),
            new Expect("001_", EntityType.PLACE, "Ukraine", null),
            new Expect("002_", EntityType.PERSON, "Vladimir Putin", null),
            new Expect("002_", EntityType.PERSON, "Boris Yeltsin", null),
            new Expect("002_", EntityType.PERSON, "Shujayat Ahmadzade", "commentator"),
            new Expect("003_", EntityType.PERSON, "Nikol Pashinyan", "Prime Minister"),
            new Expect("003_", EntityType.PERSON, "Azer Garayev", "analyst"),
            new Expect("003_", EntityType.ORGANIZATION, "International Criminal Court", null),
            new Expect("003_", EntityType.ORGANIZATION, "CSTO", null),
            new Expect("003_", EntityType.PLACE, "Moscow", null),
            new Expect("004_", EntityType.PERSON, "Kerim Has", "expert"),
            new Expect("004_", EntityType.PERSON, "Ishkhan Verdyan", "blogger"),
            new Expect("004_", EntityType.ORGANIZATION, "NATO", null),
            new Expect("004_", EntityType.PLACE, "Ankara", null));

    /** Names that must all be variants of one entity. */
    private static final List<Set<String>> SAME = List.of(
            Set.of("Hikmat Hajiyev", "Hikmet Hajiyev", "Hajiyev"),
            Set.of("Kerim Has", "K. Has"),
            Set.of("Ishkhan Verdyan", "I. Verdyan"),
            Set.of("Ilham Aliyev", "President Aliyev"),
            Set.of("Karabakh", "Nagorno-Karabakh"),
            Set.of("Türkiye", "Turkey"));

    private static final List<String[]> DATES = List.of(
            new String[] {"000_", "November 10, 2020", "2020-11-10"},
            new String[] {"000_", "Last September", "2023-09"},
            new String[] {"001_", "next year", "2025"},
            new String[] {"002_", "November 2020", "2020-11"},
            new String[] {"002_", "2025", "2025"},
            new String[] {"003_", "September 2023", "2023-09"},
            new String[] {"003_", "on Wednesday", "2024-04-17"},
            new String[] {"004_", "September 2023", "2023-09"});

    @Test
    void seedsGiveTheExpectedEntitiesRolesAndDates() {
        Path seeds = Path.of(System.getProperty("dossier.shared", "../../shared"), "corpus", "seeds");
        assumeTrue(Files.isDirectory(seeds), "no sample pages at " + seeds);
        NlpAnalyzer nlp = NlpAnalyzer.load();
        Timestamp byline = Timestamp.parse("2024-04-19");
        BatchRunner runner = new BatchRunner(new PageReader(new Limits(1 << 24)), new PageExtractor(),
                a -> nlp.analyse(a.metadata().published().isPresent() ? a
                        : a.withMetadata(a.metadata().withPublished(Optional.of(byline)))).analysed(), 2);
        EntityResolver resolver = new EntityResolver();
        Map<String, AnalysedArticle> byFile = new LinkedHashMap<>();
        runner.run(new InputResolver().resolve(List.of(seeds.toString())).files(), new BatchListener() {
            @Override
            public void article(Article a) {
                throw new AssertionError("the runner hands over analysed articles");
            }

            @Override
            public void analysed(AnalysedArticle a) {
                byFile.put(Path.of(a.article().source()).getFileName().toString().substring(0, 4), a);
                resolver.add(a);
            }

            @Override
            public void rejected(Rejection rejection) {
            }
        }, Progress.silent());
        List<Entity> entities = resolver.resolve();
        List<String> misses = new ArrayList<>();
        int checks = 0;
        for (Expect e : ENTITIES) {
            checks++;
            Article a = byFile.get(e.file()).article();
            boolean ok = entities.stream().anyMatch(x -> x.type() == e.type() && x.variants().contains(e.name())
                    && x.mentions().stream().anyMatch(m -> m.article().equals(a.id()))
                    && (e.role() == null || x.roles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT)
                            .contains(e.role().toLowerCase(Locale.ROOT)))));
            if (!ok) {
                misses.add(e.toString());
            }
        }
        for (Set<String> same : SAME) {
            checks++;
            if (entities.stream().noneMatch(x -> x.variants().containsAll(same))) {
                misses.add("not one entity: " + same);
            }
        }
        for (String[] d : DATES) {
            checks++;
            List<DateMention> found = byFile.get(d[0]).dates();
            if (found.stream().noneMatch(x -> x.text().toLowerCase(Locale.ROOT).contains(d[1].toLowerCase(Locale.ROOT))
                    && x.value().iso().equals(d[2]))) {
                misses.add("date " + d[0] + " " + d[1] + " = " + d[2] + " among " + found);
            }
        }
        double share = 1.0 - (double) misses.size() / checks;
        assertTrue(share >= REQUIRED, String.format(Locale.ROOT, "%.2f of %d checks pass, misses: %s", share, checks, misses));
    }
}
