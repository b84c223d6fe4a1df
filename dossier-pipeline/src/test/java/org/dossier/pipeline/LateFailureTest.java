package org.dossier.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Ids;
import org.dossier.model.Paragraph;
import org.dossier.model.Span;
import org.dossier.model.Story;
import org.dossier.output.DossierWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: a run that fails late keeps what it computed. The cross-article work here ends its plan
 * and then runs out of memory, as a giant page on a small heap does.
 */
class LateFailureTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static AnalysedArticle article(String name, String text) {
        return AnalysedArticle.bare(Article.of(Ids.of(name), "in/" + name + ".txt", ArticleMetadata.EMPTY,
                List.of(new Paragraph(text)), List.of()));
    }

    /** Plans (one entity, one story) and then fails as a heap too small for the articles would. */
    private static DossierAssembler.Work planThenRunOutOfMemory() {
        return (articles, features, phases) -> {
            AnalysedArticle a = articles.getFirst();
            Entity harbourBoard = new Entity(Ids.of("entity", "harbour board"), EntityType.ORGANIZATION, "Harbour Board", List.of("Harbour Board"),
                    List.of(), List.of(EntityMention.inBody(a.article().id(), new Span(4, 17), "Harbour Board")));
            Story story = new Story(Ids.of("story", "harbour"), "Harbour Board votes", articles.stream().map(x -> x.article().id()).toList(),
                    Optional.empty(), Optional.empty());
            phases.planned(new DossierResult(articles, List.of(harbourBoard), Map.of(), List.of(), List.of(story),
                    List.of(), List.of(), List.of(), List.of()));
            throw new OutOfMemoryError("Java heap space");
        };
    }

    @Test
    void aRunThatRunsOutOfMemoryAfterItsPlanKeepsArticlesEntitiesAndQuotesAndSaysWhatIsMissing() throws IOException {
        // an earlier, finished run left its files here: its claims are not this run's
        Files.writeString(dir.resolve("claims.jsonl"), "{\"story\":\"old\"}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reuse.jsonl"), "{\"a\":\"old\"}\n", StandardCharsets.UTF_8);
        DossierAssembler.Outcome outcome;
        try (DossierWriter writer = new DossierWriter(dir)) {
            DossierAssembler assembler = new DossierAssembler(writer, planThenRunOutOfMemory());
            assembler.analysed(article("a1", "The Harbour Board voted on Monday to extend the ferry pier."));
            assembler.analysed(article("a2", "Ferry passengers will wait until spring for the longer pier."));
            outcome = assembler.finish();
        }

        assertTrue(outcome.failure().orElseThrow().contains("out of memory"), outcome.toString());
        assertTrue(outcome.failure().orElseThrow().contains("-Xmx"), "it says which limit to raise: " + outcome);
        assertEquals(2, lines("articles.jsonl"));
        assertEquals(1, lines("entities.jsonl"));
        assertTrue(Files.isRegularFile(dir.resolve("quotes.jsonl")));
        assertEquals(1, lines("stories.jsonl"));
        for (String notReached : List.of("reuse.jsonl", "claims.jsonl", "timeline.jsonl", "framing.jsonl")) {
            assertFalse(Files.exists(dir.resolve(notReached)), notReached + " of the earlier run is gone, not passed off as this run's");
        }
        JsonNode run = JSON.readTree(dir.resolve("run.json").toFile());
        assertEquals("failed", run.get("status").asText());
        assertEquals(List.of("reuse.jsonl", "claims.jsonl", "timeline.jsonl", "framing.jsonl"),
                JSON.convertValue(run.get("missing"), List.class));
        String briefing = Files.readString(dir.resolve("briefing.md"), StandardCharsets.UTF_8);
        assertTrue(briefing.contains("This run did not finish"), briefing);
        assertTrue(briefing.contains("Harbour Board votes"), "the planned story is still briefed: " + briefing);
        assertTrue(Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8).contains("This run did not finish"));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no half-written file left");
        }
    }

    @Test
    void aRunThatFinishesSaysSoInRunJson() throws IOException {
        try (DossierWriter writer = new DossierWriter(dir)) {
            DossierAssembler assembler = new DossierAssembler(writer, (articles, features, phases) -> new DossierResult(articles,
                    List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
            assembler.analysed(article("a1", "The ferry pier opens in spring."));
            assertTrue(assembler.finish().failure().isEmpty());
        }
        JsonNode run = JSON.readTree(dir.resolve("run.json").toFile());
        assertEquals("complete", run.get("status").asText());
        assertEquals(0, run.get("missing").size());
        assertEquals(1, run.get("articles").asInt());
    }

    private long lines(String file) throws IOException {
        try (var l = Files.lines(dir.resolve(file), StandardCharsets.UTF_8)) {
            return l.filter(s -> !s.isBlank()).count();
        }
    }
}
