package org.dossier.pipeline;

import org.dossier.story.StoryView;
import org.dossier.story.StoryMaterial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.batch.BatchRunner;
import org.dossier.batch.Progress;
import org.dossier.ingest.InputResolver;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Claim;
import org.dossier.model.DossierResult;
import org.dossier.model.Framing;
import org.dossier.model.SourceSpan;
import org.dossier.model.Story;
import org.dossier.output.DossierWriter;
import org.dossier.pipeline.DossierAssembler;
import org.dossier.pipeline.Stages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claims and framing stage with the real models on two corpora, against expectations written
 * from reading the pages: the five sample pages taken as one story (they tell one event), and the
 * bundled fictional example corpus with its stories as the pipeline finds them.
 */
class StoryViewIT {
    @TempDir
    static Path scratch;
    static Stages stages;

    @BeforeAll
    static void load() {
        stages = Stages.load(new Stages.Options(true, true, 1));
    }

    @AfterAll
    static void close() {
        if (stages != null) {
            stages.close();
        }
    }

    private static DossierResult analyse(Path dir, String name) throws Exception {
        Path out = Files.createDirectories(scratch.resolve(name));
        try (DossierWriter writer = new DossierWriter(out)) {
            BatchRunner runner = new BatchRunner(new PageReader(new Limits(64L << 20)), stages.perArticle(), 1);
            DossierAssembler assembler = new DossierAssembler(writer, stages);
            runner.run(new InputResolver().resolve(List.of(dir.toString())).files(), assembler, Progress.silent());
            return assembler.finish().expectResult();
        }
    }

    /** File name prefix ("003") to article id. */
    private static Map<String, String> ids(DossierResult r) {
        Map<String, String> out = new HashMap<>();
        for (AnalysedArticle a : r.articles()) {
            String file = Path.of(a.article().source()).getFileName().toString();
            out.put(file.substring(0, file.indexOf('_')), a.article().id());
        }
        return out;
    }

    private static Set<String> articles(Claim c) {
        return c.sources().stream().map(SourceSpan::article).collect(Collectors.toSet());
    }

    private static String sourceText(DossierResult r, Claim c) {
        StringBuilder sb = new StringBuilder(c.text());
        for (SourceSpan s : c.sources()) {
            r.articles().stream().filter(a -> a.article().id().equals(s.article())).findFirst()
                    .ifPresent(a -> sb.append(' ').append(s.span().of(a.body())));
        }
        return sb.toString();
    }

    @Test
    void theSamplePagesAgreeOnTheirFactsAndDisagreeOnWhyPeopleLeft() throws Exception {
        Path seeds = Path.of(System.getProperty("dossier.shared", "../shared")).resolve("corpus/seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared is not beside the checkout");
        DossierResult r = analyse(seeds, "seeds");
        Story first = r.stories().getFirst();
        Story all = new Story(first.id(), first.title(), r.articles().stream().map(a -> a.article().id()).toList(),
                first.firstSeen(), first.lastSeen());
        DossierResult one = new DossierResult(r.articles(), r.entities(), r.quotes(), r.anchoredDates(), List.of(all),
                r.reuses(), List.of(), List.of());
        StoryView.Result view = stages.storyView().run(StoryMaterial.of(one).getFirst());
        List<Claim> claims = view.claims();
        Map<String, String> id = ids(r);

        // the Kremlin spokesman's confirmation is told by three pages in their own words
        assertTrue(claims.stream().anyMatch(c -> articles(c).containsAll(Set.of(id.get("000"), id.get("002"), id.get("003")))
                && c.text().contains("Peskov")), "no claim on Peskov's confirmation from 000, 002 and 003");
        // the mandate's end: a year in two pages, "the end of next year" in a third
        assertTrue(claims.stream().anyMatch(c -> articles(c).containsAll(Set.of(id.get("001"), id.get("004")))
                && sourceText(r, c).contains("2025")), "no claim on the mandate running to 2025 from 001 and 004");
        // one page says the population left of its own will, another that the region was taken by force
        assertTrue(claims.stream().anyMatch(c -> articles(c).contains(id.get("000")) && c.conflicts().stream()
                        .anyMatch(x -> x.source().article().equals(id.get("003")) && x.why().contains("voluntarily"))),
                "no conflict between 000's voluntary departure and 003's retaking by force");
        // 000 and 004 come from one outlet: together they corroborate once
        for (Claim c : claims) {
            if (articles(c).equals(Set.of(id.get("000"), id.get("004")))) {
                assertEquals(1, c.corroboration(), c.toString());
            }
        }
        // each framing is one outlet's: 000 and 004 share theirs, the undated pages without an outlet stand alone
        List<Framing> framing = view.framing();
        assertEquals(4, framing.size(), framing.toString());
        assertTrue(framing.stream().anyMatch(f -> f.articles().containsAll(List.of(id.get("000"), id.get("004")))
                && f.voices().stream().anyMatch(v -> v.name().contains("Markov"))
                && f.voices().stream().anyMatch(v -> v.name().contains("Has"))), framing.toString());
    }

    @Test
    void theExampleCorpusCountsTheWireCopyOnceAndFindsTheOtherHeadcount() throws Exception {
        DossierResult r = analyse(Path.of("..", "examples", "corpus"), "examples");
        List<Claim> claims = stages.storyView().runAll(StoryMaterial.of(r)).claims();
        Map<String, String> id = ids(r);

        // the grounding: told by the wire, the paper that copies it, the Ledger, the Post and the radio
        Claim grounding = claims.stream().filter(c -> sourceText(r, c).contains("Greyling Shoal")
                        && articles(c).containsAll(Set.of(id.get("01"), id.get("02"), id.get("04"))))
                .findFirst().orElseThrow(() -> new AssertionError("no grounding claim from 01, 02 and 04: " + claims));
        assertTrue(grounding.corroboration() < articles(grounding).size(),
                "the copy of the wire story must not count as another outlet: " + grounding);
        // the wire says about 340 residents left, the Post that 430 did
        assertTrue(claims.stream().anyMatch(c -> c.conflicts().stream().anyMatch(x -> x.why().contains("340") && x.why().contains("430"))),
                "no conflict between 340 and 430 residents");
    }
}
